package dev.bpfj.dsl;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.SourceLocation;

/**
 * A bounds-checked view of one header in the packet. It exists only after the check
 * {@code data + end_of_header > data_end} succeeded, so every field read and write through it is one the
 * verifier accepts. Helpers that move packet data ({@code adjustHead}, {@code adjustTail},
 * {@code adjustMeta}) kill every view taken before them; using one afterwards is a build error.
 *
 * @param <S> the header's layout marker (e.g. {@code Ipv4})
 */
public final class Header<S> {
    final Gen gen;
    final Layout<S> layout;
    final int base;
    final int offset;
    private final int generation;
    private final int scope;
    private final SourceLocation born;
    private int payloadBase = -1;
    private int payloadScope;

    Header(Gen gen, Layout<S> layout, int base, int offset) {
        this.gen = gen;
        this.layout = layout;
        this.base = base;
        this.offset = offset;
        this.generation = gen.packetGeneration;
        this.scope = gen.currentScope();
        this.born = gen.here();
    }

    public Layout<S> layout() {
        return layout;
    }

    void checkAlive() {
        gen.checkActive("this " + layout.name() + " view", born);
        if (generation != gen.packetGeneration) {
            throw gen.error("this " + layout.name() + " view (taken at " + born + ") is dead: the packet was moved at "
                    + gen.lastPacketChange + " and the kernel forgets every packet bound then; take a new view from packet()");
        }
        if (!gen.isActive(scope)) {
            throw gen.error("this " + layout.name() + " view was taken at " + born + " inside a block and is used outside it,"
                    + " where its bounds check does not hold");
        }
    }

    private void checkField(Field<?> f) {
        checkAlive();
        if (!layout.owns(f)) {
            throw gen.error("field " + f.name() + " is not a field of " + layout.name());
        }
    }

    /** Reads a scalar field (or bit field). */
    public Value get(Field<S> field) {
        checkField(field);
        if (!field.isScalar()) {
            throw gen.error("field " + field.name() + " is a " + field.length()
                    + "-byte range, not a number; use copy(...) or swap(...) for byte ranges");
        }
        Value v = gen.load(field.type(), base, offset + field.offset());
        if (field.isBits()) {
            if (field.bitShift() > 0) {
                v = v.shr(field.bitShift());
            }
            if (field.bitShift() + field.bitWidth() < 8) {
                v = v.and((1L << field.bitWidth()) - 1);
            }
            v = new Value(gen, ScalarType.U8, v.reg);
        }
        return v;
    }

    /** Writes a scalar field; host-order values and constants are converted to the field's byte order. */
    public Header<S> set(Field<S> field, Value value) {
        checkField(field);
        if (!field.isScalar()) {
            throw gen.error("field " + field.name() + " is a byte range; use copy(...) to write it");
        }
        if (field.isBits()) {
            int mask = ((1 << field.bitWidth()) - 1) << field.bitShift();
            Value old = gen.load(ScalarType.U8, base, offset + field.offset()).and(~mask & 0xff);
            Value merged = old.or(value.and((1L << field.bitWidth()) - 1).shl(field.bitShift()));
            gen.store(ScalarType.U8, base, offset + field.offset(), merged);
            return this;
        }
        gen.store(field.type(), base, offset + field.offset(), value);
        return this;
    }

    public Header<S> set(Field<S> field, long value) {
        return set(field, Value.of(field.type().host(), value));
    }

    /** Copies the bytes of field {@code from} over field {@code to} (same length). */
    public Header<S> copy(Field<S> from, Field<S> to) {
        checkField(from);
        checkField(to);
        if (from.length() != to.length()) {
            throw gen.error("cannot copy " + from.name() + " (" + from.length() + " bytes) to " + to.name() + " ("
                    + to.length() + " bytes)");
        }
        gen.copy(base, offset + to.offset(), false, base, offset + from.offset(), false, from.length());
        return this;
    }

    /** Exchanges the bytes of two fields of the same length, e.g. source and destination MAC. */
    public Header<S> swap(Field<S> a, Field<S> b) {
        checkField(a);
        checkField(b);
        if (a.length() != b.length()) {
            throw gen.error("cannot swap " + a.name() + " and " + b.name() + ": lengths differ");
        }
        int done = 0;
        while (done < a.length()) {
            int size = 8;
            while (size > a.length() - done) {
                size >>= 1;
            }
            ScalarType t = ScalarType.unsigned(size);
            Value x = gen.load(t, base, offset + a.offset() + done);
            Value y = gen.load(t, base, offset + b.offset() + done);
            gen.store(t, base, offset + a.offset() + done, y);
            gen.store(t, base, offset + b.offset() + done, x);
            done += size;
        }
        return this;
    }

    /**
     * Copies fields from another view of the same header type (e.g. the same header 4 bytes further
     * on, when a tag is removed). Everything is loaded before anything is stored, so the two may
     * overlap.
     */
    @SafeVarargs
    public final Header<S> copyFrom(Header<S> other, Field<S>... fields) {
        checkAlive();
        other.checkAlive();
        java.util.List<int[]> chunks = new java.util.ArrayList<>();
        java.util.List<Value> values = new java.util.ArrayList<>();
        for (Field<S> f : fields) {
            checkField(f);
            int done = 0;
            while (done < f.length()) {
                int size = 8;
                while (size > f.length() - done) {
                    size >>= 1;
                }
                values.add(gen.load(ScalarType.unsigned(size), other.base, other.offset + f.offset() + done));
                chunks.add(new int[] {f.offset() + done, size});
                done += size;
            }
        }
        for (int i = 0; i < chunks.size(); i++) {
            gen.store(ScalarType.unsigned(chunks.get(i)[1]), base, offset + chunks.get(i)[0], values.get(i));
        }
        return this;
    }

    /** Copies a byte-range field of this header into a field of a stack struct (e.g. an address into a key). */
    public <T> Header<S> copyTo(Field<S> from, Struct<T> to, Field<T> toField) {
        checkField(from);
        to.copyFromPacket(base, offset + from.offset(), from.length(), toField);
        return this;
    }

    /** Copies a stack struct's field into a byte-range field of this header. */
    public <T> Header<S> copyFrom(Struct<T> from, Field<T> fromField, Field<S> to) {
        checkField(to);
        from.copyToPacket(fromField, base, offset + to.offset(), to.length());
        return this;
    }

    /** The header that follows this one's fixed part, still to be bounds-checked. */
    public <N> Check<N> next(Layout<N> next) {
        checkAlive();
        return new Check<>(gen, next, base, offset + layout.size());
    }

    /**
     * The header after this one's real length — {@code ihl * 4} for IPv4, {@code doff * 4} for TCP —
     * still to be bounds-checked. For fixed-size headers it is {@link #next}.
     */
    public <N> Check<N> payload(Layout<N> next) {
        checkAlive();
        if (!layout.hasVariableLength()) {
            return next(next);
        }
        if (payloadBase < 0 || !gen.isActive(payloadScope)) {
            Value len = layout.lengthOf(this);
            payloadBase = gen.newReg();
            payloadScope = gen.currentScope();
            gen.code().mov(payloadBase, base);
            gen.code().alu(true, AluOp.ADD, payloadBase, gen.reg(len));
        }
        return new Check<>(gen, next, payloadBase, offset);
    }

    /** The header's real length when it depends on its contents (the layout's rule), else null. */
    Value variableLength() {
        return layout.lengthOf(this);
    }

    /** A new cursor just past this header's real length ({@code ihl * 4} for IPv4), see {@link Cursor}. */
    public Cursor cursorAfter() {
        checkAlive();
        Cursor c = new Cursor(gen, base, 0);
        return c.setAfter(this);
    }

    /** The header's real length in bytes (its variable-length rule, or its fixed size). */
    public Value length() {
        checkAlive();
        Value len = layout.lengthOf(this);
        return len == null ? Value.of(ScalarType.U32, layout.size()) : len;
    }

    @Override
    public String toString() {
        return layout.name() + " at +" + offset + " of v" + base;
    }
}
