package dev.bpfj.core.codec;

/**
 * Converts a Java value to and from the bytes of a map key or value (host byte order, little-endian
 * on the machines BPF runs on, unless the codec says otherwise). Generated skeleton records, DSL
 * layouts and the test kit all speak it, so a test can seed and read maps with typed keys and values.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {
    /** Bytes of one encoded value. */
    int size();

    /** Writes {@code value} into {@code out} at {@code offset}; exactly {@link #size()} bytes. */
    void write(T value, byte[] out, int offset);

    /** Reads a value from {@code size()} bytes of {@code in} at {@code offset}. */
    T read(byte[] in, int offset);

    default byte[] encode(T value) {
        byte[] out = new byte[size()];
        write(value, out, 0);
        return out;
    }

    default T decode(byte[] in) {
        if (in.length < size()) {
            throw new IllegalArgumentException("need " + size() + " bytes to decode, got " + in.length);
        }
        return read(in, 0);
    }
}
