package dev.bpfj.emitter.elf;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that writes integers in one byte order. */
public final class ByteSink {
    private byte[] buf = new byte[256];
    private int size;
    private final boolean le;

    public ByteSink(ByteOrder order) {
        this.le = order == ByteOrder.LITTLE_ENDIAN;
    }

    public ByteSink() {
        this(ByteOrder.LITTLE_ENDIAN);
    }

    public int size() {
        return size;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    public ByteSink u8(int v) {
        ensure(1);
        buf[size++] = (byte) v;
        return this;
    }

    public ByteSink u16(int v) {
        ensure(2);
        putU16(size, v);
        size += 2;
        return this;
    }

    public ByteSink u32(long v) {
        ensure(4);
        putU32(size, (int) v);
        size += 4;
        return this;
    }

    public ByteSink u64(long v) {
        if (le) {
            u32(v);
            u32(v >>> 32);
        } else {
            u32(v >>> 32);
            u32(v);
        }
        return this;
    }

    public ByteSink bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    public ByteSink bytes(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buf, size, len);
        size += len;
        return this;
    }

    public ByteSink cString(String s) {
        bytes(s.getBytes(StandardCharsets.UTF_8));
        return u8(0);
    }

    public ByteSink zeros(int n) {
        ensure(n);
        size += n; // the buffer is zero beyond size
        return this;
    }

    /** Pads with zeros to a multiple of {@code alignment}. */
    public ByteSink align(int alignment) {
        if (alignment > 1) {
            int pad = (alignment - size % alignment) % alignment;
            zeros(pad);
        }
        return this;
    }

    public void putU32(int pos, int v) {
        for (int i = 0; i < 4; i++) {
            buf[pos + (le ? i : 3 - i)] = (byte) (v >>> (8 * i));
        }
    }

    private void putU16(int pos, int v) {
        if (le) {
            buf[pos] = (byte) v;
            buf[pos + 1] = (byte) (v >>> 8);
        } else {
            buf[pos] = (byte) (v >>> 8);
            buf[pos + 1] = (byte) v;
        }
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }
}
