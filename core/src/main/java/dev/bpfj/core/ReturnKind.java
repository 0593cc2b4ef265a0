package dev.bpfj.core;

/** What a helper leaves in R0: the kernel's {@code enum bpf_return_type}. */
public enum ReturnKind {
    /** {@code RET_INTEGER}: a 64-bit scalar, negative errno on failure. */
    INTEGER,
    /** {@code RET_VOID}: R0 is not initialised after the call. */
    VOID,
    /** {@code RET_PTR_TO_MAP_VALUE_OR_NULL}. */
    MAP_VALUE_OR_NULL,
    /** {@code RET_PTR_TO_RINGBUF_MEM_OR_NULL}: a reference that must be released. */
    RINGBUF_MEM_OR_NULL,
    /** {@code RET_PTR_TO_SOCKET_OR_NULL}: a reference that must be released when a lookup returns it. */
    SOCKET_OR_NULL,
    /** {@code RET_PTR_TO_SOCK_COMMON_OR_NULL}: a reference that must be released. */
    SOCK_COMMON_OR_NULL,
    /** {@code RET_PTR_TO_TCP_SOCK_OR_NULL} ({@code bpf_tcp_sock}). */
    TCP_SOCK_OR_NULL,
    /** A pointer kind bpfj does not model. */
    OTHER
}
