package dev.bpfj.verifier;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.MapSpec;
import java.util.Objects;

/**
 * The abstract value of one register (or one spilled stack slot): the kernel's
 * {@code struct bpf_reg_state}. Mutable, because exploration updates it in place; states copy it
 * when they fork.
 */
final class Reg {
    static final long S64_MIN = Long.MIN_VALUE;
    static final long S64_MAX = Long.MAX_VALUE;
    static final long U32_MAX = 0xffffffffL;
    /** Set in {@link #id} of a scalar that went through {@code rX += const} ({@code BPF_ADD_CONST}). */
    static final int ADD_CONST = 1 << 31;
    /** {@link #range} of a packet pointer known to be past {@code pkt_end}. */
    static final int BEYOND_PKT_END = -2;
    /** {@link #range} of a packet pointer known to equal {@code pkt_end}. */
    static final int AT_PKT_END = -1;

    RegType type = RegType.NOT_INIT;
    boolean maybeNull;
    boolean rdonly;
    boolean ringbuf;
    /** Fixed offset of a pointer; for a scalar with {@link #ADD_CONST}, the constant added. */
    int off;
    Tnum varOff = Tnum.UNKNOWN;
    long smin = S64_MIN;
    long smax = S64_MAX;
    long umin = 0;
    long umax = -1L;
    int s32min = Integer.MIN_VALUE;
    int s32max = Integer.MAX_VALUE;
    /** Unsigned 32-bit bounds held in the low half of a long. */
    long u32min = 0;
    long u32max = U32_MAX;
    int id;
    int refObjId;
    /** Bytes known to be inside the packet past this pointer (packet types). */
    int range;
    /** The map of a map pointer or map value. */
    MapSpec map;
    /** Size of the memory a {@code mem} pointer points at. */
    int memSize;
    /** Frame a stack pointer points into. */
    int frameno;
    /** Subprogram slot of a {@code func} pointer. */
    int subprog;
    /** The kernel type a {@code ptr_} ({@link RegType#BTF_ID}) points to. */
    BtfType btf;
    /** The dynptr a {@code mem} slice was taken from ({@code dynptr_id}), 0 for other memory. */
    int dynptrId;
    /** A slice of a packet dynptr: invalidated with the packet pointers when the packet changes. */
    boolean pktSlice;
    /** In the stack slot register of a dynptr: this is its first (upper) slot ({@code dynptr.first_slot}). */
    boolean dynptrFirst;
    boolean precise;

    Reg copy() {
        Reg r = new Reg();
        r.copyFrom(this);
        return r;
    }

    void copyFrom(Reg o) {
        type = o.type;
        maybeNull = o.maybeNull;
        rdonly = o.rdonly;
        ringbuf = o.ringbuf;
        off = o.off;
        varOff = o.varOff;
        smin = o.smin;
        smax = o.smax;
        umin = o.umin;
        umax = o.umax;
        s32min = o.s32min;
        s32max = o.s32max;
        u32min = o.u32min;
        u32max = o.u32max;
        id = o.id;
        refObjId = o.refObjId;
        range = o.range;
        map = o.map;
        memSize = o.memSize;
        frameno = o.frameno;
        subprog = o.subprog;
        precise = o.precise;
        btf = o.btf;
        dynptrId = o.dynptrId;
        pktSlice = o.pktSlice;
        dynptrFirst = o.dynptrFirst;
    }

    private void clearPointerFields() {
        maybeNull = false;
        rdonly = false;
        ringbuf = false;
        off = 0;
        id = 0;
        refObjId = 0;
        range = 0;
        map = null;
        memSize = 0;
        frameno = 0;
        subprog = 0;
        btf = null;
        dynptrId = 0;
        pktSlice = false;
        dynptrFirst = false;
    }

    void markUnbounded() {
        smin = S64_MIN;
        smax = S64_MAX;
        umin = 0;
        umax = -1L;
        mark32Unbounded();
    }

    void mark64Unbounded() {
        smin = S64_MIN;
        smax = S64_MAX;
        umin = 0;
        umax = -1L;
    }

    void mark32Unbounded() {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        u32min = 0;
        u32max = U32_MAX;
    }

    /** {@code __mark_reg_unknown}: an unknown scalar. */
    void markUnknown() {
        clearPointerFields();
        type = RegType.SCALAR;
        varOff = Tnum.UNKNOWN;
        precise = false;
        markUnbounded();
    }

    void markNotInit() {
        markUnknown();
        type = RegType.NOT_INIT;
    }

    /** {@code __mark_reg_known}: the scalar constant {@code v}, all other fields cleared. */
    void markKnown(long v) {
        clearPointerFields();
        type = RegType.SCALAR;
        setKnown(v);
    }

    /** Sets value bounds to the constant {@code v} keeping the other fields. */
    void setKnown(long v) {
        varOff = Tnum.constant(v);
        smin = v;
        smax = v;
        umin = v;
        umax = v;
        s32min = (int) v;
        s32max = (int) v;
        u32min = v & U32_MAX;
        u32max = v & U32_MAX;
    }

    /** {@code __mark_reg32_known}. */
    void setKnown32(long v) {
        varOff = varOff.withSubreg(Tnum.constant(v & U32_MAX));
        s32min = (int) v;
        s32max = (int) v;
        u32min = v & U32_MAX;
        u32max = v & U32_MAX;
    }

    /** {@code mark_reg_known_zero}: a pointer base with zero offsets. */
    void markKnownZeroPointer(RegType t) {
        clearPointerFields();
        type = t;
        setKnown(0);
        precise = false;
    }

    boolean isScalar() {
        return type == RegType.SCALAR;
    }

    boolean isPointer() {
        return type != RegType.SCALAR && type != RegType.NOT_INIT;
    }

    boolean isConst() {
        return type == RegType.SCALAR && varOff.isConst();
    }

    boolean isConst(boolean jmp32) {
        return jmp32 ? varOff.subregIsConst() : varOff.isConst();
    }

    long constValue(boolean jmp32) {
        return jmp32 ? varOff.value() & U32_MAX : varOff.value();
    }

    /** {@code register_is_null}: a scalar known to be zero. */
    boolean isNull() {
        return type == RegType.SCALAR && varOff.equalsConst(0);
    }

    /** {@code reg_not_null}: a pointer that cannot be NULL (ctx, stack and packet pointers do not count). */
    boolean notNull() {
        if (maybeNull || type == RegType.SCALAR || type == RegType.NOT_INIT) {
            return false;
        }
        if (smin <= -(1L << 29) || smax >= (1L << 29)) {
            return false;
        }
        return switch (type) {
            case SOCKET, MAP_VALUE, MAP_KEY, SOCK_COMMON, TCP_SOCK, XDP_SOCK, MEM, CONST_MAP_PTR -> true;
            case BTF_ID -> refObjId != 0; // is_trusted_reg: referenced objects are trusted
            default -> false;
        };
    }

    boolean isInitPacketPointer(RegType which) {
        return type == which && id == 0 && off == 0 && varOff.equalsConst(0);
    }

    /** The kernel's {@code reg_type_str}. */
    String typeName() {
        StringBuilder sb = new StringBuilder();
        if (rdonly) {
            sb.append("rdonly_");
        }
        if (ringbuf) {
            sb.append("ringbuf_");
        }
        sb.append(type.logName);
        if (maybeNull) {
            sb.append(type == RegType.BTF_ID ? "or_null_" : "_or_null");
        }
        return sb.toString();
    }

    /** Value equality of every field the state comparison looks at, ids included. */
    boolean sameAs(Reg o) {
        return type == o.type && maybeNull == o.maybeNull && rdonly == o.rdonly && ringbuf == o.ringbuf
                && off == o.off && varOff.equals(o.varOff) && smin == o.smin && smax == o.smax
                && umin == o.umin && umax == o.umax && s32min == o.s32min && s32max == o.s32max
                && u32min == o.u32min && u32max == o.u32max && range == o.range && map == o.map
                && memSize == o.memSize && frameno == o.frameno && subprog == o.subprog
                && Objects.equals(btf, o.btf) && pktSlice == o.pktSlice && dynptrFirst == o.dynptrFirst;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reg r && sameAs(r) && id == r.id && refObjId == r.refObjId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, off, varOff, smin, umax, id);
    }

    @Override
    public String toString() {
        return RegFormat.format(this);
    }
}
