package dev.bpfj.interpreter;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionChecks;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.List;

/** Turns the programs of an object into one {@link Code}. */
final class Decoder {

    /** What the decoder asks of the machine: map handles, data addresses and callback addresses. */
    interface Linker {
        /** The handle {@code lddw src=1} loads for a map, or a reason it cannot. */
        long mapHandle(Instruction insn);

        /** The address {@code lddw src=2} loads: element 0 of an array map plus the offset. */
        long mapValue(Instruction insn);

        /** The address {@code lddw src=4} loads for the function at an absolute slot. */
        long function(int absoluteSlot, String name);

        /** Why the kernel would refuse this program's call to a helper, or null. */
        String helperProblem(Helper helper, ProgramSpec program);

        /** What {@code lddw} of a kernel symbol by name loads: a ksym's address, or a kfunc's. */
        long kernelSymbol(Instruction insn);

        /** The helper table entry a kfunc call runs, or a reason it cannot. */
        int kfunc(Instruction insn, ProgramSpec program);
    }

    /** A reason an instruction cannot run, found while linking. */
    static final class LinkError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LinkError(String message) {
            super(message, null, false, false);
        }
    }

    private static final int RW_SHIFT = 16;

    private Decoder() {}

    static Code decode(List<ProgramSpec> specs, Linker linker) {
        int total = 0;
        for (ProgramSpec p : specs) {
            total += p.slotCount() + 1;
        }
        int[] op = new int[total];
        int[] dst = new int[total];
        int[] src = new int[total];
        int[] off = new int[total];
        long[] imm = new long[total];
        int[] mask = new int[total];
        Instruction[] insns = new Instruction[total];
        String[] invalid = new String[total];
        List<Code.Program> programs = new ArrayList<>();
        int base = 0;
        for (ProgramSpec p : specs) {
            int slots = p.slotCount();
            programs.add(new Code.Program(programs.size(), p.name(), base, slots, p));
            Instruction[] bySlot = p.bySlot();
            for (int s = 0; s < slots; s++) {
                int pc = base + s;
                Instruction insn = bySlot[s];
                insns[pc] = insn;
                if (insn == null) {
                    op[pc] = Op.INVALID;
                    invalid[pc] = "jump into the middle of ldimm64 insn " + (s - 1);
                    continue;
                }
                dst[pc] = insn.dst();
                src[pc] = insn.src();
                off[pc] = insn.offset();
                imm[pc] = insn.imm();
                try {
                    decodeOne(p, insn, pc, base, slots, bySlot, op, off, imm, mask, linker);
                } catch (LinkError e) {
                    op[pc] = Op.INVALID;
                    invalid[pc] = e.getMessage();
                    mask[pc] = 0;
                }
            }
            int guard = base + slots;
            op[guard] = Op.INVALID;
            invalid[guard] = "fell off the end of the program: the last instruction must be exit or a jump";
            base += slots + 1;
        }
        return new Code(op, dst, src, off, imm, mask, insns, invalid, programs);
    }

    private static int bit(int reg) {
        return 1 << reg;
    }

    private static int rw(int reads, int writes) {
        return reads | (writes << RW_SHIFT);
    }

    private static void decodeOne(ProgramSpec program, Instruction insn, int pc, int base, int slots, Instruction[] bySlot, int[] op,
                                  int[] off, long[] imm, int[] mask, Linker linker) {
        String problem = InstructionChecks.check(insn);
        if (problem != null) {
            throw new LinkError(problem);
        }
        int code = insn.opcode();
        int d = insn.dst();
        int s = insn.src();
        int cls = code & 0x07;
        if (d > 10 || s > 10) {
            throw new LinkError("R" + Math.max(d, s) + " is invalid");
        }
        boolean writesDst = switch (cls) {
            case ALU, ALU64, LDX -> true;
            case LD -> code == LDDW;
            default -> false;
        };
        if (writesDst && d == 10) {
            throw new LinkError("frame pointer is read only");
        }
        switch (cls) {
            case ALU, ALU64 -> decodeAlu(insn, pc, op, mask);
            case JMP, JMP32 -> decodeJump(program, insn, pc, base, slots, bySlot, op, off, imm, mask, linker);
            case LD -> {
                if (code != LDDW) {
                    dev.bpfj.core.ProgramType t = program.type();
                    if (!BpfProgram.runsOnSkb(t) && t != dev.bpfj.core.ProgramType.UNSPEC) {
                        throw new LinkError("BPF_LD_[ABS|IND] instructions are only for socket filter and tc programs"
                                + " (the kernel refuses them in " + program.type().displayName() + "); use direct packet"
                                + " access");
                    }
                    boolean ind = (code & 0xe0) == IND;
                    op[pc] = ind ? Op.LD_IND : Op.LD_ABS;
                    off[pc] = sizeBytes(code);
                    imm[pc] = insn.imm();
                    mask[pc] = rw(bit(6) | (ind ? bit(s) : 0), bit(0));
                    return;
                }
                op[pc] = Op.LDDW;
                mask[pc] = rw(0, bit(d));
                imm[pc] = switch (insn.src()) {
                    case 0 -> insn.reference() != null ? linker.kernelSymbol(insn) : insn.imm();
                    case PSEUDO_MAP_FD, PSEUDO_MAP_IDX -> linker.mapHandle(insn);
                    case PSEUDO_MAP_VALUE, PSEUDO_MAP_IDX_VALUE -> linker.mapValue(insn);
                    case PSEUDO_FUNC -> {
                        int target = pc + insn.imm32() + 1;
                        if (target < base || target >= base + slots || bySlot[target - base] == null) {
                            throw new LinkError("function address out of range: insn " + (pc - base) + " points at "
                                    + (target - base));
                        }
                        yield linker.function(target, insn.reference());
                    }
                    case PSEUDO_BTF_ID -> {
                        if (insn.reference() == null) {
                            throw new LinkError("ld_imm64 of a kernel symbol by BTF id " + insn.imm32()
                                    + ": the interpreter knows kernel symbols by name only");
                        }
                        yield linker.kernelSymbol(insn);
                    }
                    default -> throw new LinkError("unrecognized bpf_ld_imm64 insn");
                };
            }
            case LDX -> {
                op[pc] = code;
                mask[pc] = rw(bit(s), bit(d));
            }
            case ST -> {
                op[pc] = code;
                mask[pc] = rw(bit(d), 0);
            }
            case STX -> {
                int mode = code & 0xe0;
                if (mode == MEM) {
                    op[pc] = code;
                    mask[pc] = rw(bit(d) | bit(s), 0);
                    return;
                }
                int a = insn.imm32();
                if (a == LOAD_ACQ) {
                    if (d == 10) {
                        throw new LinkError("frame pointer is read only");
                    }
                    op[pc] = Op.LOAD_ACQ;
                    mask[pc] = rw(bit(s), bit(d));
                } else if (a == STORE_REL) {
                    op[pc] = Op.STORE_REL;
                    mask[pc] = rw(bit(d) | bit(s), 0);
                } else {
                    op[pc] = (code & 0x18) == DW ? Op.ATOMIC64 : Op.ATOMIC32;
                    if (a == CMPXCHG) {
                        mask[pc] = rw(bit(d) | bit(s) | bit(0), bit(0));
                    } else if ((a & FETCH) != 0) {
                        if (s == 10) {
                            throw new LinkError("frame pointer is read only");
                        }
                        mask[pc] = rw(bit(d) | bit(s), bit(s));
                    } else {
                        mask[pc] = rw(bit(d) | bit(s), 0);
                    }
                }
            }
            default -> throw new LinkError(String.format("unknown opcode %02x", code));
        }
    }

    private static void decodeAlu(Instruction insn, int pc, int[] op, int[] mask) {
        int code = insn.opcode();
        int d = insn.dst();
        int s = insn.src();
        boolean alu64 = (code & 0x07) == ALU64;
        boolean x = (code & X) != 0;
        int o = code & 0xf0;
        int offset = insn.offset();
        int reads = bit(d) | (x ? bit(s) : 0);
        int result = code;
        switch (o) {
            case MOV -> {
                reads = x ? bit(s) : 0;
                if (x && offset != 0) {
                    result = switch (offset) {
                        case 8 -> alu64 ? Op.MOVSX64_8 : Op.MOVSX32_8;
                        case 16 -> alu64 ? Op.MOVSX64_16 : Op.MOVSX32_16;
                        case 32 -> Op.MOVSX64_32;
                        default -> throw new LinkError("BPF_MOV uses reserved fields");
                    };
                }
            }
            case DIV -> {
                if (offset == 1) {
                    result = alu64 ? (x ? Op.SDIV64_X : Op.SDIV64_K) : (x ? Op.SDIV32_X : Op.SDIV32_K);
                }
            }
            case MOD -> {
                if (offset == 1) {
                    result = alu64 ? (x ? Op.SMOD64_X : Op.SMOD64_K) : (x ? Op.SMOD32_X : Op.SMOD32_K);
                }
            }
            case NEG -> reads = bit(d);
            case END -> {
                reads = bit(d);
                int width = insn.imm32();
                if (alu64) {
                    result = width == 16 ? Op.BSWAP16 : width == 32 ? Op.BSWAP32 : Op.BSWAP64;
                } else if (x) {
                    result = width == 16 ? Op.BE16 : width == 32 ? Op.BE32 : Op.BE64;
                } else {
                    result = width == 16 ? Op.LE16 : width == 32 ? Op.LE32 : Op.LE64;
                }
            }
            default -> {
            }
        }
        op[pc] = result;
        mask[pc] = rw(reads, bit(d));
    }

    private static void decodeJump(ProgramSpec program, Instruction insn, int pc, int base, int slots, Instruction[] bySlot, int[] op,
                                   int[] off, long[] imm, int[] mask, Linker linker) {
        int code = insn.opcode();
        int o = code & 0xf0;
        switch (o) {
            case EXIT -> {
                op[pc] = code;
                // R0 is read only by the exit of the program or of a callback; a subprogram may return
                // without setting it (clang drops the result when every caller ignores it), and Linux
                // then hands the caller an uninitialised R0. The machine checks that when it exits.
                mask[pc] = 0;
                return;
            }
            case CALL -> {
                if (insn.src() == PSEUDO_CALL) {
                    off[pc] = target(pc, insn.imm32(), base, slots, bySlot, "call");
                    op[pc] = Op.CALL_LOCAL;
                    mask[pc] = 0;
                    return;
                }
                if (insn.src() == PSEUDO_KFUNC_CALL) {
                    int slot = linker.kfunc(insn, program);
                    imm[pc] = slot;
                    op[pc] = Op.CALL_HELPER;
                    int reads = 0;
                    for (int i = 0; i < KfuncTable.arguments(insn.reference()); i++) {
                        reads |= bit(i + 1);
                    }
                    mask[pc] = rw(reads, 0);
                    return;
                }
                int id = insn.imm32();
                Helper h = Helpers.byId(id).orElseThrow(() -> new LinkError("invalid func unknown#" + id));
                String refused = linker.helperProblem(h, program);
                if (refused != null) {
                    throw new LinkError(refused);
                }
                op[pc] = id == Helpers.TAIL_CALL.id() ? Op.TAIL_CALL : Op.CALL_HELPER;
                int reads = 0;
                if (h.isModelled()) {
                    for (int i = 0; i < h.args().size(); i++) {
                        reads |= bit(i + 1);
                    }
                }
                mask[pc] = rw(reads, 0);
                return;
            }
            case JCOND -> {
                off[pc] = target(pc, insn.offset(), base, slots, bySlot, "jump");
                op[pc] = Op.MAY_GOTO;
                mask[pc] = 0;
                return;
            }
            default -> {
            }
        }
        int distance = insn.jumpOffset();
        off[pc] = target(pc, distance, base, slots, bySlot, "jump");
        op[pc] = code;
        if (o == JA) {
            mask[pc] = 0;
        } else {
            boolean x = (code & X) != 0;
            mask[pc] = rw(bit(insn.dst()) | (x ? bit(insn.src()) : 0), 0);
        }
    }

    private static int target(int pc, int distance, int base, int slots, Instruction[] bySlot, String what) {
        long t = (long) pc + distance + 1;
        long local = t - base;
        if (local < 0 || local >= slots) {
            throw new LinkError(what + " out of range from insn " + (pc - base) + " to " + local);
        }
        if (bySlot[(int) local] == null) {
            throw new LinkError(what + " into the middle of ldimm64 insn " + (local - 1));
        }
        return (int) t;
    }
}
