package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;
import static dev.bpfj.verifier.Reg.S64_MAX;
import static dev.bpfj.verifier.Reg.S64_MIN;
import static dev.bpfj.verifier.Reg.U32_MAX;

/**
 * Scalar range arithmetic the way Linux does it ({@code reg_bounds_sync}, the
 * {@code scalar*_min_max_*} transfer functions, {@code is_scalar_branch_taken},
 * {@code regs_refine_cond_op}): tnum plus signed/unsigned 64- and 32-bit bounds, cross-refined after
 * every change. Unsigned 64-bit values live in Java longs and are compared with
 * {@link Long#compareUnsigned}; unsigned 32-bit values in longs holding 0..2^32-1.
 */
final class Bounds {
    private Bounds() {}

    static boolean ult(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    static boolean ugt(long a, long b) {
        return Long.compareUnsigned(a, b) > 0;
    }

    static long umax(long a, long b) {
        return ugt(a, b) ? a : b;
    }

    static long umin(long a, long b) {
        return ult(a, b) ? a : b;
    }

    // ---- reg_bounds_sync -------------------------------------------------------------------

    static void updateBounds32(Reg r) {
        Tnum v = r.varOff.subreg();
        r.s32min = Math.max(r.s32min, (int) (v.value() | (v.mask() & 0x80000000L)));
        r.s32max = Math.min(r.s32max, (int) (v.value() | (v.mask() & 0x7fffffffL)));
        r.u32min = Math.max(r.u32min, v.value());
        r.u32max = Math.min(r.u32max, v.value() | v.mask());
    }

    static void updateBounds64(Reg r) {
        Tnum v = r.varOff;
        r.smin = Math.max(r.smin, v.value() | (v.mask() & S64_MIN));
        r.smax = Math.min(r.smax, v.value() | (v.mask() & S64_MAX));
        r.umin = umax(r.umin, v.value());
        r.umax = umin(r.umax, v.value() | v.mask());
    }

    static void updateBounds(Reg r) {
        updateBounds32(r);
        updateBounds64(r);
    }

    private static void deduce32(Reg r) {
        if ((r.umin >>> 32) == (r.umax >>> 32)) {
            r.u32min = Math.max(r.u32min, r.umin & U32_MAX);
            r.u32max = Math.min(r.u32max, r.umax & U32_MAX);
            if ((int) r.umin <= (int) r.umax) {
                r.s32min = Math.max(r.s32min, (int) r.umin);
                r.s32max = Math.min(r.s32max, (int) r.umax);
            }
        }
        if ((r.smin >> 32) == (r.smax >> 32)) {
            if ((r.smin & U32_MAX) <= (r.smax & U32_MAX)) {
                r.u32min = Math.max(r.u32min, r.smin & U32_MAX);
                r.u32max = Math.min(r.u32max, r.smax & U32_MAX);
            }
            if ((int) r.smin <= (int) r.smax) {
                r.s32min = Math.max(r.s32min, (int) r.smin);
                r.s32max = Math.min(r.s32max, (int) r.smax);
            }
        }
        if ((int) ((r.umin >>> 32) + 1) == (int) (r.umax >>> 32) && (int) r.umin < 0 && (int) r.umax >= 0) {
            r.s32min = Math.max(r.s32min, (int) r.umin);
            r.s32max = Math.min(r.s32max, (int) r.umax);
        }
        if ((int) ((r.smin >> 32) + 1) == (int) (r.smax >> 32) && (int) r.smin < 0 && (int) r.smax >= 0) {
            r.s32min = Math.max(r.s32min, (int) r.smin);
            r.s32max = Math.min(r.s32max, (int) r.smax);
        }
        if ((int) r.u32min <= (int) r.u32max) {
            r.s32min = Math.max(r.s32min, (int) r.u32min);
            r.s32max = Math.min(r.s32max, (int) r.u32max);
        }
        long s32minU = r.s32min & U32_MAX;
        long s32maxU = r.s32max & U32_MAX;
        if (s32minU <= s32maxU) {
            r.u32min = Math.max(s32minU, r.u32min);
            r.u32max = Math.min(s32maxU, r.u32max);
        } else {
            if (r.u32max < s32minU) {
                r.s32min = (int) r.u32min;
                r.u32max = Math.min(r.u32max, s32maxU);
            } else if (s32maxU < r.u32min) {
                r.s32max = (int) r.u32max;
                r.u32min = Math.max(r.u32min, s32minU);
            }
        }
    }

    private static void deduce64(Reg r) {
        if (r.umin <= r.umax) { // as signed
            r.smin = Math.max(r.smin, r.umin);
            r.smax = Math.min(r.smax, r.umax);
        }
        if (!ugt(r.smin, r.smax)) {
            r.umin = umax(r.smin, r.umin);
            r.umax = umin(r.smax, r.umax);
        } else {
            if (ult(r.umax, r.smin)) {
                r.smin = r.umin;
                r.umax = umin(r.umax, r.smax);
            } else if (ult(r.smax, r.umin)) {
                r.smax = r.umax;
                r.umin = umax(r.umin, r.smin);
            }
        }
    }

    private static void deduceMixed(Reg r) {
        long hiMask = ~U32_MAX;
        long newUmin = (r.umin & hiMask) | r.u32min;
        long newUmax = (r.umax & hiMask) | r.u32max;
        r.umin = umax(r.umin, newUmin);
        r.umax = umin(r.umax, newUmax);
        long newSmin = (r.smin & hiMask) | r.u32min;
        long newSmax = (r.smax & hiMask) | r.u32max;
        r.smin = Math.max(r.smin, newSmin);
        r.smax = Math.min(r.smax, newSmax);
        long s32minU = r.s32min & U32_MAX;
        long s32maxU = r.s32max & U32_MAX;
        if (s32minU <= s32maxU) {
            newUmin = (r.umin & hiMask) | s32minU;
            newUmax = (r.umax & hiMask) | s32maxU;
            r.umin = umax(r.umin, newUmin);
            r.umax = umin(r.umax, newUmax);
            newSmin = (r.smin & hiMask) | s32minU;
            newSmax = (r.smax & hiMask) | s32maxU;
            r.smin = Math.max(r.smin, newSmin);
            r.smax = Math.min(r.smax, newSmax);
        }
        if (r.s32min >= 0 && r.smin >= Integer.MIN_VALUE && r.smax <= Integer.MAX_VALUE) {
            r.smin = r.s32min;
            r.smax = r.s32max;
            r.umin = r.s32min;
            r.umax = r.s32max;
            r.varOff = r.varOff.intersect(Tnum.range(r.smin, r.smax));
        }
    }

    static void deduce(Reg r) {
        deduce32(r);
        deduce64(r);
        deduceMixed(r);
    }

    static void boundOffset(Reg r) {
        Tnum v64 = r.varOff.intersect(Tnum.range(r.umin, r.umax));
        Tnum v32 = v64.subreg().intersect(Tnum.range(r.u32min, r.u32max));
        r.varOff = v64.clearSubreg().or(v32);
    }

    /** {@code reg_bounds_sync}. */
    static void sync(Reg r) {
        updateBounds(r);
        deduce(r);
        deduce(r);
        deduce(r);
        boundOffset(r);
        updateBounds(r);
    }

    /**
     * {@code reg_bounds_sanity_check}: bounds that contradict each other (from dead branches) are
     * reset to unbounded, as the kernel does when not testing invariants.
     */
    static void sanity(Reg r) {
        if (r.type != RegType.SCALAR) {
            return;
        }
        boolean bad = ugt(r.umin, r.umax) || r.smin > r.smax || r.u32min > r.u32max || r.s32min > r.s32max;
        if (!bad && r.varOff.isConst()) {
            long v = r.varOff.value();
            bad = r.umin != v || r.umax != v || r.smin != v || r.smax != v;
        }
        if (!bad && r.varOff.subregIsConst()) {
            long v = r.varOff.value() & U32_MAX;
            bad = r.u32min != v || r.u32max != v || r.s32min != (int) v || r.s32max != (int) v;
        }
        if (bad) {
            r.markUnbounded();
        }
    }

    // ---- coercions ------------------------------------------------------------------------

    /** {@code __reg_assign_32_into_64}. */
    static void assign32Into64(Reg r) {
        r.umin = r.u32min;
        r.umax = r.u32max;
        if (r.s32min >= 0 && r.s32max >= 0) {
            r.smin = r.s32min;
            r.smax = r.s32max;
        } else {
            r.smin = 0;
            r.smax = U32_MAX;
        }
    }

    /** {@code zext_32_to_64}: an ALU32 result clears the upper half. */
    static void zext32To64(Reg r) {
        r.varOff = r.varOff.subreg();
        assign32Into64(r);
    }

    /** {@code coerce_reg_to_size}: a zero-extending load of {@code size} bytes. */
    static void coerceToSize(Reg r, int size) {
        r.varOff = r.varOff.cast(size);
        long mask = size >= 8 ? -1L : (1L << (size * 8)) - 1;
        if ((r.umin & ~mask) == (r.umax & ~mask)) {
            r.umin &= mask;
            r.umax &= mask;
        } else {
            r.umin = 0;
            r.umax = mask;
        }
        r.smin = r.umin;
        r.smax = r.umax;
        if (size < 4) {
            r.mark32Unbounded();
        }
        sync(r);
    }

    private static long signExtend(long v, int size) {
        int bits = 64 - size * 8;
        return (v << bits) >> bits;
    }

    /** {@code coerce_reg_to_size_sx}: a sign-extending load or move of {@code size} bytes. */
    static void coerceToSizeSx(Reg r, int size) {
        int numBits = size * 8;
        if (r.varOff.isConst()) {
            long c = signExtend(r.varOff.value(), size);
            r.varOff = Tnum.constant(c);
            r.smin = r.smax = c;
            r.umin = r.umax = c;
            r.s32min = r.s32max = (int) c;
            r.u32min = r.u32max = c & U32_MAX;
            return;
        }
        long topSmax = (r.smax >>> numBits) << numBits;
        long topSmin = (r.smin >>> numBits) << numBits;
        if (topSmax == topSmin) {
            long initMax = signExtend(r.smax, size);
            long initMin = signExtend(r.smin, size);
            long max = Math.max(initMax, initMin);
            long min = Math.min(initMax, initMin);
            if ((max >= 0) == (min >= 0)) {
                r.s32min = (int) min;
                r.smin = min;
                r.s32max = (int) max;
                r.smax = max;
                r.u32min = min & U32_MAX;
                r.umin = min;
                r.u32max = max & U32_MAX;
                r.umax = max;
                r.varOff = Tnum.range(min, max);
                return;
            }
        }
        long lo = -(1L << (numBits - 1));
        long hi = (1L << (numBits - 1)) - 1;
        r.smin = lo;
        r.s32min = (int) lo;
        r.smax = hi;
        r.s32max = (int) hi;
        r.umin = 0;
        r.u32min = 0;
        r.umax = -1L;
        r.u32max = U32_MAX;
        r.varOff = Tnum.UNKNOWN;
    }

    /** {@code coerce_subreg_to_size_sx}: {@code w1 = (s8/s16) w2}. */
    static void coerceSubregToSizeSx(Reg r, int size) {
        int numBits = size * 8;
        if (r.varOff.isConst()) {
            long c = signExtend(r.varOff.value(), size);
            r.varOff = Tnum.constant(c);
            r.s32min = r.s32max = (int) c;
            r.u32min = r.u32max = c & U32_MAX;
            return;
        }
        long topSmax = ((r.s32max & U32_MAX) >>> numBits) << numBits;
        long topSmin = ((r.s32min & U32_MAX) >>> numBits) << numBits;
        if (topSmax == topSmin) {
            int initMax = (int) signExtend(r.s32max, size);
            int initMin = (int) signExtend(r.s32min, size);
            int max = Math.max(initMax, initMin);
            int min = Math.min(initMax, initMin);
            if ((min >= 0) == (max >= 0)) {
                r.s32min = min;
                r.s32max = max;
                r.u32min = min & U32_MAX;
                r.u32max = max & U32_MAX;
                r.varOff = Tnum.range(min, max).subreg();
                return;
            }
        }
        r.s32min = -(1 << (numBits - 1));
        r.s32max = (1 << (numBits - 1)) - 1;
        r.u32min = 0;
        r.u32max = U32_MAX;
        r.varOff = Tnum.UNKNOWN.subreg();
    }

    // ---- scalar ALU transfer functions (adjust_scalar_min_max_vals) ------------------------------

    /** Whether the kernel computes a range for this op ({@code is_safe_to_compute_dst_reg_range}). */
    static boolean safeToCompute(int op, boolean alu64, Reg src) {
        boolean srcConst;
        if (!alu64) {
            srcConst = src.varOff.subregIsConst() && src.s32min == src.s32max && src.u32min == src.u32max;
        } else {
            srcConst = src.varOff.isConst() && src.smin == src.smax && src.umin == src.umax;
        }
        return switch (op) {
            case ADD, SUB, AND, XOR, OR, MUL -> true;
            case LSH, RSH, ARSH -> srcConst && Long.compareUnsigned(src.umax, alu64 ? 64 : 32) < 0;
            default -> false;
        };
    }

    static void alu(int op, boolean alu64, Reg dst, Reg src) {
        switch (op) {
            case ADD -> {
                add32(dst, src);
                add64(dst, src);
                dst.varOff = dst.varOff.add(src.varOff);
            }
            case SUB -> {
                sub32(dst, src);
                sub64(dst, src);
                dst.varOff = dst.varOff.sub(src.varOff);
            }
            case MUL -> {
                dst.varOff = dst.varOff.mul(src.varOff);
                mul32(dst, src);
                mul64(dst, src);
            }
            case AND -> {
                dst.varOff = dst.varOff.and(src.varOff);
                and32(dst, src);
                and64(dst, src);
            }
            case OR -> {
                dst.varOff = dst.varOff.or(src.varOff);
                or32(dst, src);
                or64(dst, src);
            }
            case XOR -> {
                dst.varOff = dst.varOff.xor(src.varOff);
                xor32(dst, src);
                xor64(dst, src);
            }
            case LSH -> {
                if (!alu64) {
                    lsh32(dst, src);
                } else {
                    lsh64(dst, src);
                }
            }
            case RSH -> {
                if (!alu64) {
                    rsh32(dst, src);
                } else {
                    rsh64(dst, src);
                }
            }
            case ARSH -> {
                if (!alu64) {
                    arsh32(dst, src);
                } else {
                    arsh64(dst, src);
                }
            }
            default -> {
            }
        }
        if (!alu64) {
            zext32To64(dst);
        }
        sync(dst);
    }

    private static void add32(Reg d, Reg s) {
        long smin = (long) d.s32min + s.s32min;
        long smax = (long) d.s32max + s.s32max;
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        long umin = d.u32min + s.u32min;
        long umax = d.u32max + s.u32max;
        if (umin > U32_MAX || umax > U32_MAX) {
            d.u32min = 0;
            d.u32max = U32_MAX;
        } else {
            d.u32min = umin;
            d.u32max = umax;
        }
    }

    private static void add64(Reg d, Reg s) {
        long smin = d.smin + s.smin;
        long smax = d.smax + s.smax;
        boolean ovf = ((d.smin ^ smin) & (s.smin ^ smin)) < 0 || ((d.smax ^ smax) & (s.smax ^ smax)) < 0;
        if (ovf) {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        long umin = d.umin + s.umin;
        long umax = d.umax + s.umax;
        if (ult(umin, d.umin) || ult(umax, d.umax)) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin = umin;
            d.umax = umax;
        }
    }

    private static void sub32(Reg d, Reg s) {
        long smin = (long) d.s32min - s.s32max;
        long smax = (long) d.s32max - s.s32min;
        if (smin != (int) smin || smax != (int) smax) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) smin;
            d.s32max = (int) smax;
        }
        if (d.u32min < s.u32max) {
            d.u32min = 0;
            d.u32max = U32_MAX;
        } else {
            d.u32min -= s.u32max;
            d.u32max -= s.u32min;
        }
    }

    private static void sub64(Reg d, Reg s) {
        long smin = d.smin - s.smax;
        long smax = d.smax - s.smin;
        boolean ovf = ((d.smin ^ s.smax) & (d.smin ^ smin)) < 0 || ((d.smax ^ s.smin) & (d.smax ^ smax)) < 0;
        if (ovf) {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
        } else {
            d.smin = smin;
            d.smax = smax;
        }
        if (ult(d.umin, s.umax)) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin -= s.umax;
            d.umax -= s.umin;
        }
    }

    private static void mul32(Reg d, Reg s) {
        if (s.s32min < 0 || d.s32min < 0 || s.u32max > 0xffff || d.u32max > 0xffff) {
            d.mark32Unbounded();
            return;
        }
        d.u32min *= s.u32min;
        d.u32max *= s.u32max;
        if (d.u32max > Integer.MAX_VALUE) {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        } else {
            d.s32min = (int) d.u32min;
            d.s32max = (int) d.u32max;
        }
    }

    private static void mul64(Reg d, Reg s) {
        if (s.smin < 0 || d.smin < 0 || ugt(s.umax, U32_MAX) || ugt(d.umax, U32_MAX)) {
            d.mark64Unbounded();
            return;
        }
        d.umin *= s.umin;
        d.umax *= s.umax;
        if (d.umax < 0) {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
        } else {
            d.smin = d.umin;
            d.smax = d.umax;
        }
    }

    private static void and32(Reg d, Reg s) {
        Tnum v = d.varOff.subreg();
        if (s.varOff.subregIsConst() && d.varOff.subregIsConst()) {
            d.setKnown32(v.value());
            return;
        }
        d.u32min = v.value();
        d.u32max = Math.min(d.u32max, s.u32max);
        signed32FromUnsigned(d);
    }

    private static void and64(Reg d, Reg s) {
        if (s.varOff.isConst() && d.varOff.isConst()) {
            d.setKnown(d.varOff.value());
            return;
        }
        d.umin = d.varOff.value();
        d.umax = umin(d.umax, s.umax);
        signed64FromUnsigned(d);
        updateBounds(d);
    }

    private static void or32(Reg d, Reg s) {
        Tnum v = d.varOff.subreg();
        if (s.varOff.subregIsConst() && d.varOff.subregIsConst()) {
            d.setKnown32(v.value());
            return;
        }
        d.u32min = Math.max(d.u32min, s.u32min);
        d.u32max = v.value() | v.mask();
        signed32FromUnsigned(d);
    }

    private static void or64(Reg d, Reg s) {
        if (s.varOff.isConst() && d.varOff.isConst()) {
            d.setKnown(d.varOff.value());
            return;
        }
        d.umin = umax(d.umin, s.umin);
        d.umax = d.varOff.value() | d.varOff.mask();
        signed64FromUnsigned(d);
        updateBounds(d);
    }

    private static void xor32(Reg d, Reg s) {
        Tnum v = d.varOff.subreg();
        if (s.varOff.subregIsConst() && d.varOff.subregIsConst()) {
            d.setKnown32(v.value());
            return;
        }
        d.u32min = v.value();
        d.u32max = v.value() | v.mask();
        signed32FromUnsigned(d);
    }

    private static void xor64(Reg d, Reg s) {
        if (s.varOff.isConst() && d.varOff.isConst()) {
            d.setKnown(d.varOff.value());
            return;
        }
        d.umin = d.varOff.value();
        d.umax = d.varOff.value() | d.varOff.mask();
        signed64FromUnsigned(d);
        updateBounds(d);
    }

    private static void signed32FromUnsigned(Reg d) {
        if ((int) d.u32min <= (int) d.u32max) {
            d.s32min = (int) d.u32min;
            d.s32max = (int) d.u32max;
        } else {
            d.s32min = Integer.MIN_VALUE;
            d.s32max = Integer.MAX_VALUE;
        }
    }

    private static void signed64FromUnsigned(Reg d) {
        if (d.umin <= d.umax) {
            d.smin = d.umin;
            d.smax = d.umax;
        } else {
            d.smin = S64_MIN;
            d.smax = S64_MAX;
        }
    }

    private static void lsh32Bounds(Reg d, long uminVal, long umaxVal) {
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        if (ugt(umaxVal, 31) || d.u32max > (1L << (31 - umaxVal))) {
            d.u32min = 0;
            d.u32max = U32_MAX;
        } else {
            d.u32min = (d.u32min << uminVal) & U32_MAX;
            d.u32max = (d.u32max << umaxVal) & U32_MAX;
        }
    }

    private static void lsh32(Reg d, Reg s) {
        Tnum sub = d.varOff.subreg();
        lsh32Bounds(d, s.u32min, s.u32max);
        d.varOff = sub.lshift((int) s.u32min).subreg();
        d.mark64Unbounded();
        updateBounds32(d);
    }

    private static void lsh64(Reg d, Reg s) {
        long uminVal = s.umin;
        long umaxVal = s.umax;
        if (uminVal == 32 && umaxVal == 32) {
            d.smax = (long) d.s32max << 32;
            d.smin = (long) d.s32min << 32;
        } else {
            d.smax = S64_MAX;
            d.smin = S64_MIN;
        }
        if (ugt(d.umax, 1L << (63 - umaxVal))) {
            d.umin = 0;
            d.umax = -1L;
        } else {
            d.umin <<= uminVal;
            d.umax <<= umaxVal;
        }
        lsh32Bounds(d, uminVal, umaxVal);
        d.varOff = d.varOff.lshift((int) uminVal);
        updateBounds(d);
    }

    private static void rsh32(Reg d, Reg s) {
        Tnum sub = d.varOff.subreg();
        d.s32min = Integer.MIN_VALUE;
        d.s32max = Integer.MAX_VALUE;
        d.varOff = sub.rshift((int) s.u32min);
        d.u32min >>>= s.u32max;
        d.u32max >>>= s.u32min;
        d.mark64Unbounded();
        updateBounds32(d);
    }

    private static void rsh64(Reg d, Reg s) {
        d.smin = S64_MIN;
        d.smax = S64_MAX;
        d.varOff = d.varOff.rshift((int) s.umin);
        d.umin >>>= s.umax;
        d.umax >>>= s.umin;
        d.mark32Unbounded();
        updateBounds(d);
    }

    private static void arsh32(Reg d, Reg s) {
        int sh = (int) s.u32min;
        d.s32min = d.s32min >> sh;
        d.s32max = d.s32max >> sh;
        d.varOff = d.varOff.subreg().arshift(sh, 32);
        d.u32min = 0;
        d.u32max = U32_MAX;
        d.mark64Unbounded();
        updateBounds32(d);
    }

    private static void arsh64(Reg d, Reg s) {
        int sh = (int) s.umin;
        d.smin >>= sh;
        d.smax >>= sh;
        d.varOff = d.varOff.arshift(sh, 64);
        d.umin = 0;
        d.umax = -1L;
        d.mark32Unbounded();
        updateBounds(d);
    }

    /** {@code BPF_NEG}: the range of {@code 0 - x}. */
    static void neg(Reg d, boolean alu64) {
        Reg x = d.copy();
        d.setKnown(0);
        sub32(d, x);
        sub64(d, x);
        d.varOff = Tnum.ZERO.sub(x.varOff);
        if (!alu64) {
            zext32To64(d);
        }
        sync(d);
    }

    /** {@code scalar_min_max_add} and friends applied for {@code sync_linked_regs}' delta. */
    static void addConst(Reg d, long delta) {
        Reg s = new Reg();
        s.markKnown(delta);
        add32(d, s);
        add64(d, s);
        d.varOff = d.varOff.add(s.varOff);
    }

    // ---- branches -------------------------------------------------------------------------------

    static int flip(int op) {
        return switch (op) {
            case JGE -> JLE;
            case JGT -> JLT;
            case JLE -> JGE;
            case JLT -> JGT;
            case JSGE -> JSLE;
            case JSGT -> JSLT;
            case JSLE -> JSGE;
            case JSLT -> JSGT;
            default -> op;
        };
    }

    /** JSET's negation is encoded as {@code JSET | X}, as the kernel's {@code rev_opcode} does. */
    static final int JSET_NEG = JSET | X;

    static int reverse(int op) {
        return switch (op) {
            case JEQ -> JNE;
            case JNE -> JEQ;
            case JSET -> JSET_NEG;
            case JSET_NEG -> JSET;
            case JGE -> JLT;
            case JGT -> JLE;
            case JLE -> JGT;
            case JLT -> JGE;
            case JSGE -> JSLT;
            case JSGT -> JSLE;
            case JSLE -> JSGT;
            case JSLT -> JSGE;
            default -> 0;
        };
    }

    /** {@code is_scalar_branch_taken}: 1 taken, 0 not taken, -1 unknown. */
    static int scalarBranchTaken(Reg r1, Reg r2, int op, boolean jmp32) {
        Tnum t1 = jmp32 ? r1.varOff.subreg() : r1.varOff;
        Tnum t2 = jmp32 ? r2.varOff.subreg() : r2.varOff;
        long umin1 = jmp32 ? r1.u32min : r1.umin;
        long umax1 = jmp32 ? r1.u32max : r1.umax;
        long smin1 = jmp32 ? r1.s32min : r1.smin;
        long smax1 = jmp32 ? r1.s32max : r1.smax;
        long umin2 = jmp32 ? r2.u32min : r2.umin;
        long umax2 = jmp32 ? r2.u32max : r2.umax;
        long smin2 = jmp32 ? r2.s32min : r2.smin;
        long smax2 = jmp32 ? r2.s32max : r2.smax;
        switch (op) {
            case JEQ, JNE -> {
                int eq = op == JEQ ? 1 : 0;
                if (t1.isConst() && t2.isConst()) {
                    return t1.value() == t2.value() ? eq : 1 - eq;
                }
                if (!t1.overlaps(t2)) {
                    return 1 - eq;
                }
                if (ugt(umin1, umax2) || ult(umax1, umin2)) {
                    return 1 - eq;
                }
                if (smin1 > smax2 || smax1 < smin2) {
                    return 1 - eq;
                }
                if (!jmp32) {
                    if (r1.u32min > r2.u32max || r1.u32max < r2.u32min) {
                        return 1 - eq;
                    }
                    if (r1.s32min > r2.s32max || r1.s32max < r2.s32min) {
                        return 1 - eq;
                    }
                }
            }
            case JSET -> {
                if (!r2.isConst(jmp32)) {
                    Tnum t = t1;
                    t1 = t2;
                    t2 = t;
                    if (!r1.isConst(jmp32)) {
                        return -1;
                    }
                }
                if ((~t1.mask() & t1.value() & t2.value()) != 0) {
                    return 1;
                }
                if (((t1.mask() | t1.value()) & t2.value()) == 0) {
                    return 0;
                }
            }
            case JGT -> {
                if (ugt(umin1, umax2)) {
                    return 1;
                } else if (!ugt(umax1, umin2)) {
                    return 0;
                }
            }
            case JSGT -> {
                if (smin1 > smax2) {
                    return 1;
                } else if (smax1 <= smin2) {
                    return 0;
                }
            }
            case JLT -> {
                if (ult(umax1, umin2)) {
                    return 1;
                } else if (!ult(umin1, umax2)) {
                    return 0;
                }
            }
            case JSLT -> {
                if (smax1 < smin2) {
                    return 1;
                } else if (smin1 >= smax2) {
                    return 0;
                }
            }
            case JGE -> {
                if (!ult(umin1, umax2)) {
                    return 1;
                } else if (ult(umax1, umin2)) {
                    return 0;
                }
            }
            case JSGE -> {
                if (smin1 >= smax2) {
                    return 1;
                } else if (smax1 < smin2) {
                    return 0;
                }
            }
            case JLE -> {
                if (!ugt(umax1, umin2)) {
                    return 1;
                } else if (ugt(umin1, umax2)) {
                    return 0;
                }
            }
            case JSLE -> {
                if (smax1 <= smin2) {
                    return 1;
                } else if (smin1 > smax2) {
                    return 0;
                }
            }
            default -> {
            }
        }
        return -1;
    }

    /** {@code regs_refine_cond_op}: narrows both operands assuming {@code r1 op r2} holds. */
    static void refine(Reg r1, Reg r2, int op, boolean jmp32) {
        switch (op) {
            case JGE, JGT, JSGE, JSGT -> {
                op = flip(op);
                Reg t = r1;
                r1 = r2;
                r2 = t;
            }
            default -> {
            }
        }
        switch (op) {
            case JEQ -> {
                if (jmp32) {
                    r1.u32min = Math.max(r1.u32min, r2.u32min);
                    r1.u32max = Math.min(r1.u32max, r2.u32max);
                    r1.s32min = Math.max(r1.s32min, r2.s32min);
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.u32min = r1.u32min;
                    r2.u32max = r1.u32max;
                    r2.s32min = r1.s32min;
                    r2.s32max = r1.s32max;
                    Tnum t = r1.varOff.subreg().intersect(r2.varOff.subreg());
                    r1.varOff = r1.varOff.withSubreg(t);
                    r2.varOff = r2.varOff.withSubreg(t);
                } else {
                    r1.umin = umax(r1.umin, r2.umin);
                    r1.umax = umin(r1.umax, r2.umax);
                    r1.smin = Math.max(r1.smin, r2.smin);
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.umin = r1.umin;
                    r2.umax = r1.umax;
                    r2.smin = r1.smin;
                    r2.smax = r1.smax;
                    r1.varOff = r1.varOff.intersect(r2.varOff);
                    r2.varOff = r1.varOff;
                }
            }
            case JNE -> {
                if (!r2.isConst(jmp32)) {
                    Reg t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.isConst(jmp32)) {
                    break;
                }
                long val = r2.constValue(jmp32);
                if (jmp32) {
                    if (r1.u32min == (val & U32_MAX)) {
                        r1.u32min++;
                    }
                    if (r1.u32max == (val & U32_MAX)) {
                        r1.u32max--;
                    }
                    if (r1.s32min == (int) val) {
                        r1.s32min++;
                    }
                    if (r1.s32max == (int) val) {
                        r1.s32max--;
                    }
                } else {
                    if (r1.umin == val) {
                        r1.umin++;
                    }
                    if (r1.umax == val) {
                        r1.umax--;
                    }
                    if (r1.smin == val) {
                        r1.smin++;
                    }
                    if (r1.smax == val) {
                        r1.smax--;
                    }
                }
            }
            case JSET -> {
                if (!r2.isConst(jmp32)) {
                    Reg t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.isConst(jmp32)) {
                    break;
                }
                long val = r2.constValue(jmp32);
                if (val == 0 || (val & (val - 1)) != 0) {
                    break;
                }
                if (jmp32) {
                    r1.varOff = r1.varOff.withSubreg(r1.varOff.subreg().or(Tnum.constant(val)));
                } else {
                    r1.varOff = r1.varOff.or(Tnum.constant(val));
                }
            }
            case JSET_NEG -> {
                if (!r2.isConst(jmp32)) {
                    Reg t = r1;
                    r1 = r2;
                    r2 = t;
                }
                if (!r2.isConst(jmp32)) {
                    break;
                }
                long val = r2.constValue(jmp32);
                r1.markUnbounded();
                if (jmp32) {
                    r1.varOff = r1.varOff.withSubreg(r1.varOff.subreg().and(Tnum.constant(~val)));
                } else {
                    r1.varOff = r1.varOff.and(Tnum.constant(~val));
                }
            }
            case JLE -> {
                if (jmp32) {
                    r1.u32max = Math.min(r1.u32max, r2.u32max);
                    r2.u32min = Math.max(r1.u32min, r2.u32min);
                } else {
                    r1.umax = umin(r1.umax, r2.umax);
                    r2.umin = umax(r1.umin, r2.umin);
                }
            }
            case JLT -> {
                if (jmp32) {
                    r1.u32max = Math.min(r1.u32max, (r2.u32max - 1) & U32_MAX);
                    r2.u32min = Math.max((r1.u32min + 1) & U32_MAX, r2.u32min);
                } else {
                    r1.umax = umin(r1.umax, r2.umax - 1);
                    r2.umin = umax(r1.umin + 1, r2.umin);
                }
            }
            case JSLE -> {
                if (jmp32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.s32min = Math.max(r1.s32min, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.smin = Math.max(r1.smin, r2.smin);
                }
            }
            case JSLT -> {
                if (jmp32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max - 1);
                    r2.s32min = Math.max(r1.s32min + 1, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax - 1);
                    r2.smin = Math.max(r1.smin + 1, r2.smin);
                }
            }
            default -> {
            }
        }
    }
}
