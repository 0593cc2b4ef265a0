package dev.bpfj.emitter.elf;

import dev.bpfj.core.BpfFormatException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A bounds-checked, byte-order-aware view of part of a byte array. Every read past the end
 * throws the format exception its owner chose, naming {@code where}, so hostile input can never
 * cause an unchecked exception.
 */
public final class Slice {
    /** Builds the exception a failed read throws. */
    @FunctionalInterface
    public interface Failure {
        BpfFormatException at(String where, String problem);
    }

    private final byte[] data;
    private final int start;
    private final int length;
    private final boolean le;
    private final String where;
    private final Failure failure;

    public Slice(byte[] data, int start, int length, ByteOrder order, String where, Failure failure) {
        if (start < 0 || length < 0 || start > data.length - length) {
            throw failure.at(where, "bytes [" + start + ", +" + length + ") lie outside the " + data.length + "-byte input");
        }
        this.data = data;
        this.start = start;
        this.length = length;
        this.le = order == ByteOrder.LITTLE_ENDIAN;
        this.where = where;
        this.failure = failure;
    }

    public Slice(byte[] data, ByteOrder order, String where, Failure failure) {
        this(data, 0, data.length, order, where, failure);
    }

    public int length() {
        return length;
    }

    public ByteOrder order() {
        return le ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    public String where() {
        return where;
    }

    public BpfFormatException fail(String problem) {
        return failure.at(where, problem);
    }

    /** A sub-view of {@code len} bytes at {@code off}, named {@code subWhere}. */
    public Slice slice(long off, long len, String subWhere) {
        check(off, len);
        return new Slice(data, start + (int) off, (int) len, order(), subWhere, failure);
    }

    public boolean fits(long off, long len) {
        return off >= 0 && len >= 0 && off <= length && len <= length - off;
    }

    private void check(long off, long len) {
        if (!fits(off, len)) {
            throw failure.at(where, "reading " + len + " bytes at offset " + off + " runs past its end (" + length + " bytes)");
        }
    }

    public int u8(long off) {
        check(off, 1);
        return data[start + (int) off] & 0xff;
    }

    public int u16(long off) {
        check(off, 2);
        int p = start + (int) off;
        return le ? (data[p] & 0xff) | (data[p + 1] & 0xff) << 8 : (data[p] & 0xff) << 8 | (data[p + 1] & 0xff);
    }

    /** A 32-bit value as a Java int (callers treat it as unsigned where it matters). */
    public int u32(long off) {
        check(off, 4);
        int p = start + (int) off;
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (data[p + (le ? i : 3 - i)] & 0xff) << (8 * i);
        }
        return v;
    }

    public long u32L(long off) {
        return u32(off) & 0xffffffffL;
    }

    public long u64(long off) {
        check(off, 8);
        long lo = u32L(off);
        long hi = u32L(off + 4);
        return le ? hi << 32 | lo : lo << 32 | hi;
    }

    /** A copy of {@code len} bytes at {@code off}. */
    public byte[] bytes(long off, long len) {
        check(off, len);
        byte[] out = new byte[(int) len];
        System.arraycopy(data, start + (int) off, out, 0, (int) len);
        return out;
    }

    public byte[] bytes() {
        return bytes(0, length);
    }

    /** The NUL-terminated string at {@code off}. */
    public String cString(long off) {
        if (off < 0 || off >= length) {
            throw failure.at(where, "string offset " + off + " is outside the " + length + "-byte string table");
        }
        int p = start + (int) off;
        int end = start + length;
        int q = p;
        while (q < end && data[q] != 0) {
            q++;
        }
        if (q == end) {
            throw failure.at(where, "string at offset " + off + " is not NUL-terminated");
        }
        return new String(data, p, q - p, StandardCharsets.UTF_8);
    }

    /** Whether a NUL-terminated string starts at {@code off}. */
    public boolean isCString(long off) {
        if (off < 0 || off >= length) {
            return false;
        }
        for (int q = start + (int) off; q < start + length; q++) {
            if (data[q] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Absolute position in the underlying array, for diagnostics and for the instruction decoder. */
    public int absolute(long off) {
        check(off, 0);
        return start + (int) off;
    }

    public byte[] array() {
        return data;
    }

    /** Whether every byte is zero. */
    public boolean allZero() {
        for (int i = 0; i < length; i++) {
            if (data[start + i] != 0) {
                return false;
            }
        }
        return true;
    }
}
