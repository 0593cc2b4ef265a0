package dev.bpfj.verifier;

/**
 * The fields of {@code struct __sk_buff} a socket filter or tc program may read and write, and at
 * which sizes ({@code sk_filter_is_valid_access}, {@code tc_cls_act_is_valid_access} and the
 * {@code bpf_skb_is_valid_access} both end in, {@code net/core/filter.c}). Each method returns
 * the type a load yields ({@link RegType#SCALAR}, a packet pointer, {@link RegType#SOCK_COMMON} for
 * {@code skb->sk}, which may be NULL) or null when the kernel refuses the access.
 */
final class SkbContext {
    private SkbContext() {}

    // offsets in struct __sk_buff (uapi linux/bpf.h)
    static final int MARK = 8;
    static final int QUEUE_MAPPING = 12;
    static final int PRIORITY = 32;
    static final int TC_INDEX = 44;
    static final int CB = 48;
    static final int CB_END = 68;
    static final int TC_CLASSID = 72;
    static final int DATA = 76;
    static final int DATA_END = 80;
    static final int FAMILY = 88;
    static final int REMOTE_IP4 = 92;
    static final int LOCAL_IP6_END = 132;
    static final int LOCAL_PORT_END = 140;
    static final int DATA_META = 140;
    static final int FLOW_KEYS = 144;
    static final int TSTAMP = 152;
    static final int WIRE_LEN = 160;
    static final int SK = 168;
    static final int TSTAMP_TYPE = 180;
    static final int HWTSTAMP = 184;
    static final int SIZE = 192;

    /** Whether {@code off} falls in the field of {@code size} bytes at {@code start} ({@code bpf_ctx_range}). */
    private static boolean in(int off, int start, int size) {
        return off >= start && off < start + size;
    }

    static RegType socketFilter(int off, int size, boolean write) {
        if (in(off, TC_CLASSID, 4) || in(off, DATA, 4) || in(off, DATA_META, 4) || in(off, DATA_END, 4)
                || in(off, FAMILY, LOCAL_PORT_END - FAMILY) || in(off, TSTAMP, 8) || in(off, WIRE_LEN, 4)
                || in(off, HWTSTAMP, 8)) {
            return null;
        }
        if (write && !in(off, CB, CB_END - CB)) {
            return null;
        }
        return skb(off, size, write, false);
    }

    static RegType tc(int off, int size, boolean write, boolean ldsx) {
        if (write && !(in(off, MARK, 4) || in(off, TC_INDEX, 4) || in(off, PRIORITY, 4) || in(off, TC_CLASSID, 4)
                || in(off, CB, CB_END - CB) || in(off, TSTAMP, 8) || in(off, QUEUE_MAPPING, 4))) {
            return null;
        }
        if (in(off, FAMILY, LOCAL_PORT_END - FAMILY)) {
            return null;
        }
        if (off == TSTAMP_TYPE) {
            return size == 1 ? RegType.SCALAR : null;
        }
        RegType t = skb(off, size, write, ldsx);
        if (t == null) {
            return null;
        }
        if (in(off, DATA, 4)) {
            return RegType.PACKET;
        }
        if (in(off, DATA_META, 4)) {
            return RegType.PACKET_META;
        }
        if (in(off, DATA_END, 4)) {
            return RegType.PACKET_END;
        }
        return t;
    }

    /** {@code bpf_skb_is_valid_access}. */
    private static RegType skb(int off, int size, boolean write, boolean ldsx) {
        if (off < 0 || off >= SIZE || off % size != 0) {
            return null;
        }
        if (in(off, CB, CB_END - CB)) {
            return off + size > CB_END ? null : RegType.SCALAR;
        }
        if (in(off, DATA, 4) || in(off, DATA_META, 4) || in(off, DATA_END, 4)) {
            return ldsx || size != 4 ? null : RegType.SCALAR;
        }
        if (in(off, REMOTE_IP4, LOCAL_IP6_END - REMOTE_IP4)) {
            return size != 4 ? null : RegType.SCALAR;
        }
        if (in(off, FLOW_KEYS, 8)) {
            return null;
        }
        if (in(off, HWTSTAMP, 8)) {
            return write || size != 8 ? null : RegType.SCALAR;
        }
        if (in(off, TSTAMP, 8)) {
            return size != 8 ? null : RegType.SCALAR;
        }
        if (in(off, SK, 8)) {
            return write || size != 8 ? null : RegType.SOCK_COMMON;
        }
        if (off >= TSTAMP_TYPE && off < HWTSTAMP) {
            return null; // tstamp_type itself (tc allows it before getting here) and the padding after it
        }
        if (write) {
            return size == 4 ? RegType.SCALAR : null;
        }
        return size <= 4 ? RegType.SCALAR : null; // narrow loads of the 4-byte fields
    }
}
