package dev.bpfj.core.codec;

import java.util.Arrays;

/** Codecs for plain integers and byte strings, and the little-endian accessors records use. */
public final class Codecs {
    private Codecs() {}

    public static final Codec<Integer> U8 = intCodec(1);
    public static final Codec<Integer> U16 = intCodec(2);
    /** A u32 as a Java int holding the same 32 bits. */
    public static final Codec<Integer> U32 = intCodec(4);
    public static final Codec<Long> U64 = new Codec<>() {
        public int size() {
            return 8;
        }

        public void write(Long value, byte[] out, int offset) {
            putLong(out, offset, value);
        }

        public Long read(byte[] in, int offset) {
            return getLong(in, offset);
        }
    };

    /** A big-endian u16 (network order), e.g. a port in a map key. */
    public static final Codec<Integer> BE16 = new Codec<>() {
        public int size() {
            return 2;
        }

        public void write(Integer value, byte[] out, int offset) {
            out[offset] = (byte) (value >> 8);
            out[offset + 1] = (byte) (int) value;
        }

        public Integer read(byte[] in, int offset) {
            return (in[offset] & 0xff) << 8 | (in[offset + 1] & 0xff);
        }
    };

    /** A big-endian u32 (network order), e.g. an IPv4 address in a map key. */
    public static final Codec<Integer> BE32 = new Codec<>() {
        public int size() {
            return 4;
        }

        public void write(Integer value, byte[] out, int offset) {
            for (int i = 0; i < 4; i++) {
                out[offset + i] = (byte) (value >>> (24 - 8 * i));
            }
        }

        public Integer read(byte[] in, int offset) {
            int v = 0;
            for (int i = 0; i < 4; i++) {
                v = v << 8 | (in[offset + i] & 0xff);
            }
            return v;
        }
    };

    /** {@code n} raw bytes. */
    public static Codec<byte[]> bytes(int n) {
        return new Codec<>() {
            public int size() {
                return n;
            }

            public void write(byte[] value, byte[] out, int offset) {
                if (value.length != n) {
                    throw new IllegalArgumentException("expected " + n + " bytes, got " + value.length);
                }
                System.arraycopy(value, 0, out, offset, n);
            }

            public byte[] read(byte[] in, int offset) {
                return Arrays.copyOfRange(in, offset, offset + n);
            }
        };
    }

    private static Codec<Integer> intCodec(int bytes) {
        return new Codec<>() {
            public int size() {
                return bytes;
            }

            public void write(Integer value, byte[] out, int offset) {
                putUnsigned(out, offset, bytes, value);
            }

            public Integer read(byte[] in, int offset) {
                return (int) getUnsigned(in, offset, bytes);
            }
        };
    }

    /** Writes the low {@code bytes} bytes of {@code value} little-endian. */
    public static void putUnsigned(byte[] out, int offset, int bytes, long value) {
        for (int i = 0; i < bytes; i++) {
            out[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** Reads {@code bytes} bytes little-endian, zero-extended. */
    public static long getUnsigned(byte[] in, int offset, int bytes) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v |= (in[offset + i] & 0xffL) << (8 * i);
        }
        return v;
    }

    /** Writes the low {@code bytes} bytes of {@code value} big-endian (network order). */
    public static void putUnsignedBigEndian(byte[] out, int offset, int bytes, long value) {
        for (int i = 0; i < bytes; i++) {
            out[offset + i] = (byte) (value >>> (8 * (bytes - 1 - i)));
        }
    }

    /** Reads {@code bytes} bytes big-endian (network order), zero-extended. */
    public static long getUnsignedBigEndian(byte[] in, int offset, int bytes) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v = v << 8 | (in[offset + i] & 0xffL);
        }
        return v;
    }

    /** Reads {@code bytes} bytes little-endian, sign-extended. */
    public static long getSigned(byte[] in, int offset, int bytes) {
        long v = getUnsigned(in, offset, bytes);
        int shift = 64 - 8 * bytes;
        return v << shift >> shift;
    }

    public static void putLong(byte[] out, int offset, long value) {
        putUnsigned(out, offset, 8, value);
    }

    public static long getLong(byte[] in, int offset) {
        return getUnsigned(in, offset, 8);
    }
}
