package dev.bpfj.core;

/** Conditional and unconditional jumps of the JMP and JMP32 classes. */
public enum JumpOp {
    JA(Opcodes.JA, null),
    JEQ(Opcodes.JEQ, "=="),
    JGT(Opcodes.JGT, ">"),
    JGE(Opcodes.JGE, ">="),
    JSET(Opcodes.JSET, "&"),
    JNE(Opcodes.JNE, "!="),
    JSGT(Opcodes.JSGT, "s>"),
    JSGE(Opcodes.JSGE, "s>="),
    JLT(Opcodes.JLT, "<"),
    JLE(Opcodes.JLE, "<="),
    JSLT(Opcodes.JSLT, "s<"),
    JSLE(Opcodes.JSLE, "s<=");

    private final int code;
    private final String operator;

    JumpOp(int code, String operator) {
        this.code = code;
        this.operator = operator;
    }

    public int code() {
        return code;
    }

    /** The comparison printed by the disassembler, null for {@code JA}. */
    public String operator() {
        return operator;
    }

    /** The condition that holds exactly when this one does not (JSET has none). */
    public JumpOp negate() {
        return switch (this) {
            case JEQ -> JNE;
            case JNE -> JEQ;
            case JGT -> JLE;
            case JLE -> JGT;
            case JGE -> JLT;
            case JLT -> JGE;
            case JSGT -> JSLE;
            case JSLE -> JSGT;
            case JSGE -> JSLT;
            case JSLT -> JSGE;
            case JA, JSET -> throw new IllegalArgumentException(this + " has no negation");
        };
    }

    /** The condition with operands swapped: {@code a < b} is {@code b > a}. */
    public JumpOp swap() {
        return switch (this) {
            case JGT -> JLT;
            case JLT -> JGT;
            case JGE -> JLE;
            case JLE -> JGE;
            case JSGT -> JSLT;
            case JSLT -> JSGT;
            case JSGE -> JSLE;
            case JSLE -> JSGE;
            default -> this;
        };
    }

    public static JumpOp ofCode(int op) {
        for (JumpOp j : values()) {
            if (j.code == op) {
                return j;
            }
        }
        return null;
    }

    public static JumpOp ofOperator(String operator) {
        for (JumpOp j : values()) {
            if (operator.equals(j.operator)) {
                return j;
            }
        }
        return null;
    }
}
