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

    /** An open reservation: where its record is, and where its block ends. */
    private record Open(Gen gen, int ptr, String end) {}

    private final java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();

    /**
     * {@code bpf_ringbuf_reserve} a record of {@code layout}, fill it in {@code body}, then
     * {@code bpf_ringbuf_submit} it; when the ring is full nothing happens. Inside {@code body},
     * {@link #discard()} drops the record instead and leaves the block, {@link #discardAndReturn} drops it
     * and returns from the program; {@code body} cannot otherwise return (the reservation would leak, which
     * the kernel rejects).
     */
    public void reserve(Layout<?> layout, java.util.function.Consumer<Ref> body) {
        Gen g = gen();
        int ptr = g.callPointer(Helpers.RINGBUF_RESERVE, new Gen.MapArg(name), new Gen.ImmArg(layout.size()),
                new Gen.ImmArg(0));
        String skip = g.code().newLabel("full");
        g.code().jumpImm(true, dev.bpfj.core.JumpOp.JEQ, ptr, 0, skip);
        open.push(new Open(g, ptr, skip));
        g.scoped(() -> {
            g.openReservations++;
            try {
                body.accept(new Ref(g, ptr, layout, true));
            } finally {
                g.openReservations--;
                open.pop();
            }
            if (g.code().fallsThrough()) {
                g.call(Helpers.RINGBUF_SUBMIT, null, new Gen.RegArg(ptr), new Gen.ImmArg(0));
            }
        });
        g.code().label(skip);
    }

    private Open current(String what) {
        Gen g = gen();
        Open o = open.peek();
        if (o == null || o.gen() != g) {
            throw g.error(what + " works inside a reserve(...) block of ring buffer " + name);
        }
        return o;
    }

    /** Inside {@link #reserve}: {@code bpf_ringbuf_discard}s the record and carries on after the block. */
    public void discard() {
        Open o = current("discard()");
        o.gen().call(Helpers.RINGBUF_DISCARD, null, new Gen.RegArg(o.ptr()), new Gen.ImmArg(0));
        o.gen().code().jump(o.end());
    }

    /** Inside {@link #reserve}: discards the record and returns {@code action} from the program. */
    public void discardAndReturn(dev.bpfj.core.XdpAction action) {
        Open o = current("discardAndReturn()");
        if (o.gen().openReservations > 1) {
            throw o.gen().error("discardAndReturn() inside another reservation block would leak that one; discard()"
                    + " here, then return after the outer block");
        }
        o.gen().call(Helpers.RINGBUF_DISCARD, null, new Gen.RegArg(o.ptr()), new Gen.ImmArg(0));
        o.gen().code().jump(o.gen().retLabel(action.value()));
    }

    /** {@code bpf_ringbuf_output}: copies the struct into the ring; returns 0 or a negative errno. */
    public Value output(Struct<?> record) {
        Gen g = gen();
        Gen.Arg off = record.prepare();
        return g.call(Helpers.RINGBUF_OUTPUT, ScalarType.S64, new Gen.MapArg(name), off,
                new Gen.ImmArg(record.layout.size()), new Gen.ImmArg(0));
    }
}
