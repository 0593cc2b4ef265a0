package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The range arithmetic must never exclude a value a concrete execution can produce. */
class BoundsTest {

    @Test
    void tnumRangeAndArithmetic() {
        assertThat(Tnum.range(0, 255)).isEqualTo(new Tnum(0, 0xff));
        assertThat(Tnum.range(8, 8)).isEqualTo(new Tnum(8, 0));
        assertThat(new Tnum(0, 0xff).add(Tnum.constant(1))).isEqualTo(new Tnum(0, 0x1ff));
        assertThat(new Tnum(0, 0xf).and(Tnum.constant(3))).isEqualTo(new Tnum(0, 3));
        assertThat(new Tnum(0, 0xff)).hasToString("(0x0; 0xff)");
    }

    private static Reg range(long lo, long hi) {
        Reg r = new Reg();
        r.markUnknown();
        r.umin = lo;
        r.umax = hi;
        Bounds.sync(r);
        return r;
    }

    private static boolean contains(Reg r, long v) {
        return Long.compareUnsigned(r.umin, v) <= 0 && Long.compareUnsigned(v, r.umax) <= 0 && r.smin <= v
                && v <= r.smax && (int) v >= r.s32min && (int) v <= r.s32max && (v & 0xffffffffL) >= r.u32min
                && (v & 0xffffffffL) <= r.u32max && (v & ~r.varOff.mask()) == r.varOff.value();
    }

    @Test
    void aluResultsContainEveryConcreteResult() {
        Random rnd = new Random(42);
        int[] ops = {ADD, SUB, MUL, AND, OR, XOR, LSH, RSH, ARSH};
        for (int iter = 0; iter < 20_000; iter++) {
            long a0 = rnd.nextInt(1000) - (iter % 3 == 0 ? 500 : 0);
            long a1 = a0 + rnd.nextInt(300);
            long b0 = rnd.nextInt(40);
            long b1 = b0 + rnd.nextInt(3);
            int op = ops[rnd.nextInt(ops.length)];
            boolean alu64 = rnd.nextBoolean();
            if (op == LSH || op == RSH || op == ARSH) {
                b1 = b0 = rnd.nextInt(alu64 ? 64 : 32);
            }
            Reg d = range(a0, a1);
            d.smin = a0;
            d.smax = a1;
            if (a0 < 0) {
                d.umin = 0;
                d.umax = -1L;
            }
            Bounds.sync(d);
            Reg s = range(b0, b1);
            long x = a0 + (a1 > a0 ? rnd.nextLong(a1 - a0 + 1) : 0);
            long y = b0 + (b1 > b0 ? rnd.nextLong(b1 - b0 + 1) : 0);
            if (!contains(d, x) || !contains(s, y)) {
                continue;
            }
            long expect = switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case AND -> x & y;
                case OR -> x | y;
                case XOR -> x ^ y;
                case LSH -> alu64 ? x << y : (long) ((int) x << y);
                case RSH -> alu64 ? x >>> y : (long) ((int) x >>> y);
                default -> alu64 ? x >> y : (long) ((int) x >> y);
            };
            if (!alu64) {
                expect &= 0xffffffffL;
            }
            if (Bounds.safeToCompute(op, alu64, s)) {
                Bounds.alu(op, alu64, d, s);
                assertThat(contains(d, expect)).as("%d op %x %d (alu64=%s) -> %d not in %s", x, op, y, alu64, expect, d)
                        .isTrue();
            }
        }
    }

    @Test
    void branchRefinementKeepsFeasibleValues() {
        Random rnd = new Random(7);
        int[] ops = {JEQ, JNE, JGT, JGE, JLT, JLE, JSGT, JSGE, JSLT, JSLE};
        for (int iter = 0; iter < 20_000; iter++) {
            long lo = rnd.nextInt(200) - 100;
            long hi = lo + rnd.nextInt(100);
            long c = rnd.nextInt(300) - 150;
            long x = lo + rnd.nextLong(hi - lo + 1);
            int op = ops[rnd.nextInt(ops.length)];
            Reg r = new Reg();
            r.markUnknown();
            r.smin = lo;
            r.smax = hi;
            Bounds.sync(r);
            Reg k = new Reg();
            k.markKnown(c);
            boolean taken = switch (op) {
                case JEQ -> x == c;
                case JNE -> x != c;
                case JGT -> Long.compareUnsigned(x, c) > 0;
                case JGE -> Long.compareUnsigned(x, c) >= 0;
                case JLT -> Long.compareUnsigned(x, c) < 0;
                case JLE -> Long.compareUnsigned(x, c) <= 0;
                case JSGT -> x > c;
                case JSGE -> x >= c;
                case JSLT -> x < c;
                default -> x <= c;
            };
            int pred = Bounds.scalarBranchTaken(r, k, op, false);
            if (pred >= 0) {
                assertThat(pred == 1).as("decided %d op %x %d", x, op, c).isEqualTo(taken);
                continue;
            }
            Bounds.refine(r, k, taken ? op : Bounds.reverse(op), false);
            Bounds.sync(r);
            assertThat(contains(r, x)).as("%d in [%d,%d] op %x %d taken=%s -> %s", x, lo, hi, op, c, taken, r).isTrue();
        }
    }
}
