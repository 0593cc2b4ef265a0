package dev.bpfj.dsl;

/**
 * A local variable: a {@link Value} whose contents change with {@link #set}. Declare it before an
 * {@code if} and set it inside to carry a value out of the block. Reading a {@code Var} reads its
 * current contents; {@link #get()} takes a copy that later assignments do not change.
 */
public final class Var extends Value {

    Var(Gen gen, ScalarType type, int reg) {
        super(gen, type, reg);
    }

    /** Assigns {@code v}, converted to this variable's type. */
    public Var set(Value v) {
        gen.active().assign(this, v);
        return this;
    }

    /** Assigns a constant. */
    public Var set(long v) {
        return set(Value.of(type.host(), v));
    }

    /** {@code this += by} */
    public Var increment(long by) {
        return set(add(by));
    }

    /** {@code this += 1} */
    public Var increment() {
        return increment(1);
    }

    /** {@code this += by} */
    public Var increment(Value by) {
        return set(add(by));
    }

    /** A snapshot of the current contents. */
    public Value get() {
        return gen.active().copy(this);
    }
}
