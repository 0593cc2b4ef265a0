package dev.bpfj.interpreter;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random arithmetic: programs of random ALU/ALU64 operations (every op, K and X forms, signed
 * division, sign-extending moves, byte swaps), forward conditional jumps (JMP and JMP32, every
 * condition) and loads, stores and atomics (every size and operation, sign-extending loads,
 * load-acquire/store-release where the kernel has them) on stack slots, from random 64-bit values.
 * Each program stores r0–r9 and the slots into a map; the kernel and the interpreter must leave the
 * same 144 bytes there.
 */
class AluFuzzParityTest {
    static final int PROGRAMS = 300;
    static final int LENGTH = 80;

    private static final int[] ALU_OPS = {ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR, MOV, ARSH};
    private static final int[] JUMP_OPS = {JEQ, JGT, JGE, JSET, JNE, JSGT, JSGE, JLT, JLE, JSLT, JSLE};
    private static final long[] INTERESTING = {0, 1, -1, 2, 0x7fffffffL, 0x80000000L, 0xffffffffL, 0x100000000L,
            Long.MIN_VALUE, Long.MAX_VALUE, 63, 64, 65, 31, 32, 33, -2, 0xffff, 0x8000, 0x80, 0xff};

    private static long value(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> INTERESTING[r.nextInt(INTERESTING.length)];
            case 1 -> r.nextInt(200) - 100;
            default -> r.nextLong();
        };
    }

    private static int imm(Random r, int op, boolean alu64) {
        int width = alu64 ? 64 : 32;
        if (op == LSH || op == RSH || op == ARSH) {
            return r.nextInt(width); // the kernel refuses constant shifts outside [0, width)
        }
        long v = value(r);
        int i = (int) v;
        if ((op == DIV || op == MOD) && i == 0) {
            return 7; // and constant division by zero
        }
        return i;
    }

    /** Eight 8-byte stack slots the memory operations work on: fp-144 .. fp-81. */
    static final int SLOTS = -144;
    private static final int[] ATOMIC_OPS = {ADD, OR, AND, XOR, ADD | FETCH, OR | FETCH, AND | FETCH, XOR | FETCH,
            XCHG, CMPXCHG};

    /** A load, store or atomic on the stack slots, at an offset aligned to its size. */
    static Instruction memory(Random r, int d, int s, boolean acquireRelease) {
        int[] sizes = {W, H, B, DW};
        int size = sizes[r.nextInt(4)];
        int bytes = sizeBytes(size);
        int off = SLOTS + r.nextInt(64 / bytes) * bytes;
        return switch (r.nextInt(acquireRelease ? 6 : 5)) {
            case 0 -> new Instruction(LDX | (size != DW && r.nextBoolean() ? MEMSX : MEM) | size, d, 10, off, 0);
            case 1 -> new Instruction(STX | MEM | size, 10, s, off, 0);
            case 2 -> new Instruction(ST | MEM | size, 10, 0, off, (int) value(r));
            case 3, 4 -> {
                int wide = r.nextBoolean() ? DW : W;
                int aoff = SLOTS + r.nextInt(64 / sizeBytes(wide)) * sizeBytes(wide);
                yield new Instruction(STX | ATOMIC | wide, 10, s, aoff, ATOMIC_OPS[r.nextInt(ATOMIC_OPS.length)]);
            }
            default -> r.nextBoolean() ? new Instruction(STX | ATOMIC | size, d, 10, off, LOAD_ACQ)
                    : new Instruction(STX | ATOMIC | size, 10, s, off, STORE_REL);
        };
    }

    static List<Instruction> randomBody(Random r) {
        return randomBody(r, false);
    }

    static List<Instruction> randomBody(Random r, boolean acquireRelease) {
        List<Instruction> out = new ArrayList<>();
        for (int slot = 0; slot < 8; slot++) {
            out.add(new Instruction(LDDW, 1, 0, 0, value(r)));
            out.add(new Instruction(STX | MEM | DW, 10, 1, SLOTS + 8 * slot, 0));
        }
        for (int reg = 0; reg <= 9; reg++) {
            out.add(new Instruction(LDDW, reg, 0, 0, value(r)));
        }
        int remaining = LENGTH;
        while (remaining-- > 0) {
            int d = r.nextInt(10);
            int s = r.nextInt(10);
            int kind = r.nextInt(12);
            if (kind >= 10) {
                out.add(memory(r, d, s, acquireRelease));
                continue;
            }
            boolean alu64 = r.nextBoolean();
            int cls = alu64 ? ALU64 : ALU;
            if (kind < 6) {
                int op = ALU_OPS[r.nextInt(ALU_OPS.length)];
                boolean x = r.nextBoolean() && op != NEG;
                int off = 0;
                if ((op == DIV || op == MOD) && r.nextInt(3) == 0) {
                    off = 1; // sdiv / smod
                }
                out.add(x ? new Instruction(cls | op | X, d, s, off, 0)
                        : new Instruction(cls | op | K, d, 0, off, op == NEG ? 0 : imm(r, op, alu64)));
            } else if (kind == 6) {
                int[] widths = alu64 ? new int[] {8, 16, 32} : new int[] {8, 16};
                out.add(new Instruction(cls | MOV | X, d, s, widths[r.nextInt(widths.length)], 0));
            } else if (kind == 7) {
                int[] widths = {16, 32, 64};
                int w = widths[r.nextInt(3)];
                int code = switch (r.nextInt(3)) {
                    case 0 -> ALU | END | TO_LE;
                    case 1 -> ALU | END | TO_BE;
                    default -> ALU64 | END | TO_LE;
                };
                out.add(new Instruction(code, d, 0, 0, w));
            } else {
                int jcls = r.nextBoolean() ? JMP : JMP32;
                int op = JUMP_OPS[r.nextInt(JUMP_OPS.length)];
                int skip = 1 + r.nextInt(Math.max(1, Math.min(3, remaining)));
                boolean x = r.nextBoolean();
                out.add(x ? new Instruction(jcls | op | X, d, s, skip, 0)
                        : new Instruction(jcls | op | K, d, 0, skip, (int) value(r)));
                for (int k = 0; k < skip; k++) {
                    int op2 = ALU_OPS[r.nextInt(ALU_OPS.length)];
                    out.add(new Instruction(ALU64 | op2 | K, r.nextInt(10), 0, 0, op2 == NEG ? 0 : imm(r, op2, true)));
                    remaining--;
                }
            }
        }
        return out;
    }

    /** Stores r0..r9 and the stack slots (144 bytes) into element 0 of map {@code out}; returns the low half of r0. */
    static List<Instruction> epilogue() {
        List<Instruction> out = new ArrayList<>();
        for (int reg = 0; reg <= 9; reg++) {
            out.add(new Instruction(STX | MEM | DW, 10, reg, -224 + 8 * reg, 0));
        }
        out.add(new Instruction(ST | MEM | W, 10, 0, -232, 0));
        out.add(new Instruction(LDDW, 1, PSEUDO_MAP_FD, 0, 0, "out", null));
        out.add(new Instruction(ALU64 | MOV | X, 2, 10, 0, 0));
        out.add(new Instruction(ALU64 | ADD | K, 2, 0, 0, -232));
        out.add(new Instruction(ALU64 | MOV | X, 3, 10, 0, 0));
        out.add(new Instruction(ALU64 | ADD | K, 3, 0, 0, -224));
        out.add(new Instruction(ALU64 | MOV | K, 4, 0, 0, 0));
        out.add(new Instruction(CALL_OP, 0, 0, 0, 2));
        out.add(new Instruction(LDX | MEM | DW, 0, 10, -224, 0));
        out.add(new Instruction(EXIT_OP, 0, 0, 0, 0));
        return out;
    }

    /** Whether this kernel loads load-acquire / store-release (Linux 6.15 and later). */
    private static boolean kernelHasAcquireRelease(MapSpec outMap) {
        List<Instruction> probe = new ArrayList<>(List.of(new Instruction(ST | MEM | DW, 10, 0, -8, 0),
                new Instruction(STX | ATOMIC | DW, 0, 10, -8, LOAD_ACQ)));
        probe.add(new Instruction(EXIT_OP, 0, 0, 0, 0));
        try (var k = dev.bpfj.kernel.LoadedObject.load(new ObjectSpec(List.of(ProgramSpec.of("probe", "xdp", probe)),
                List.of(outMap), "GPL"))) {
            return k.result("probe").accepted();
        }
    }

    @Test
    void randomArithmeticAgrees() {
        Twin.requireKernel();
        Random r = new Random(20260101);
        MapSpec outMap = MapSpec.builder("out", MapType.ARRAY).keySize(4).valueSize(144).maxEntries(1).build();
        boolean acquireRelease = kernelHasAcquireRelease(outMap);
        for (int batch = 0; batch < PROGRAMS / 30; batch++) {
            List<ProgramSpec> programs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                List<Instruction> insns = randomBody(r, acquireRelease);
                insns.addAll(epilogue());
                programs.add(ProgramSpec.of("alu" + i, "xdp", insns));
            }
            try (Twin t = new Twin(new ObjectSpec(programs, List.of(outMap), "GPL"))) {
                for (ProgramSpec p : programs) {
                    t.assertSame(p.name(), XdpInput.of(Programs.PACKET));
                    t.assertMapsSame();
                }
            }
        }
    }
}
