package dev.bpfj.dsl.codegen;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.AtomicOp;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.SourceLocation;

/**
 * One instruction of the back end: the BPF encoding with registers that may be virtual (numbers
 * from {@link #FIRST_VIRTUAL} up), jump targets as labels, and label definitions as pseudo
 * instructions.
 *
 * @param opcode the BPF opcode, or {@link #LABEL} for a label definition
 * @param dst destination register (physical 0..10 or virtual)
 * @param src source register; meaningful only where the opcode reads or writes one
 * @param offset the offset field
 * @param imm the immediate (64 bits for {@code lddw})
 * @param label the jump target, or the label defined by a {@link #LABEL}
 * @param ref the map or function an {@code lddw} or call refers to
 * @param args argument registers a call reads (r1..r{args})
 * @param source the user's line
 */
public record MInsn(int opcode, int dst, int src, int offset, long imm, String label, String ref, int args,
                    SourceLocation source) {

    /** Pseudo opcode of a label definition. */
    public static final int LABEL = -1;
    /** The first virtual register number. */
    public static final int FIRST_VIRTUAL = 16;

    public static MInsn label(String name) {
        return new MInsn(LABEL, 0, 0, 0, 0, name, null, 0, null);
    }

    public boolean isLabel() {
        return opcode == LABEL;
    }

    public int cls() {
        return opcode & 0x07;
    }

    public int op() {
        return opcode & 0xf0;
    }

    public boolean isX() {
        return (opcode & X) != 0;
    }

    public boolean isJump() {
        return !isLabel() && (cls() == JMP || cls() == JMP32) && op() != CALL && op() != EXIT;
    }

    public boolean isConditional() {
        return isJump() && op() != JA && op() != JCOND;
    }

    public boolean isUnconditional() {
        return !isLabel() && (opcode == JA_OP || opcode == GOTOL_OP);
    }

    public boolean isExit() {
        return opcode == EXIT_OP;
    }

    public boolean isCall() {
        return opcode == CALL_OP;
    }

    /** Whether control never reaches the next instruction. */
    public boolean endsBlock() {
        return isExit() || isUnconditional();
    }

    /** A plain 64-bit register copy {@code dst = src}. */
    public boolean isMove() {
        return opcode == (ALU64 | MOV | X) && offset == 0;
    }

    /** Whether removing it changes nothing but the registers it defines. */
    public boolean isPure() {
        if (isLabel()) {
            return false;
        }
        int c = cls();
        return c == ALU || c == ALU64 || (c == LDX) || opcode == LDDW;
    }

    public MInsn withRegs(int newDst, int newSrc) {
        return new MInsn(opcode, newDst, newSrc, offset, imm, label, ref, args, source);
    }

    public MInsn withLabel(String newLabel) {
        return new MInsn(opcode, dst, src, offset, imm, newLabel, ref, args, source);
    }

    public MInsn withOpcode(int newOpcode) {
        return new MInsn(newOpcode, dst, src, offset, imm, label, ref, args, source);
    }

    public MInsn withImm(long newImm) {
        return new MInsn(opcode, dst, src, offset, newImm, label, ref, args, source);
    }

    /** Registers read, into {@code out}; returns how many. */
    public int uses(int[] out) {
        if (isLabel()) {
            return 0;
        }
        switch (cls()) {
            case ALU, ALU64 -> {
                int o = op();
                if (o == MOV) {
                    if (isX()) {
                        out[0] = src;
                        return 1;
                    }
                    return 0;
                }
                if (o == NEG || o == END || !isX()) {
                    out[0] = dst;
                    return 1;
                }
                out[0] = dst;
                out[1] = src;
                return 2;
            }
            case LDX -> {
                out[0] = src;
                return 1;
            }
            case ST -> {
                out[0] = dst;
                return 1;
            }
            case STX -> {
                if (mode(opcode) == ATOMIC && (int) imm == AtomicOp.LOAD_ACQ.imm()) {
                    out[0] = src;
                    return 1;
                }
                out[0] = dst;
                out[1] = src;
                if (mode(opcode) == ATOMIC && (int) imm == CMPXCHG) {
                    out[2] = 0;
                    return 3;
                }
                return 2;
            }
            case JMP, JMP32 -> {
                if (isExit()) {
                    out[0] = 0;
                    return 1;
                }
                if (isCall()) {
                    for (int i = 0; i < args; i++) {
                        out[i] = i + 1;
                    }
                    return args;
                }
                if (!isConditional()) {
                    return 0;
                }
                out[0] = dst;
                if (isX()) {
                    out[1] = src;
                    return 2;
                }
                return 1;
            }
            default -> {
                return 0;
            }
        }
    }

    /** Registers written, into {@code out}; returns how many. */
    public int defs(int[] out) {
        if (isLabel()) {
            return 0;
        }
        switch (cls()) {
            case ALU, ALU64, LDX -> {
                out[0] = dst;
                return 1;
            }
            case LD -> {
                if (opcode == LDDW) {
                    out[0] = dst;
                    return 1;
                }
                return 0;
            }
            case STX -> {
                if (mode(opcode) != ATOMIC) {
                    return 0;
                }
                int a = (int) imm;
                if (a == AtomicOp.LOAD_ACQ.imm()) {
                    out[0] = dst;
                    return 1;
                }
                if (a == CMPXCHG) {
                    out[0] = 0;
                    return 1;
                }
                if ((a & FETCH) != 0 && a < 0x100) {
                    out[0] = src;
                    return 1;
                }
                return 0;
            }
            case JMP, JMP32 -> {
                if (isCall()) {
                    for (int i = 0; i <= 5; i++) {
                        out[i] = i;
                    }
                    return 6;
                }
                return 0;
            }
            default -> {
                return 0;
            }
        }
    }

    /** The instruction with physical registers, ready for {@code Asm.emit} (targets resolved there). */
    public Instruction toInstruction() {
        return new Instruction(opcode, dst, src, offset, imm, ref, source);
    }

    @Override
    public String toString() {
        if (isLabel()) {
            return label + ":";
        }
        String s;
        if (dst < FIRST_VIRTUAL && src < FIRST_VIRTUAL) {
            s = new Instruction(opcode, dst, src, (short) offset, opcode == LDDW ? imm : (int) imm).toString();
        } else {
            s = String.format("op=%02x d=v%d s=v%d off=%d imm=%d", opcode, dst, src, offset, imm);
        }
        return label != null ? s + " -> " + label : s;
    }
}
