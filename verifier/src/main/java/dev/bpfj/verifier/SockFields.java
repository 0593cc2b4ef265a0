package dev.bpfj.verifier;

/**
 * The fields of {@code struct bpf_sock}, {@code bpf_tcp_sock} and {@code bpf_xdp_sock} a program may read through a
 * socket pointer, at which sizes ({@code bpf_sock_is_valid_access},
 * {@code bpf_sock_common_is_valid_access}, {@code bpf_tcp_sock_is_valid_access},
 * {@code bpf_xdp_sock_is_valid_access} in
 * {@code net/core/filter.c}). Socket fields are never writable.
 */
final class SockFields {
    private SockFields() {}

    // offsets in struct bpf_sock (uapi linux/bpf.h)
    private static final int FAMILY = 4;
    private static final int TYPE = 8;
    private static final int PROTOCOL = 12;
    private static final int PRIORITY_END = 24;
    private static final int SRC_IP4 = 24;
    private static final int SRC_PORT = 44;
    private static final int DST_PORT = 48;
    private static final int DST_IP4 = 52;
    private static final int DST_IP6_END = 72;
    private static final int STATE = 72;
    private static final int RX_QUEUE_MAPPING = 76;
    private static final int SOCK_SIZE = 80;
    // struct bpf_tcp_sock
    private static final int BYTES_RECEIVED = 80;
    private static final int BYTES_ACKED = 88;
    private static final int TCP_SOCK_END = 112;

    static boolean valid(RegType type, int off, int size) {
        return switch (type) {
            case SOCK_COMMON -> !(off >= TYPE && off < PRIORITY_END) && sock(off, size);
            case SOCKET -> sock(off, size);
            case TCP_SOCK -> tcpSock(off, size);
            case XDP_SOCK -> off == 0 && size == 4; // struct bpf_xdp_sock: queue_id only
            default -> false;
        };
    }

    private static boolean sock(int off, int size) {
        if (off < 0 || off >= SOCK_SIZE || off % size != 0) {
            return false;
        }
        if (off == STATE || off == FAMILY || off == TYPE || off == PROTOCOL || off == SRC_PORT
                || off == RX_QUEUE_MAPPING || off >= SRC_IP4 && off < SRC_PORT || off >= DST_IP4 && off < DST_IP6_END) {
            return size <= 4; // narrow loads of a 4-byte field
        }
        if (off >= DST_PORT && off < DST_PORT + 2) {
            return size <= (size == 4 ? 4 : 2); // a 2-byte field readable as the 4 bytes it used to be
        }
        if (off >= DST_PORT + 2 && off < DST_IP4) {
            return false;
        }
        return size == 4;
    }

    private static boolean tcpSock(int off, int size) {
        if (off < 0 || off >= TCP_SOCK_END || off % size != 0) {
            return false;
        }
        return off == BYTES_RECEIVED || off == BYTES_ACKED ? size == 8 : size == 4;
    }
}
