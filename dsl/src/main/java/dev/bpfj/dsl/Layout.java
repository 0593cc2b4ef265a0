package dev.bpfj.dsl;

import dev.bpfj.core.btf.BtfType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A C struct declared once: its byte layout (field offsets, size, alignment) and its BTF type. Use it
 * for packet headers, map keys and values, ring buffer records.
 *
 * <pre>{@code
 * // from a builder, with explicit types
 * static final Layout.Builder<Stats> B = Layout.builder("stats");
 * static final Field<Stats> PACKETS = B.u64("packets");
 * static final Field<Stats> BYTES = B.u64("bytes");
 * static final Layout<Stats> STATS = B.build();
 *
 * // or from a Java record: byte/short/int/long become u8/u16/u32/u64, laid out as C would
 * record FlowKey(int saddr, int daddr, short sport, short dport) {}
 * static final Layout<FlowKey> KEY = Layout.of(FlowKey.class);
 * static final Field<FlowKey> SADDR = KEY.field("saddr");
 * }</pre>
 *
 * @param <S> a marker type tying fields to this layout
 */
public final class Layout<S> implements DataType {
    private final String name;
    private final int size;
    private final int alignment;
    private final List<Field<S>> fields;
    private final Function<Header<S>, Value> length;
    private final BtfType.Struct btf;
    private Class<? extends Record> recordType;

    private Layout(String name, int size, int alignment, List<Field<S>> fields, Function<Header<S>, Value> length) {
        this.name = name;
        this.size = size;
        this.alignment = alignment;
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
        this.length = length;
        List<BtfType.Member> members = new ArrayList<>();
        for (Field<S> f : fields) {
            if (f.isBits()) {
                members.add(new BtfType.Member(f.name(), BtfType.Int.U8, f.offset() * 8 + (8 - f.bitShift() - f.bitWidth()),
                        f.bitWidth()));
            } else {
                BtfType t = f.isScalar() ? f.type().btf() : new BtfType.Array(BtfType.Typedef.U8, f.length());
                members.add(new BtfType.Member(f.name(), t, f.offset() * 8));
            }
        }
        this.btf = new BtfType.Struct(name, size, members);
    }

    /** A builder of a layout named {@code name} (the C struct tag in BTF). */
    public static <S> Builder<S> builder(String name) {
        return new Builder<>(name);
    }

    /**
     * The layout of a Java record: components of type {@code byte}, {@code short}, {@code int},
     * {@code long} (and {@code boolean}) become {@code u8}, {@code u16}, {@code u32}, {@code u64}, aligned
     * as C aligns them; the struct is named after the record in snake case.
     */
    public static <R extends Record> Layout<R> of(Class<R> record) {
        Builder<R> b = new Builder<>(snake(record.getSimpleName()));
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> t = c.getType();
            ScalarType st = t == byte.class || t == boolean.class ? ScalarType.U8 : t == short.class ? ScalarType.U16
                    : t == int.class ? ScalarType.U32 : t == long.class ? ScalarType.U64 : null;
            if (st == null) {
                throw new BpfBuildException(null, "record component " + record.getSimpleName() + "." + c.getName()
                        + " has type " + t.getSimpleName() + "; layouts take byte, short, int, long or boolean");
            }
            b.scalar(c.getName(), st);
        }
        Layout<R> l = b.build();
        l.recordType = record;
        return l;
    }

    /**
     * A codec between the record this layout was made from ({@link #of(Class)}) and its bytes, for
     * seeding and reading maps from Java (tests, user space).
     */
    @SuppressWarnings("unchecked")
    public dev.bpfj.core.codec.Codec<S> codec() {
        if (recordType == null) {
            throw new BpfBuildException(null, "layout " + name + " was not made from a record; only record layouts have a codec");
        }
        Class<? extends Record> type = recordType;
        RecordComponent[] comps = type.getRecordComponents();
        List<Field<S>> fs = fields;
        return (dev.bpfj.core.codec.Codec<S>) new dev.bpfj.core.codec.Codec<Record>() {
            public int size() {
                return size;
            }

            public void write(Record value, byte[] out, int offset) {
                java.util.Arrays.fill(out, offset, offset + size, (byte) 0);
                for (int i = 0; i < comps.length; i++) {
                    Object v;
                    try {
                        v = comps[i].getAccessor().invoke(value);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    long n = v instanceof Boolean bo ? (bo ? 1 : 0) : ((Number) v).longValue();
                    dev.bpfj.core.codec.Codecs.putUnsigned(out, offset + fs.get(i).offset(), fs.get(i).length(), n);
                }
            }

            public Record read(byte[] in, int offset) {
                Object[] args = new Object[comps.length];
                Class<?>[] types = new Class<?>[comps.length];
                for (int i = 0; i < comps.length; i++) {
                    long n = dev.bpfj.core.codec.Codecs.getUnsigned(in, offset + fs.get(i).offset(), fs.get(i).length());
                    Class<?> t = comps[i].getType();
                    types[i] = t;
                    args[i] = t == byte.class ? (Object) (byte) n : t == short.class ? (Object) (short) n
                            : t == int.class ? (Object) (int) n : t == boolean.class ? (Object) (n != 0) : (Object) n;
                }
                try {
                    var ctor = type.getDeclaredConstructor(types);
                    ctor.setAccessible(true);
                    return ctor.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot construct " + type.getName(), e);
                }
            }
        };
    }

    private static String snake(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isUpperCase(ch) && i > 0) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(ch));
        }
        return sb.toString();
    }

    public String name() {
        return name;
    }

    /** Size in bytes (the fixed part, for headers of variable length). */
    @Override
    public int size() {
        return size;
    }

    @Override
    public int alignment() {
        return alignment;
    }

    public List<Field<S>> fields() {
        return fields;
    }

    /** The field named {@code name}. */
    public Field<S> field(String fieldName) {
        for (Field<S> f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        throw new BpfBuildException(null, "layout " + name + " has no field '" + fieldName + "'; it has "
                + fields.stream().map(Field::name).toList());
    }

    /** Whether the header's length depends on its contents (IPv4 {@code ihl}, TCP {@code doff}). */
    public boolean hasVariableLength() {
        return length != null;
    }

    /** Emits the code computing the header's real length in bytes, or null for fixed-size layouts. */
    Value lengthOf(Header<S> view) {
        return length == null ? null : length.apply(view);
    }

    boolean owns(Field<?> f) {
        return fields.contains(f);
    }

    @Override
    public BtfType btf() {
        return btf;
    }

    @Override
    public String toString() {
        return "struct " + name + " (" + size + " bytes) " + fields;
    }

    /**
     * Adds fields in order, aligned naturally unless placed with {@code at(...)}; each method returns the
     * new field so it can be kept in a constant.
     */
    public static final class Builder<S> {
        private final String name;
        private final List<Field<S>> fields = new ArrayList<>();
        private int cursor;
        private int alignment = 1;
        private int fixedSize = -1;
        private Function<Header<S>, Value> length;
        private boolean packed;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Fields are placed without alignment padding (network headers). */
        public Builder<S> packed() {
            this.packed = true;
            return this;
        }

        public Field<S> scalar(String fieldName, ScalarType type) {
            int align = packed ? 1 : type.alignment();
            cursor = (cursor + align - 1) / align * align;
            alignment = Math.max(alignment, align);
            Field<S> f = new Field<>(fieldName, cursor, type, type.size(), 0, 0);
            cursor += type.size();
            fields.add(f);
            return f;
        }

        public Field<S> u8(String fieldName) {
            return scalar(fieldName, ScalarType.U8);
        }

        public Field<S> u16(String fieldName) {
            return scalar(fieldName, ScalarType.U16);
        }

        public Field<S> u32(String fieldName) {
            return scalar(fieldName, ScalarType.U32);
        }

        public Field<S> u64(String fieldName) {
            return scalar(fieldName, ScalarType.U64);
        }

        public Field<S> be16(String fieldName) {
            return scalar(fieldName, ScalarType.BE16);
        }

        public Field<S> be32(String fieldName) {
            return scalar(fieldName, ScalarType.BE32);
        }

        /** A byte range of {@code n} bytes (addresses). */
        public Field<S> bytes(String fieldName, int n) {
            Field<S> f = new Field<>(fieldName, cursor, null, n, 0, 0);
            cursor += n;
            fields.add(f);
            return f;
        }

        /**
         * A bit field of {@code width} bits inside the byte at the current position, {@code shift} bits
         * from its least significant end; the next {@code bits} call may share the byte, {@link #skip}
         * moves past it.
         */
        public Field<S> bits(String fieldName, int shift, int width) {
            Field<S> f = new Field<>(fieldName, cursor, ScalarType.U8, 1, shift, width);
            fields.add(f);
            return f;
        }

        /** Places the next field at byte {@code offset} (for unions: several fields at one offset). */
        public Builder<S> at(int offset) {
            cursor = offset;
            return this;
        }

        /** Moves the position on by {@code n} bytes. */
        public Builder<S> skip(int n) {
            cursor += n;
            return this;
        }

        /** Declares the (fixed part's) size, padding the end. */
        public Builder<S> size(int bytes) {
            this.fixedSize = bytes;
            return this;
        }

        /** The header's real length in bytes is computed by {@code rule} from its fields (e.g. ihl * 4). */
        public Builder<S> variableLength(Function<Header<S>, Value> rule) {
            this.length = rule;
            return this;
        }

        public Layout<S> build() {
            int size = fixedSize >= 0 ? fixedSize : (cursor + alignment - 1) / alignment * alignment;
            return new Layout<>(name, size, alignment, fields, length);
        }
    }
}
