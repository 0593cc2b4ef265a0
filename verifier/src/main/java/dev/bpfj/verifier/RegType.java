package dev.bpfj.verifier;

/** The kernel's {@code enum bpf_reg_type} base types bpfj models, with their log names. */
enum RegType {
    NOT_INIT("?"),
    SCALAR("scalar"),
    CTX("ctx"),
    CONST_MAP_PTR("map_ptr"),
    MAP_VALUE("map_value"),
    MAP_KEY("map_key"),
    STACK("fp"),
    PACKET_META("pkt_meta"),
    PACKET("pkt"),
    PACKET_END("pkt_end"),
    MEM("mem"),
    SOCKET("sock"),
    SOCK_COMMON("sock_common"),
    TCP_SOCK("tcp_sock"),
    XDP_SOCK("xdp_sock"),
    FUNC("func"),
    /** {@code PTR_TO_BTF_ID}: a kernel object, e.g. a {@code struct nf_conn} a kfunc returned. */
    BTF_ID("ptr_"),
    /** The register state kept in the stack slots of a dynptr ({@code CONST_PTR_TO_DYNPTR}). */
    DYNPTR("dynptr_ptr");

    final String logName;

    RegType(String logName) {
        this.logName = logName;
    }

    boolean isPacket() {
        return this == PACKET || this == PACKET_META;
    }

    boolean isPacketAny() {
        return this == PACKET || this == PACKET_META || this == PACKET_END;
    }

    /** {@code type_is_sk_pointer}. */
    boolean isSock() {
        return this == SOCKET || this == SOCK_COMMON || this == TCP_SOCK || this == XDP_SOCK;
    }

    /** Types a register may hold when spilled whole to the stack ({@code is_spillable_regtype}). */
    boolean isPointer() {
        return this != NOT_INIT && this != SCALAR;
    }
}
