package dev.bpfj.core.spec;

/** libbpf's {@code pinning} map attribute. */
public enum Pinning {
    /** {@code LIBBPF_PIN_NONE} */
    NONE,
    /** {@code LIBBPF_PIN_BY_NAME}: pinned under the bpffs path by map name. */
    BY_NAME;

    public int value() {
        return ordinal();
    }
}
