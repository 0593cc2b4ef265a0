package dev.bpfj.interpreter;

import dev.bpfj.core.codec.Codec;

/** Turns the Java values tests pass as map keys and values into the bytes the map holds. */
final class Values {
    private Values() {}

    /**
     * {@code byte[]} as it is (it must have the size); a number little-endian in {@code size} bytes (it
     * must fit, signed or unsigned); a record in C layout ({@link RecordCodec}).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static byte[] encode(Object value, int size, String what) {
        switch (value) {
            case null -> throw new IllegalArgumentException(what + " must not be null");
            case byte[] b -> {
                if (b.length != size) {
                    throw new IllegalArgumentException(what + " has " + size + " bytes, got " + b.length);
                }
                return b.clone();
            }
            case Number n when value instanceof Byte || value instanceof Short || value instanceof Integer
                    || value instanceof Long -> {
                long v = n.longValue();
                if (size < 8) {
                    long min = -(1L << (8 * size - 1));
                    long max = (1L << (8 * size)) - 1;
                    if (v < min || v > max) {
                        throw new IllegalArgumentException(what + " has " + size + " bytes; " + v + " does not fit");
                    }
                } else if (size > 8) {
                    throw new IllegalArgumentException(what + " has " + size + " bytes; pass a byte[] or a record");
                }
                byte[] out = new byte[size];
                Memory.write(out, 0, size, v);
                return out;
            }
            case Record r -> {
                Codec codec = RecordCodec.of(r.getClass());
                if (codec.size() != size) {
                    throw new IllegalArgumentException(what + " has " + size + " bytes, but " + codec + " lays out "
                            + codec.size());
                }
                return codec.encode(r);
            }
            default -> throw new IllegalArgumentException(what + ": cannot lay out a " + value.getClass().getSimpleName()
                    + "; pass a byte[], an integer or a record");
        }
    }
}
