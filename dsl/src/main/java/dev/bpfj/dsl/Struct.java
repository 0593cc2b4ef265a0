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
    final int offset;
    private final boolean[] written;
    private final int scope;

    Struct(Gen gen, Layout<S> layout) {
        this.gen = gen;
        this.layout = layout;
        this.offset = gen.allocate(layout.size(), Math.max(layout.alignment(), 8));
        this.written = new boolean[layout.size()];
        this.scope = gen.currentScope();
    }

    public Layout<S> layout() {
        return layout;
    }

    private void check(Field<?> f) {
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
        gen.store(field.type(), Code.FP, offset + field.offset(), value);
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
        return gen.load(field.type(), Code.FP, offset + field.offset());
    }

    /** Zeroes the whole struct now. */
    public Struct<S> zero() {
        check(null);
        gen.zero(Code.FP, offset, offset + layout.size());
        mark(0, layout.size());
        return this;
    }

    void copyFromPacket(int base, int srcOffset, int length, Field<S> to) {
        check(to);
        if (to.length() < length) {
            throw gen.error("field " + to.name() + " holds " + to.length() + " bytes, not " + length);
        }
        gen.copy(Code.FP, offset + to.offset(), true, base, srcOffset, false, length);
        mark(to.offset(), length);
    }

    void copyToPacket(Field<S> from, int base, int dstOffset, int length) {
        check(from);
        fill();
        gen.copy(base, dstOffset, false, Code.FP, offset + from.offset(), true, Math.min(length, from.length()));
    }

    /** Zeroes the bytes nobody wrote, so the whole struct is initialised; returns its offset from r10. */
    int prepare() {
        check(null);
        fill();
        return offset;
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
            gen.zero(Code.FP, offset + i, offset + j);
            mark(i, j - i);
            i = j;
        }
    }
}
