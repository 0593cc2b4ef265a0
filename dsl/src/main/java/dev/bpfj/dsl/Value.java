package dev.bpfj.dsl;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.JumpOp;
import dev.bpfj.core.SourceLocation;

/**
 * An integer value of a {@link ScalarType} computed by the program: a header field, a map value, a
 * helper's result, arithmetic on those — or a constant known at build time, which is folded.
 *
 * <p>Operations emit code where they are written (as Java evaluates them), into a fresh register;
 * the register allocator keeps what is needed and drops the rest. Arithmetic follows C's promotion
 * to at least 32 bits; network-order values are turned to host order before arithmetic, while
 * equality with a constant swaps the constant instead, at build time.
 */
public sealed class Value permits Var {
    final Gen gen;
    final ScalarType type;
    final boolean constant;
    final long value;
    final int reg;
    final int scope;
    final SourceLocation born;

    Value(Gen gen, ScalarType type, int reg) {
        this.gen = gen;
        this.type = type;
        this.constant = false;
        this.value = 0;
        this.reg = reg;
        this.scope = gen.currentScope();
        this.born = gen.code().here();
    }

    private Value(ScalarType type, long value) {
        this.gen = null;
        this.type = type;
        this.constant = true;
        this.value = type.normalize(value);
        this.reg = -1;
        this.scope = 0;
        this.born = null;
    }

    /** A constant of {@code type}. */
    public static Value of(ScalarType type, long value) {
        return new Value(type, value);
    }

    /** A {@code u32} constant, or {@code u64} when it does not fit 32 bits. */
    public static Value of(long value) {
        return new Value(value >= 0 && value <= 0xffffffffL ? ScalarType.U32 : ScalarType.U64, value);
    }

    public ScalarType type() {
        return type;
    }

    /** Whether the value is known at build time. */
    public boolean isConstant() {
        return constant;
    }

    /** The constant (for network-order types: the value as written, not the stored bytes). */
    public long constant() {
        if (!constant) {
            throw new BpfBuildException(born, "this value is computed by the program, not known at build time");
        }
        return value;
    }

    /** The function being compiled, where operations on this value emit their code. */
    private Gen gen(Value other) {
        Gen g = gen != null ? gen : other.gen;
        return g == null ? null : g.active(); // two constants fold without code
    }

    // ---------------------------------------------------------------- arithmetic

    public Value add(Value other) {
        return Gen.arith(gen(other), AluOp.ADD, this, other);
    }

    public Value add(long other) {
        return add(of(type.host(), other));
    }

    public Value sub(Value other) {
        return Gen.arith(gen(other), AluOp.SUB, this, other);
    }

    public Value sub(long other) {
        return sub(of(type.host(), other));
    }

    public Value mul(Value other) {
        return Gen.arith(gen(other), AluOp.MUL, this, other);
    }

    public Value mul(long other) {
        return mul(of(type.host(), other));
    }

    /** Division (signed if either side is signed); by a zero value it gives 0, as BPF defines. */
    public Value div(Value other) {
        return Gen.arith(gen(other), AluOp.DIV, this, other);
    }

    public Value div(long other) {
        return div(of(type.host(), other));
    }

    public Value mod(Value other) {
        return Gen.arith(gen(other), AluOp.MOD, this, other);
    }

    public Value mod(long other) {
        return mod(of(type.host(), other));
    }

    /** Bitwise and; with a constant and a network-order value, the constant is swapped instead. */
    public Value and(Value other) {
        return Gen.arith(gen(other), AluOp.AND, this, other);
    }

    public Value and(long other) {
        return and(of(type, other));
    }

    public Value or(Value other) {
        return Gen.arith(gen(other), AluOp.OR, this, other);
    }

    public Value or(long other) {
        return or(of(type, other));
    }

    public Value xor(Value other) {
        return Gen.arith(gen(other), AluOp.XOR, this, other);
    }

    public Value xor(long other) {
        return xor(of(type, other));
    }

    public Value shl(int bits) {
        return Gen.arith(gen(this), AluOp.LSH, this, of(ScalarType.U32, bits));
    }

    public Value shl(Value bits) {
        return Gen.arith(gen(bits), AluOp.LSH, this, bits);
    }

    /** Right shift: arithmetic for signed values, logical otherwise. */
    public Value shr(int bits) {
        return Gen.arith(gen(this), type.signed() ? AluOp.ARSH : AluOp.RSH, this, of(ScalarType.U32, bits));
    }

    public Value shr(Value bits) {
        return Gen.arith(gen(bits), type.signed() ? AluOp.ARSH : AluOp.RSH, this, bits);
    }

    /** Bitwise complement within the value's (promoted) width. */
    public Value not() {
        return xor(of(type.host(), -1L));
    }

    public Value neg() {
        return of(type.host(), 0).sub(this);
    }

    // ---------------------------------------------------------------- conversions

    /** The value in host byte order (a byte swap for network-order values, else itself). */
    public Value host() {
        return Gen.toHost(this);
    }

    /** The value in network byte order, e.g. to compare it raw with a header field. */
    public Value network() {
        return Gen.toNetwork(this);
    }

    /** The value converted to {@code target}: truncated, zero- or sign-extended, byte-swapped as needed. */
    public Value as(ScalarType target) {
        return Gen.convert(this, target);
    }

    /**
     * The same bits read as a host-order unsigned number, without swapping: a network-order field's
     * bytes as the CPU loaded them (for checksum arithmetic, which works in either order).
     */
    public Value raw() {
        if (!type.bigEndian()) {
            return this;
        }
        if (constant) {
            return of(type.host(), type.toStored(value));
        }
        Gen g = gen.active();
        return new Value(g, type.host(), g.reg(this));
    }

    // ---------------------------------------------------------------- comparisons

    public Cond eq(Value other) {
        return Gen.compare(JumpOp.JEQ, this, other);
    }

    public Cond eq(long other) {
        return eq(of(type, other));
    }

    public Cond ne(Value other) {
        return Gen.compare(JumpOp.JNE, this, other);
    }

    public Cond ne(long other) {
        return ne(of(type, other));
    }

    /** Less than (signed if either side is signed). */
    public Cond lt(Value other) {
        return Gen.compare(JumpOp.JLT, this, other);
    }

    public Cond lt(long other) {
        return lt(of(type.host(), other));
    }

    public Cond le(Value other) {
        return Gen.compare(JumpOp.JLE, this, other);
    }

    public Cond le(long other) {
        return le(of(type.host(), other));
    }

    public Cond gt(Value other) {
        return Gen.compare(JumpOp.JGT, this, other);
    }

    public Cond gt(long other) {
        return gt(of(type.host(), other));
    }

    public Cond ge(Value other) {
        return Gen.compare(JumpOp.JGE, this, other);
    }

    public Cond ge(long other) {
        return ge(of(type.host(), other));
    }

    /** Whether any bit of {@code mask} is set (for network-order values, the mask is in host order). */
    public Cond anySet(long mask) {
        return Gen.compare(JumpOp.JSET, this, of(type, mask));
    }

    /** Whether {@code this} lies in {@code [low, high]}. */
    public Cond between(long low, long high) {
        Value h = host();
        return h.ge(low).and(h.le(high));
    }

    /** Whether it equals one of {@code constants}. */
    public Cond in(long... constants) {
        Cond c = Cond.FALSE;
        for (long k : constants) {
            c = c.or(eq(k));
        }
        return c;
    }

    @Override
    public String toString() {
        return constant ? type + " " + value : type + " v" + reg + (born != null ? " from " + born : "");
    }
}
