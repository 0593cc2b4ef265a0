package dev.bpfj.interpreter;

/**
 * One piece of memory a program may touch: the packet, a stack frame, the context, one map value,
 * one ring buffer record. A pointer names a region and an offset; accesses outside {@code [lo, hi)}
 * fault. Offsets are indices into {@link #bytes}, so several regions can share one array (the
 * elements of an array map, the frames of the stack) while staying separate for the program.
 */
final class Region {
    /** Ordinary readable, writable bytes. */
    static final int PLAIN = 0;
    /** A stack frame: bytes carry an initialised bit. */
    static final int STACK = 1;
    /** The program's context ({@code struct xdp_md}): loads are translated, stores refused. */
    static final int CTX = 2;
    /** A map handle as {@code lddw src=1} yields it; not dereferenceable. */
    static final int MAP = 3;
    /** A callback address as {@code lddw src=4} yields it; not dereferenceable. */
    static final int FUNC = 4;
    /** Memory whose owner has released it (a submitted ring buffer record). */
    static final int RELEASED = 5;
    /** A kernel object the interpreter hands out but cannot show (an {@code xdp_sock}). */
    static final int OPAQUE = 6;
    /** Region id 0: NULL and every small scalar. */
    static final int INVALID = 7;

    final int id;
    byte[] bytes;
    int lo;
    int hi;
    int kind;
    /** The offset messages count from: the start of the packet's data, or {@link #lo}. */
    int origin;
    boolean readOnly;
    /** What the region is, for messages: "packet", "stack of frame 1", "value of map counters[3]". */
    String label;
    /** The map, callback target or ring buffer this region belongs to, when any. */
    Object owner;
    /** Extra number: the callback's slot for FUNC regions, the element index for map values. */
    long tag;

    Region(int id) {
        this.id = id;
    }

    void set(byte[] bytes, int lo, int hi, int kind, boolean readOnly, String label, Object owner) {
        this.bytes = bytes;
        this.lo = lo;
        this.hi = hi;
        this.origin = lo;
        this.kind = kind;
        this.readOnly = readOnly;
        this.label = label;
        this.owner = owner;
        this.tag = 0;
    }

    int size() {
        return hi - lo;
    }

    @Override
    public String toString() {
        return label;
    }
}
