package dev.bpfj.core;

import static dev.bpfj.core.Opcodes.*;

/**
 * The field rules Linux applies to a single instruction, each with the kernel's own message
 * ({@code kernel/bpf/verifier.c}: {@code check_alu_op}, {@code do_check}, {@code check_ld_imm},
 * {@code check_atomic}, {@code resolve_pseudo_ldimm64}). The decoder and the verifier both read them
 * here, so there is one definition of what a well-formed instruction is.
 */
public final class InstructionChecks {
    private InstructionChecks() {}

    /** The kernel's message for what is wrong with this instruction on its own, or null if nothing. */
    public static String check(Instruction insn) {
        int code = insn.opcode();
        if (!Opcodes.isKnown(code)) {
            return String.format("unknown opcode %02x", code);
        }
        return switch (Opcodes.cls(code)) {
            case ALU, ALU64 -> checkAlu(insn);
            case JMP, JMP32 -> checkJump(insn);
            case LD -> checkLd(insn);
            case LDX -> (Opcodes.mode(code) != MEM && Opcodes.mode(code) != MEMSX) || insn.imm() != 0
                    ? "BPF_LDX uses reserved fields" : null;
            case ST -> Opcodes.mode(code) != MEM || insn.src() != 0 ? "BPF_ST uses reserved fields" : null;
            case STX -> checkStx(insn);
            default -> String.format("unknown insn class %d", Opcodes.cls(code));
        };
    }

    private static String checkAlu(Instruction insn) {
        int code = insn.opcode();
        int op = Opcodes.op(code);
        boolean x = (code & X) != 0;
        int off = insn.offset();
        long imm = insn.imm();
        if (insn.dst() > 10 || insn.src() > 10) {
            return invalidRegister(insn);
        }
        switch (op) {
            case NEG:
                return x || insn.src() != 0 || off != 0 || imm != 0 ? "BPF_NEG uses reserved fields" : null;
            case END:
                return insn.src() != 0 || off != 0 || (imm != 16 && imm != 32 && imm != 64)
                        || (Opcodes.cls(code) == ALU64 && x) ? "BPF_END uses reserved fields" : null;
            case MOV:
                if (x) {
                    if (Opcodes.cls(code) == ALU) {
                        return (off != 0 && off != 8 && off != 16) || imm != 0 ? "BPF_MOV uses reserved fields" : null;
                    }
                    if (off == 1 && (imm == 1 || imm == 1L << 16)) {
                        return "addr_space_cast insn can only be used in a program that has an associated arena";
                    }
                    return (off != 0 && off != 8 && off != 16 && off != 32) || imm != 0
                            ? "BPF_MOV uses reserved fields" : null;
                }
                return insn.src() != 0 || off != 0 ? "BPF_MOV uses reserved fields" : null;
            default:
                boolean badOff = (off != 0 && off != 1) || (off == 1 && op != MOD && op != DIV);
                if (x) {
                    return imm != 0 || badOff ? "BPF_ALU uses reserved fields" : null;
                }
                return insn.src() != 0 || badOff ? "BPF_ALU uses reserved fields" : null;
        }
    }

    private static String checkJump(Instruction insn) {
        int code = insn.opcode();
        int op = Opcodes.op(code);
        boolean jmp32 = Opcodes.cls(code) == JMP32;
        switch (op) {
            case CALL:
                return (insn.src() == PSEUDO_KFUNC_CALL ? false : insn.offset() != 0)
                        || (insn.src() != 0 && insn.src() != PSEUDO_CALL && insn.src() != PSEUDO_KFUNC_CALL)
                        || insn.dst() != 0 || jmp32 ? "BPF_CALL uses reserved fields" : null;
            case JA:
                return (code & X) != 0 || insn.src() != 0 || insn.dst() != 0
                        || (!jmp32 && insn.imm() != 0) || (jmp32 && insn.offset() != 0)
                        ? "BPF_JA uses reserved fields" : null;
            case EXIT:
                return (code & X) != 0 || insn.imm() != 0 || insn.src() != 0 || insn.dst() != 0 || jmp32
                        ? "BPF_EXIT uses reserved fields" : null;
            case JCOND:
                return insn.src() != 0 || insn.dst() != 0 || insn.imm() != 0 || insn.offset() == 0
                        ? String.format("invalid may_goto off %d imm %d", insn.offset(), insn.imm()) : null;
            default:
                if (insn.dst() > 10 || insn.src() > 10) {
                    return invalidRegister(insn);
                }
                if ((code & X) != 0) {
                    return insn.imm() != 0 ? "BPF_JMP/JMP32 uses reserved fields" : null;
                }
                return insn.src() != 0 ? "BPF_JMP/JMP32 uses reserved fields" : null;
        }
    }

    private static String checkLd(Instruction insn) {
        int code = insn.opcode();
        if (code == LDDW) {
            if (insn.offset() != 0) {
                return "BPF_LD_IMM64 uses reserved fields";
            }
            if (insn.src() > PSEUDO_MAP_IDX_VALUE) {
                return "unrecognized bpf_ld_imm64 insn";
            }
            return insn.dst() > 10 ? invalidRegister(insn) : null;
        }
        int mode = Opcodes.mode(code);
        if (insn.dst() != 0 || insn.offset() != 0 || Opcodes.size(code) == DW || (mode == ABS && insn.src() != 0)) {
            return "BPF_LD_[ABS|IND] uses reserved fields";
        }
        return null;
    }

    private static String checkStx(Instruction insn) {
        int code = insn.opcode();
        if (Opcodes.mode(code) == ATOMIC) {
            AtomicOp op = AtomicOp.ofImm(insn.imm32());
            if (op == null) {
                return String.format("BPF_ATOMIC uses invalid atomic opcode %02x", insn.imm32());
            }
            int size = Opcodes.size(code);
            boolean rmw = op != AtomicOp.LOAD_ACQ && op != AtomicOp.STORE_REL;
            if (rmw && size != W && size != DW) {
                return "invalid atomic operand size";
            }
            return null;
        }
        return Opcodes.mode(code) != MEM || insn.imm() != 0 ? "BPF_STX uses reserved fields" : null;
    }

    private static String invalidRegister(Instruction insn) {
        return String.format("R%d is invalid", Math.max(insn.dst(), insn.src()) > 10
                ? (insn.dst() > 10 ? insn.dst() : insn.src()) : insn.dst());
    }
}
