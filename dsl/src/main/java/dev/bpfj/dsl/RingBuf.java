package dev.bpfj.dsl;

import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;

/** {@code BPF_MAP_TYPE_RINGBUF}: records to user space, in order, shared by all CPUs. */
public final class RingBuf extends BpfMap {
    RingBuf(XdpProgram owner, String name, int bytes) {
        super(owner, name, MapType.RINGBUF, null, null, bytes, 0);
        if (Integer.bitCount(bytes) != 1 || bytes < 4096) {
            throw new BpfBuildException(null, "ring buffer " + name + " must be a power of two of at least 4096 bytes, not " + bytes);
        }
    }

    /**
     * {@code bpf_ringbuf_reserve} a record of {@code layout}, fill it in {@code body}, then
     * {@code bpf_ringbuf_submit} it; when the ring is full nothing happens. {@code body} cannot return
     * from the program (the reservation would leak, which the kernel rejects).
     */
    public void reserve(Layout<?> layout, java.util.function.Consumer<Ref> body) {
        Gen g = gen();
        int ptr = g.callPointer(Helpers.RINGBUF_RESERVE, new Gen.MapArg(name), new Gen.ImmArg(layout.size()),
                new Gen.ImmArg(0));
        String skip = g.code().newLabel("full");
        g.code().jumpImm(true, dev.bpfj.core.JumpOp.JEQ, ptr, 0, skip);
        g.scoped(() -> {
            g.openReservations++;
            try {
                body.accept(new Ref(g, ptr, layout, true));
            } finally {
                g.openReservations--;
            }
            g.call(Helpers.RINGBUF_SUBMIT, null, new Gen.RegArg(ptr), new Gen.ImmArg(0));
        });
        g.code().label(skip);
    }

    /** {@code bpf_ringbuf_output}: copies the struct into the ring; returns 0 or a negative errno. */
    public Value output(Struct<?> record) {
        Gen g = gen();
        Gen.Arg off = record.prepare();
        return g.call(Helpers.RINGBUF_OUTPUT, ScalarType.S64, new Gen.MapArg(name), off,
                new Gen.ImmArg(record.layout.size()), new Gen.ImmArg(0));
    }
}
