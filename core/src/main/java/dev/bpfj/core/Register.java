package dev.bpfj.core;

/** The eleven BPF registers. R10 is the read-only frame pointer. */
public enum Register {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10;

    /** The register number as encoded in an instruction. */
    public int index() {
        return ordinal();
    }

    public static Register of(int index) {
        if (index < 0 || index > 10) {
            throw new IllegalArgumentException("no BPF register r" + index + " (r0..r10 exist)");
        }
        return values()[index];
    }

    /** {@code r3} */
    @Override
    public String toString() {
        return "r" + ordinal();
    }
}
