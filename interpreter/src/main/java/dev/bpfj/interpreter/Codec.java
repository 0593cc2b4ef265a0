package dev.bpfj.interpreter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a Java value is laid out as map key or value bytes. Numbers are little-endian (the bpfel
 * byte order) unless a codec says otherwise; {@link #record(Class)} lays a Java record out like the
 * C struct with the same fields, padding included.
 *
 * <pre>{@code
 * record FlowKey(int saddr, int daddr, @Codec.BigEndian short sport, @Codec.BigEndian short dport, byte proto) {}
 * TypedMap<FlowKey, Long> flows = vm.map("flows").as(Codec.record(FlowKey.class), Codec.u64());
 * }</pre>
 */
public interface Codec<T> {
    /** Bytes one value takes. */
    int size();

    void write(T value, byte[] out, int offset);

    T read(byte[] in, int offset);

    default byte[] encode(T value) {
        byte[] out = new byte[size()];
        write(value, out, 0);
        return out;
    }

    default T decode(byte[] bytes) {
        if (bytes.length < size()) {
            throw new IllegalArgumentException("need " + size() + " bytes, got " + bytes.length);
        }
        return read(bytes, 0);
    }

    /** Marks a record component stored in network byte order (a {@code __be16}, {@code __be32}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
    @interface BigEndian {}

    /** The length of a {@code byte[]} record component (a {@code __u8 mac[6]}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
    @interface Size {
        int value();
    }

    /** An unsigned little-endian integer of 1, 2, 4 or 8 bytes as a long. */
    static Codec<Long> unsigned(int bytes) {
        return new Codec<>() {
            public int size() {
                return bytes;
            }

            public void write(Long v, byte[] out, int off) {
                Memory.write(out, off, bytes, v);
            }

            public Long read(byte[] in, int off) {
                return Memory.read(in, off, bytes);
            }

            @Override
            public String toString() {
                return "u" + bytes * 8;
            }
        };
    }

    static Codec<Byte> u8() {
        return new Simple<>(1, (v, b, o) -> b[o] = v, (b, o) -> b[o], "u8");
    }

    static Codec<Short> u16() {
        return new Simple<>(2, (v, b, o) -> Memory.write(b, o, 2, v), (b, o) -> (short) Memory.read(b, o, 2), "u16");
    }

    static Codec<Integer> u32() {
        return new Simple<>(4, (v, b, o) -> Memory.write(b, o, 4, v), (b, o) -> (int) Memory.read(b, o, 4), "u32");
    }

    static Codec<Long> u64() {
        return new Simple<>(8, (v, b, o) -> Memory.write(b, o, 8, v), (b, o) -> Memory.read(b, o, 8), "u64");
    }

    /** A {@code __be16} as an int 0..65535 (a port number as people write it). */
    static Codec<Integer> be16() {
        return new Simple<>(2, (v, b, o) -> {
            b[o] = (byte) (v >> 8);
            b[o + 1] = (byte) (int) v;
        }, (b, o) -> (b[o] & 0xff) << 8 | (b[o + 1] & 0xff), "be16");
    }

    /** A {@code __be32} as an int. */
    static Codec<Integer> be32() {
        return new Simple<>(4, (v, b, o) -> Memory.write(b, o, 4, Integer.reverseBytes(v)),
                (b, o) -> Integer.reverseBytes((int) Memory.read(b, o, 4)), "be32");
    }

    /** An IPv4 address as a {@code __be32}, the way it sits in a packet. */
    static Codec<InetAddress> ipv4() {
        return new Simple<>(4, (v, b, o) -> {
            if (!(v instanceof Inet4Address)) {
                throw new IllegalArgumentException(v + " is not an IPv4 address");
            }
            System.arraycopy(v.getAddress(), 0, b, o, 4);
        }, (b, o) -> {
            try {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, o, o + 4));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }, "ipv4");
    }

    /** Raw bytes of a fixed length. */
    static Codec<byte[]> bytes(int n) {
        return new Simple<>(n, (v, b, o) -> {
            if (v.length != n) {
                throw new IllegalArgumentException("need " + n + " bytes, got " + v.length);
            }
            System.arraycopy(v, 0, b, o, n);
        }, (b, o) -> Arrays.copyOfRange(b, o, o + n), "bytes(" + n + ")");
    }

    /**
     * A record laid out like the C struct with the same members in the same order: each member at
     * its natural alignment, the whole padded to the largest alignment, padding written as zeros.
     * Components may be {@code byte short char int long boolean float double}, {@code byte[]} with
     * {@link Size}, or records; {@link BigEndian} marks network-order integers.
     */
    static <R extends Record> Codec<R> record(Class<R> type) {
        return RecordCodec.of(type);
    }

    /** A codec from two lambdas. */
    record Simple<T>(int size, Writer<T> writer, Reader<T> reader, String name) implements Codec<T> {
        public void write(T v, byte[] out, int off) {
            writer.write(v, out, off);
        }

        public T read(byte[] in, int off) {
            return reader.read(in, off);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Writer<T> {
        void write(T value, byte[] out, int offset);
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(byte[] in, int offset);
    }

    /** The C layout of a record, computed once. */
    final class RecordCodec<R extends Record> implements Codec<R> {
        private record Member(RecordComponent component, int offset, int size, boolean bigEndian, Codec<?> nested) {}

        private final Class<R> type;
        private final List<Member> members;
        private final int size;
        private final int align;
        private final Constructor<R> constructor;

        private RecordCodec(Class<R> type) {
            this.type = type;
            RecordComponent[] comps = type.getRecordComponents();
            List<Member> list = new ArrayList<>();
            int off = 0;
            int maxAlign = 1;
            Class<?>[] params = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                RecordComponent c = comps[i];
                params[i] = c.getType();
                Class<?> t = c.getType();
                int sz;
                int al;
                Codec<?> nested = null;
                if (t == byte.class || t == boolean.class) {
                    sz = al = 1;
                } else if (t == short.class || t == char.class) {
                    sz = al = 2;
                } else if (t == int.class || t == float.class) {
                    sz = al = 4;
                } else if (t == long.class || t == double.class) {
                    sz = al = 8;
                } else if (t == byte[].class) {
                    Size s = c.getAnnotation(Size.class);
                    if (s == null) {
                        throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName()
                                + " is a byte[]; give its length with @Codec.Size(n)");
                    }
                    sz = s.value();
                    al = 1;
                } else if (t.isRecord()) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    RecordCodec<?> inner = new RecordCodec(t);
                    nested = inner;
                    sz = inner.size;
                    al = inner.align;
                } else {
                    throw new IllegalArgumentException(type.getSimpleName() + "." + c.getName() + " has type "
                            + t.getSimpleName() + ", which has no C layout");
                }
                off = (off + al - 1) / al * al;
                list.add(new Member(c, off, sz, c.isAnnotationPresent(BigEndian.class), nested));
                off += sz;
                maxAlign = Math.max(maxAlign, al);
            }
            this.members = List.copyOf(list);
            this.align = maxAlign;
            this.size = (off + maxAlign - 1) / maxAlign * maxAlign;
            try {
                this.constructor = type.getDeclaredConstructor(params);
                this.constructor.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalArgumentException("cannot use the canonical constructor of " + type.getName(), e);
            }
        }

        static <R extends Record> RecordCodec<R> of(Class<R> type) {
            return new RecordCodec<>(type);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(R value, byte[] out, int offset) {
            Arrays.fill(out, offset, offset + size, (byte) 0);
            for (Member m : members) {
                Object v;
                try {
                    v = m.component.getAccessor().invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
                int o = offset + m.offset;
                if (m.nested != null) {
                    ((Codec) m.nested).write(v, out, o);
                } else if (v instanceof byte[] b) {
                    if (b.length != m.size) {
                        throw new IllegalArgumentException(m.component.getName() + " needs " + m.size + " bytes, got "
                                + b.length);
                    }
                    System.arraycopy(b, 0, out, o, m.size);
                } else {
                    long bits = switch (v) {
                        case Boolean z -> z ? 1 : 0;
                        case Character ch -> ch;
                        case Float f -> Float.floatToRawIntBits(f);
                        case Double d -> Double.doubleToRawLongBits(d);
                        case Number n -> n.longValue();
                        default -> throw new IllegalStateException();
                    };
                    if (m.bigEndian) {
                        bits = Long.reverseBytes(bits) >>> (64 - 8 * m.size);
                    }
                    Memory.write(out, o, m.size, bits);
                }
            }
        }

        @Override
        public R read(byte[] in, int offset) {
            Object[] args = new Object[members.size()];
            for (int i = 0; i < args.length; i++) {
                Member m = members.get(i);
                int o = offset + m.offset;
                Class<?> t = m.component.getType();
                if (m.nested != null) {
                    args[i] = m.nested.read(in, o);
                    continue;
                }
                if (t == byte[].class) {
                    args[i] = Arrays.copyOfRange(in, o, o + m.size);
                    continue;
                }
                long bits = Memory.read(in, o, m.size);
                if (m.bigEndian) {
                    bits = Long.reverseBytes(bits) >>> (64 - 8 * m.size);
                }
                args[i] = t == byte.class ? (Object) (byte) bits : t == short.class ? (Object) (short) bits
                        : t == char.class ? (Object) (char) bits : t == int.class ? (Object) (int) bits
                        : t == long.class ? (Object) bits : t == boolean.class ? (Object) (bits != 0)
                        : t == float.class ? (Object) Float.intBitsToFloat((int) bits)
                        : (Object) Double.longBitsToDouble(bits);
            }
            try {
                return constructor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
            }
        }

        @Override
        public String toString() {
            return "struct " + type.getSimpleName() + " (" + size + " bytes)";
        }
    }
}
