package dev.bpfj.core;

/** Operations of {@code STX | ATOMIC} instructions, selected by the immediate. */
public enum AtomicOp {
    ADD(Opcodes.ADD, "add"),
    OR(Opcodes.OR, "or"),
    AND(Opcodes.AND, "and"),
    XOR(Opcodes.XOR, "xor"),
    FETCH_ADD(Opcodes.ADD | Opcodes.FETCH, "add"),
    FETCH_OR(Opcodes.OR | Opcodes.FETCH, "or"),
    FETCH_AND(Opcodes.AND | Opcodes.FETCH, "and"),
    FETCH_XOR(Opcodes.XOR | Opcodes.FETCH, "xor"),
    XCHG(Opcodes.XCHG, "xchg"),
    CMPXCHG(Opcodes.CMPXCHG, "cmpxchg"),
    LOAD_ACQ(Opcodes.LOAD_ACQ, "load_acquire"),
    STORE_REL(Opcodes.STORE_REL, "store_release");

    private final int imm;
    private final String mnemonic;

    AtomicOp(int imm, String mnemonic) {
        this.imm = imm;
        this.mnemonic = mnemonic;
    }

    public int imm() {
        return imm;
    }

    public String mnemonic() {
        return mnemonic;
    }

    /** Whether the old memory value is written back to a register. */
    public boolean fetches() {
        return (imm & Opcodes.FETCH) != 0 && imm < 0x100;
    }

    public static AtomicOp ofImm(int imm) {
        for (AtomicOp a : values()) {
            if (a.imm == imm) {
                return a;
            }
        }
        return null;
    }
}
