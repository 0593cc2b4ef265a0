package dev.bpfj.core;

/** Arithmetic operations of the ALU and ALU64 classes, with the operator the disassembler prints. */
public enum AluOp {
    ADD(Opcodes.ADD, 0, "+="),
    SUB(Opcodes.SUB, 0, "-="),
    MUL(Opcodes.MUL, 0, "*="),
    DIV(Opcodes.DIV, 0, "/="),
    SDIV(Opcodes.DIV, 1, "s/="),
    OR(Opcodes.OR, 0, "|="),
    AND(Opcodes.AND, 0, "&="),
    LSH(Opcodes.LSH, 0, "<<="),
    RSH(Opcodes.RSH, 0, ">>="),
    NEG(Opcodes.NEG, 0, "= -"),
    MOD(Opcodes.MOD, 0, "%="),
    SMOD(Opcodes.MOD, 1, "s%="),
    XOR(Opcodes.XOR, 0, "^="),
    MOV(Opcodes.MOV, 0, "="),
    ARSH(Opcodes.ARSH, 0, "s>>=");

    private final int code;
    private final int offset;
    private final String operator;

    AluOp(int code, int offset, String operator) {
        this.code = code;
        this.offset = offset;
        this.operator = operator;
    }

    /** The operation field of the opcode. */
    public int code() {
        return code;
    }

    /** The offset field that selects the signed variant (1 for sdiv/smod, else 0). */
    public int offset() {
        return offset;
    }

    public String operator() {
        return operator;
    }

    /** The operation an ALU instruction performs, or null if the op/offset pair names none. */
    public static AluOp of(int opcode, int offset) {
        int op = Opcodes.op(opcode);
        for (AluOp a : values()) {
            if (a.code == op && (a.offset == offset || (a == MOV && (offset == 8 || offset == 16 || offset == 32)))) {
                return a;
            }
        }
        return null;
    }
}
