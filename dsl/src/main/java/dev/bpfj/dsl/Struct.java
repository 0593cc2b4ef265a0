package dev.bpfj.dsl;

import dev.bpfj.dsl.codegen.Code;

/**
 * A struct on the program's stack: a map key being assembled, a value to store, the parameters of
 * {@code bpf_fib_lookup}, a record for a ring buffer. Bytes never written are zeroed just before
 * the struct is handed to a helper, so the verifier never sees uninitialised stack and no byte is
 * written twice.
 *
 * @param <S> the layout's marker type
 */
public final class Struct<S> {
    final Gen gen;
    final Layout<S> layout;
    /** The register the struct is addressed from: the frame pointer, or a pointer the function was given. */
    final int base;
    final int offset;
    private final boolean[] written;
    private final int scope;
    private final dev.bpfj.core.SourceLocation born;

    Struct(Gen gen, Layout<S> layout) {
        this.gen = gen;
        this.layout = layout;
        this.base = Code.FP;
        this.offset = gen.allocate(layout.size(), Math.max(layout.alignment(), 8));
        this.written = new boolean[layout.size()];
        this.scope = gen.currentScope();
        this.born = gen.here();
    }

    /** A struct in a caller's frame, reached through {@code pointer}; the caller initialised all of it. */
    Struct(Gen gen, Layout<S> layout, int pointer) {
        this.gen = gen;
        this.layout = layout;
        this.base = pointer;
        this.offset = 0;
        this.written = new boolean[layout.size()];
        java.util.Arrays.fill(written, true);
        this.scope = gen.currentScope();
        this.born = gen.here();
    }

    public Layout<S> layout() {
        return layout;
    }

    private void check(Field<?> f) {
        gen.checkActive("this " + layout.name() + " struct", born);
        if (!gen.isActive(scope)) {
            throw gen.error("this " + layout.name() + " struct belongs to a block that has ended");
        }
        if (f != null && !layout.owns(f)) {
            throw gen.error("field " + f.name() + " is not a field of " + layout.name());
        }
    }

    private void mark(int from, int length) {
        for (int i = from; i < from + length && i < written.length; i++) {
            written[i] = true;
        }
    }

    /** Writes a scalar field. */
    public Struct<S> set(Field<S> field, Value value) {
        check(field);
        if (!field.isScalar() || field.isBits()) {
            throw gen.error("field " + field.name() + " is not a whole scalar; copy byte ranges with copy(...)");
        }
        gen.store(field.type(), base, offset + field.offset(), value);
        mark(field.offset(), field.length());
        return this;
    }

    public Struct<S> set(Field<S> field, long value) {
        return set(field, Value.of(field.type().host(), value));
    }

    /** Reads a scalar field. */
    public Value get(Field<S> field) {
        check(field);
        if (!field.isScalar()) {
            throw gen.error("field " + field.name() + " is a byte range, not a number");
        }
        fill();
        return gen.load(field.type(), base, offset + field.offset());
    }

    /** Zeroes the whole struct now. */
    public Struct<S> zero() {
        check(null);
        gen.zero(base, offset, offset + layout.size());
        mark(0, layout.size());
        return this;
    }

    void copyFromPacket(int base, int srcOffset, int length, Field<S> to) {
        check(to);
        if (to.length() < length) {
            throw gen.error("field " + to.name() + " holds " + to.length() + " bytes, not " + length);
        }
        gen.copy(this.base, offset + to.offset(), true, base, srcOffset, false, length);
        mark(to.offset(), length);
    }

    void copyToPacket(Field<S> from, int base, int dstOffset, int length) {
        check(from);
        fill();
        gen.copy(base, dstOffset, false, this.base, offset + from.offset(), true, Math.min(length, from.length()));
    }

    /** Zeroes the bytes nobody wrote, so the whole struct is initialised; returns the argument pointing at it. */
    Gen.Arg prepare() {
        check(null);
        fill();
        return base == Code.FP ? new Gen.StackArg(offset) : new Gen.PtrArg(base, offset);
    }

    private void fill() {
        int i = 0;
        while (i < written.length) {
            if (written[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < written.length && !written[j]) {
                j++;
            }
            gen.zero(base, offset + i, offset + j);
            mark(i, j - i);
            i = j;
        }
    }
}
