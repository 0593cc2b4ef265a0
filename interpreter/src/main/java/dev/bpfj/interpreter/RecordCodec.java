package dev.bpfj.interpreter;

import dev.bpfj.core.codec.Codec;
import dev.bpfj.core.codec.Codecs;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Java record laid out like the C struct with the same members in the same order: each member at
 * its natural alignment, the whole padded to the largest alignment, padding written as zeros.
 * Components may be {@code byte short char int long boolean float double}, {@code byte[]} with
 * {@link Size}, or records; {@link BigEndian} marks network-order integers. Little-endian otherwise.
 *
 * <pre>{@code
 * record FlowKey(int saddr, int daddr, @BigEndian short sport, @BigEndian short dport, byte proto) {}
 * TypedMap<FlowKey, Long> flows = vm.map("flows").as(RecordCodec.of(FlowKey.class), Codecs.U64);
 * }</pre>
 */
public final class RecordCodec<R extends Record> implements Codec<R> {
    private record Member(RecordComponent component, java.lang.reflect.Method accessor, int offset, int size,
                          boolean bigEndian, Codec<?> nested) {}


    /** Marks a record component stored in network byte order (a {@code __be16}, {@code __be32}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
    public @interface BigEndian {}

    /** The length of a {@code byte[]} record component (a {@code __u8 mac[6]}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
    public @interface Size {
        int value();
    }

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
                            + " is a byte[]; give its length with @RecordCodec.Size(n)");
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
            java.lang.reflect.Method accessor = c.getAccessor();
            try {
                accessor.setAccessible(true);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot read " + type.getName() + "." + c.getName(), e);
            }
            list.add(new Member(c, accessor, off, sz, c.isAnnotationPresent(BigEndian.class), nested));
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

    /** The codec of a record type. */
    public static <R extends Record> RecordCodec<R> of(Class<R> type) {
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
                v = m.accessor.invoke(value);
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
                Codecs.putUnsigned(out, o, m.size, bits);
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
            long bits = Codecs.getUnsigned(in, o, m.size);
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
