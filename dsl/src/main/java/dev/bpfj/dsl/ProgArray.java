package dev.bpfj.dsl;

import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;

/** {@code BPF_MAP_TYPE_PROG_ARRAY}: programs to tail-call into by index. */
public final class ProgArray extends BpfMap {
    ProgArray(XdpProgram owner, String name, int maxEntries) {
        super(owner, name, MapType.PROG_ARRAY, ScalarType.U32, ScalarType.U32, maxEntries, 0);
    }

    /**
     * {@code bpf_tail_call(ctx, map, index)}: continues in the program at {@code index}, never returning
     * here; when the slot is empty execution goes on with the next statement. Packet views die.
     */
    public void tailCall(Value index) {
        Gen g = gen();
        g.call(Helpers.TAIL_CALL, null, new Gen.RegArg(g.ctx()), new Gen.MapArg(name), Gen.arg(g, Gen.convert(index, ScalarType.U32)));
        g.packetChanged();
    }

    public void tailCall(long index) {
        tailCall(Value.of(ScalarType.U32, index));
    }
}
