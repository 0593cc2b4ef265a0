package dev.bpfj.dsl;

import dev.bpfj.core.JumpOp;

/**
 * A condition: a comparison of two values, or conditions combined with {@link #and}, {@link #or} and
 * {@link #not()}. Nothing is emitted until a statement ({@code when}, a loop) branches on it, and then
 * as jumps that short-circuit, as C's {@code &&} and {@code ||} do.
 */
public sealed abstract class Cond permits Cond.Compare, Cond.Constant, Cond.And, Cond.Or, Cond.Not {
    Cond() {}

    /** Both hold. */
    public Cond and(Cond other) {
        if (this instanceof Constant c) {
            return c.value ? other : this;
        }
        if (other instanceof Constant c) {
            return c.value ? this : other;
        }
        return new And(this, other);
    }

    /** Either holds. */
    public Cond or(Cond other) {
        if (this instanceof Constant c) {
            return c.value ? this : other;
        }
        if (other instanceof Constant c) {
            return c.value ? other : this;
        }
        return new Or(this, other);
    }

    /** The opposite. */
    public Cond not() {
        return switch (this) {
            case Constant c -> c.value ? FALSE : TRUE;
            case Not n -> n.inner;
            case Compare c when c.op != JumpOp.JSET -> new Compare(c.op.negate(), c.wide, c.a, c.b);
            default -> new Not(this);
        };
    }

    static final Constant TRUE = new Constant(true);
    static final Constant FALSE = new Constant(false);

    /** {@code a op b}; {@code b} may be a constant, in which case it is already in the stored representation. */
    static final class Compare extends Cond {
        final JumpOp op;
        final boolean wide;
        final Value a;
        final Value b;

        Compare(JumpOp op, boolean wide, Value a, Value b) {
            this.op = op;
            this.wide = wide;
            this.a = a;
            this.b = b;
        }

        @Override
        public String toString() {
            return a + " " + op.operator() + " " + b;
        }
    }

    /** A condition decided at build time. */
    static final class Constant extends Cond {
        final boolean value;

        Constant(boolean value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    static final class And extends Cond {
        final Cond left;
        final Cond right;

        And(Cond left, Cond right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public String toString() {
            return "(" + left + " && " + right + ")";
        }
    }

    static final class Or extends Cond {
        final Cond left;
        final Cond right;

        Or(Cond left, Cond right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public String toString() {
            return "(" + left + " || " + right + ")";
        }
    }

    static final class Not extends Cond {
        final Cond inner;

        Not(Cond inner) {
            this.inner = inner;
        }

        @Override
        public String toString() {
            return "!" + inner;
        }
    }
}
