package dev.bpfj.core;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.Objects;

/**
 * Prints instructions in the syntax of the kernel's verifier log and {@code llvm-objdump -d}:
 * {@code r0 = *(u32 *)(r1 + 4)}, {@code if r3 > r2 goto +24}, {@code call bpf_map_lookup_elem}.
 * {@link AsmParser} reads the same syntax back.
 *
 * <p>Where the two tools differ, the choice is: decimal immediates and offsets, hexadecimal for
 * {@code lddw} constants with the {@code ll} suffix, helper calls by name (kernel style), and the
 * loaded form of pseudo {@code lddw}s ({@code r1 = map[counters] ll}).
 */
public final class Disassembler {
    private Disassembler() {}

    public static String format(Instruction insn) {
        int code = insn.opcode();
        if (InstructionChecks.check(insn) != null && !Opcodes.isKnown(code)) {
            return raw(insn);
        }
        return switch (Opcodes.cls(code)) {
            case ALU, ALU64 -> alu(insn);
            case JMP, JMP32 -> jump(insn);
            case LD -> ld(insn);
            case LDX -> ldx(insn);
            case ST -> st(insn);
            case STX -> stx(insn);
            default -> raw(insn);
        };
    }

    /** An instruction the syntax has no form for, as the {@code .insn} directive the parser accepts. */
    public static String raw(Instruction insn) {
        return String.format(".insn code=0x%02x dst=%d src=%d off=%d imm=%d", insn.opcode(), insn.dst(), insn.src(),
                insn.offset(), insn.imm());
    }

    private static String reg(int r, boolean wide) {
        return (wide ? "r" : "w") + r;
    }

    private static String alu(Instruction insn) {
        int code = insn.opcode();
        boolean wide = Opcodes.cls(code) == ALU64;
        String dst = reg(insn.dst(), wide);
        boolean x = (code & X) != 0;
        int op = Opcodes.op(code);
        switch (op) {
            case NEG:
                return dst + " = -" + dst;
            case END: {
                String kind = wide ? "bswap" : (x ? "be" : "le");
                // llvm prints byte swaps on the full register name
                return "r" + insn.dst() + " = " + kind + insn.imm() + " r" + insn.dst();
            }
            case MOV:
                if (x && insn.offset() != 0 && insn.offset() != 1) {
                    return dst + " = (s" + insn.offset() + ")" + reg(insn.src(), wide);
                }
                if (x && insn.offset() == 1) {
                    return raw(insn);
                }
                return dst + " = " + (x ? reg(insn.src(), wide) : Long.toString(insn.imm()));
            default:
                break;
        }
        AluOp a = AluOp.of(code, insn.offset());
        if (a == null) {
            return raw(insn);
        }
        return dst + " " + a.operator() + " " + (x ? reg(insn.src(), wide) : Long.toString(insn.imm()));
    }

    private static String target(int off) {
        return off >= 0 ? "+" + off : Integer.toString(off);
    }

    private static String jump(Instruction insn) {
        int code = insn.opcode();
        boolean wide = Opcodes.cls(code) == JMP;
        int op = Opcodes.op(code);
        switch (op) {
            case JA:
                return wide ? "goto " + target(insn.offset()) : "gotol " + target(insn.imm32());
            case CALL:
                return switch (insn.src()) {
                    case PSEUDO_CALL -> "call pc" + target(insn.imm32());
                    case PSEUDO_KFUNC_CALL -> insn.reference() != null ? "call kfunc[" + insn.reference() + "]"
                            : "call kfunc[" + insn.imm32() + (insn.offset() != 0 ? "@" + insn.offset() : "") + "]";
                    default -> "call " + Helpers.byId(insn.imm32()).map(Helper::cName).orElse(Integer.toString(insn.imm32()));
                };
            case EXIT:
                return "exit";
            case JCOND:
                return "may_goto " + target(insn.offset());
            default:
                break;
        }
        JumpOp j = JumpOp.ofCode(op);
        if (j == null) {
            return raw(insn);
        }
        String rhs = (code & X) != 0 ? reg(insn.src(), wide) : Long.toString(insn.imm());
        return "if " + reg(insn.dst(), wide) + " " + j.operator() + " " + rhs + " goto " + target(insn.offset());
    }

    private static String ld(Instruction insn) {
        int code = insn.opcode();
        if (code == LDDW) {
            String dst = "r" + insn.dst();
            String ref = insn.reference();
            return switch (insn.src()) {
                case PSEUDO_MAP_FD -> dst + " = map[" + (ref != null ? ref : "fd:" + insn.imm32()) + "] ll";
                case PSEUDO_MAP_VALUE -> dst + " = map_value[" + (ref != null ? ref : "fd:" + insn.imm32()) + "]"
                        + valueOffset(insn.nextImm()) + " ll";
                case PSEUDO_MAP_IDX -> dst + " = map_idx[" + insn.imm32() + "] ll";
                case PSEUDO_MAP_IDX_VALUE -> dst + " = map_idx_value[" + insn.imm32() + "]" + valueOffset(insn.nextImm()) + " ll";
                case PSEUDO_BTF_ID -> dst + " = btf_id[" + (ref != null ? ref : Integer.toString(insn.imm32())) + "]"
                        + (ref != null ? "" : valueOffset(insn.nextImm())) + " ll";
                case PSEUDO_FUNC -> dst + " = func[pc" + target(insn.imm32()) + "] ll";
                // a typeless ksym: the loader puts the symbol's address here
                default -> ref != null ? dst + " = ksym[" + ref + "] ll" : dst + " = 0x" + Long.toHexString(insn.imm()) + " ll";
            };
        }
        Size size = Size.ofCode(code);
        if (Opcodes.mode(code) == ABS) {
            return "r0 = *(" + size.unsignedName() + " *)skb[" + insn.imm() + "]";
        }
        if (Opcodes.mode(code) == IND) {
            return "r0 = *(" + size.unsignedName() + " *)skb[r" + insn.src() + displacement(insn.imm32()) + "]";
        }
        return raw(insn);
    }

    private static String valueOffset(int off) {
        return off == 0 ? "" : (off > 0 ? "+" + off : Integer.toString(off));
    }

    private static String displacement(int off) {
        return off < 0 ? " - " + -(long) off : " + " + off;
    }

    private static String mem(String type, int base, int off) {
        return "*(" + type + " *)(r" + base + displacement(off) + ")";
    }

    private static String ldx(Instruction insn) {
        Size size = Size.ofCode(insn.opcode());
        String type = Opcodes.mode(insn.opcode()) == MEMSX ? size.signedName() : size.unsignedName();
        return "r" + insn.dst() + " = " + mem(type, insn.src(), insn.offset());
    }

    private static String st(Instruction insn) {
        Size size = Size.ofCode(insn.opcode());
        return mem(size.unsignedName(), insn.dst(), insn.offset()) + " = " + insn.imm();
    }

    private static String stx(Instruction insn) {
        int code = insn.opcode();
        Size size = Size.ofCode(code);
        if (Opcodes.mode(code) != ATOMIC) {
            return mem(size.unsignedName(), insn.dst(), insn.offset()) + " = r" + insn.src();
        }
        AtomicOp a = AtomicOp.ofImm(insn.imm32());
        if (a == null) {
            return raw(insn);
        }
        boolean wide = size == Size.DW;
        String src = reg(insn.src(), wide);
        String addr = "r" + insn.dst() + displacement(insn.offset());
        String typed = "(" + size.unsignedName() + " *)(" + addr + ")";
        return switch (a) {
            case ADD -> "lock *" + typed + " += " + src;
            case OR -> "lock *" + typed + " |= " + src;
            case AND -> "lock *" + typed + " &= " + src;
            case XOR -> "lock *" + typed + " ^= " + src;
            case FETCH_ADD, FETCH_OR, FETCH_AND, FETCH_XOR ->
                    src + " = atomic_fetch_" + a.mnemonic() + "(" + typed + ", " + src + ")";
            case XCHG -> src + " = " + (wide ? "xchg_64(" : "xchg32_32(") + addr + ", " + src + ")";
            case CMPXCHG -> reg(0, wide) + " = " + (wide ? "cmpxchg_64(" : "cmpxchg32_32(") + addr + ", " + reg(0, wide)
                    + ", " + src + ")";
            case LOAD_ACQ -> reg(insn.dst(), true) + " = load_acquire(" + "(" + size.unsignedName() + " *)(r" + insn.src()
                    + displacement(insn.offset()) + "))";
            case STORE_REL -> "store_release(" + typed + ", " + reg(insn.src(), true) + ")";
        };
    }

    /**
     * A program as a listing: function labels, one instruction per line with its slot index, and a
     * {@code ; File.java:42 text} line wherever the source location changes.
     */
    public static String listing(ProgramSpec program) {
        StringBuilder sb = new StringBuilder();
        int slot = 0;
        int fn = 0;
        SourceLocation last = null;
        for (Instruction insn : program.instructions()) {
            while (fn < program.functions().size() && program.functions().get(fn).slot() == slot) {
                FunctionInfo f = program.functions().get(fn++);
                if (slot > 0) {
                    sb.append('\n');
                }
                sb.append(f.name()).append(":\n");
            }
            SourceLocation src = insn.source();
            if (src != null && !Objects.equals(src, last)) {
                sb.append("; ").append(src);
                if (!src.text().isBlank()) {
                    sb.append(' ').append(src.text().strip());
                }
                sb.append('\n');
            }
            last = src;
            sb.append(String.format("%8d: ", slot)).append(format(insn)).append('\n');
            slot += insn.slots();
        }
        return sb.toString();
    }
}
