package dev.bpfj.dsl;

import dev.bpfj.core.AtomicOp;
import dev.bpfj.core.Size;

/**
 * A map value known to exist: what {@code lookup(...).ifPresent(v -> ...)} hands over. Read and write
 * it whole (scalar values) or by field (struct values). On per-CPU maps {@link #add} is a plain
 * read-modify-write, since no other CPU touches this copy; on shared maps it is an atomic add.
 */
public final class Ref {
    final Gen gen;
    final int reg;
    final DataType type;
    private final boolean perCpu;
    private final int scope;

    Ref(Gen gen, int reg, DataType type, boolean perCpu) {
        this.gen = gen;
        this.reg = reg;
        this.type = type;
        this.perCpu = perCpu;
        this.scope = gen.currentScope();
    }

    public DataType type() {
        return type;
    }

    private ScalarType scalar() {
        check();
        if (!(type instanceof ScalarType s)) {
            throw gen.error("this map value is a struct " + type + "; read and write it by field: get(FIELD), set(FIELD, v)");
        }
        return s;
    }

    private Field<?> field(Field<?> f) {
        check();
        if (!(type instanceof Layout<?> l) || !l.owns(f)) {
            throw gen.error("field " + f.name() + " is not a field of this map value (" + type + ")");
        }
        if (!f.isScalar() || f.isBits()) {
            throw gen.error("field " + f.name() + " is not a whole scalar");
        }
        return f;
    }

    private void check() {
        gen.checkActive("this map value", null);
        if (!gen.isActive(scope)) {
            throw gen.error("this map value is used outside the block where it is known to exist");
        }
    }

    public Value get() {
        return gen.load(scalar(), reg, 0);
    }

    public Ref set(Value v) {
        gen.store(scalar(), reg, 0, v);
        return this;
    }

    public Ref set(long v) {
        return set(Value.of(scalar().host(), v));
    }

    /** Adds {@code v}: plainly on per-CPU maps, atomically on shared ones. */
    public Ref add(Value v) {
        return perCpu ? addPlain(scalar(), 0, v) : addAtomic(scalar(), 0, v);
    }

    public Ref add(long v) {
        return add(Value.of(scalar().host(), v));
    }

    /** {@code add(1)} */
    public Ref increment() {
        return add(1);
    }

    /** An atomic add ({@code lock xadd}), whatever the map. */
    public Ref atomicAdd(Value v) {
        return addAtomic(scalar(), 0, v);
    }

    public Value get(Field<?> f) {
        field(f);
        return gen.load(f.type(), reg, f.offset());
    }

    public Ref set(Field<?> f, Value v) {
        field(f);
        gen.store(f.type(), reg, f.offset(), v);
        return this;
    }

    public Ref set(Field<?> f, long v) {
        return set(f, Value.of(f.type().host(), v));
    }

    /** Adds {@code v} to a field: plainly on per-CPU maps, atomically on shared ones. */
    public Ref add(Field<?> f, Value v) {
        field(f);
        return perCpu ? addPlain(f.type(), f.offset(), v) : addAtomic(f.type(), f.offset(), v);
    }

    public Ref add(Field<?> f, long v) {
        return add(f, Value.of(f.type().host(), v));
    }

    public Ref increment(Field<?> f) {
        return add(f, 1);
    }

    public Ref atomicAdd(Field<?> f, Value v) {
        field(f);
        return addAtomic(f.type(), f.offset(), v);
    }

    private Ref addPlain(ScalarType t, int off, Value v) {
        Value old = gen.load(t, reg, off);
        gen.store(t, reg, off, old.add(v));
        return this;
    }

    private Ref addAtomic(ScalarType t, int off, Value v) {
        if (t.size() < 4 || t.bigEndian()) {
            throw gen.error("atomic add works on host-order 32- and 64-bit values, not " + t);
        }
        Value c = Gen.convert(v, t);
        gen.code().atomic(AtomicOp.ADD.imm(), Size.ofBytes(t.size()), reg, off, gen.reg(c));
        return this;
    }
}
