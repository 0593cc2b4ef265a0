package dev.bpfj.verifier;

/**
 * A tracked number: bits set in {@code mask} are unknown, the others equal those of {@code value}
 * ({@code value & mask == 0}). The kernel's {@code struct tnum} with the same transfer functions, so
 * bit-level facts line up with what Linux derives.
 */
record Tnum(long value, long mask) {
    static final Tnum UNKNOWN = new Tnum(0, -1L);
    static final Tnum ZERO = new Tnum(0, 0);

    static Tnum constant(long v) {
        return v == 0 ? ZERO : new Tnum(v, 0);
    }

    /** The smallest tnum holding every value of the unsigned range [min, max]. */
    static Tnum range(long min, long max) {
        long chi = min ^ max;
        int bits = 64 - Long.numberOfLeadingZeros(chi);
        if (bits > 63) {
            return UNKNOWN;
        }
        long delta = (1L << bits) - 1;
        return new Tnum(min & ~delta, delta);
    }

    boolean isConst() {
        return mask == 0;
    }

    boolean isUnknown() {
        return mask == -1L;
    }

    boolean equalsConst(long v) {
        return mask == 0 && value == v;
    }

    Tnum lshift(int shift) {
        return new Tnum(value << shift, mask << shift);
    }

    Tnum rshift(int shift) {
        return new Tnum(value >>> shift, mask >>> shift);
    }

    Tnum arshift(int minShift, int bitness) {
        if (bitness == 32) {
            return new Tnum(Integer.toUnsignedLong(((int) value) >> minShift),
                    Integer.toUnsignedLong(((int) mask) >> minShift));
        }
        return new Tnum(value >> minShift, mask >> minShift);
    }

    Tnum add(Tnum b) {
        long sm = mask + b.mask;
        long sv = value + b.value;
        long sigma = sm + sv;
        long chi = sigma ^ sv;
        long mu = chi | mask | b.mask;
        return new Tnum(sv & ~mu, mu);
    }

    Tnum sub(Tnum b) {
        long dv = value - b.value;
        long alpha = dv + mask;
        long beta = dv - b.mask;
        long chi = alpha ^ beta;
        long mu = chi | mask | b.mask;
        return new Tnum(dv & ~mu, mu);
    }

    Tnum and(Tnum b) {
        long alpha = value | mask;
        long beta = b.value | b.mask;
        long v = value & b.value;
        return new Tnum(v, alpha & beta & ~v);
    }

    Tnum or(Tnum b) {
        long v = value | b.value;
        long mu = mask | b.mask;
        return new Tnum(v, mu & ~v);
    }

    Tnum xor(Tnum b) {
        long v = value ^ b.value;
        long mu = mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    Tnum mul(Tnum b) {
        Tnum a = this;
        long accV = a.value * b.value;
        Tnum accM = ZERO;
        while (a.value != 0 || a.mask != 0) {
            if ((a.value & 1) != 0) {
                accM = accM.add(new Tnum(0, b.mask));
            } else if ((a.mask & 1) != 0) {
                accM = accM.add(new Tnum(0, b.value | b.mask));
            }
            a = a.rshift(1);
            b = b.lshift(1);
        }
        return new Tnum(accV, 0).add(accM);
    }

    boolean overlaps(Tnum b) {
        long mu = ~mask & ~b.mask;
        return (value & mu) == (b.value & mu);
    }

    Tnum intersect(Tnum b) {
        long v = value | b.value;
        long mu = mask & b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /** The low {@code size} bytes. */
    Tnum cast(int size) {
        long m = size >= 8 ? -1L : (1L << (size * 8)) - 1;
        return new Tnum(value & m, mask & m);
    }

    boolean isAligned(long size) {
        return size == 0 || ((value | mask) & (size - 1)) == 0;
    }

    /** Whether every value {@code b} can take is one {@code this} can take. */
    boolean contains(Tnum b) {
        if ((b.mask & ~mask) != 0) {
            return false;
        }
        return value == (b.value & ~mask);
    }

    Tnum subreg() {
        return cast(4);
    }

    Tnum clearSubreg() {
        return rshift(32).lshift(32);
    }

    Tnum withSubreg(Tnum sub) {
        return clearSubreg().or(sub.subreg());
    }

    boolean subregIsConst() {
        return (mask & 0xffffffffL) == 0;
    }

    /** The kernel's {@code %#llx}: {@code 0x0} for zero too. */
    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** {@code (0x0; 0xff)} as the kernel's log prints it. */
    @Override
    public String toString() {
        if (mask == 0) {
            return Long.toString(value);
        }
        return "(" + hex(value) + "; " + hex(mask) + ")";
    }
}
