package dev.bpfj.dsl;

import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;

/** {@code BPF_MAP_TYPE_PERF_EVENT_ARRAY}: per-CPU event rings for user space. */
public final class PerfEventArray extends BpfMap {
    /** {@code BPF_F_CURRENT_CPU} */
    public static final long CURRENT_CPU = 0xffffffffL;

    PerfEventArray(XdpProgram owner, String name, int maxEntries) {
        super(owner, name, MapType.PERF_EVENT_ARRAY, ScalarType.U32, ScalarType.U32, maxEntries, 0);
    }

    /** {@code bpf_perf_event_output(ctx, map, BPF_F_CURRENT_CPU, data, size)} (GPL-only). */
    public Value output(Struct<?> record) {
        return output(record, 0);
    }

    /** As {@link #output(Struct)}, appending the first {@code packetBytes} bytes of the packet. */
    public Value output(Struct<?> record, int packetBytes) {
        Gen g = gen();
        Gen.Arg off = record.prepare();
        return g.call(Helpers.PERF_EVENT_OUTPUT, ScalarType.S64, new Gen.RegArg(g.ctx()), new Gen.MapArg(name),
                new Gen.ImmArg(CURRENT_CPU | ((long) packetBytes << 32)), off,
                new Gen.ImmArg(record.layout.size()));
    }
}
