package dev.bpfj.kernel;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/** A zeroed {@code union bpf_attr} being filled field by field (x86-64 offsets, little-endian). */
final class Attr {
    private final Arena arena;
    final MemorySegment segment;

    Attr(Arena arena, int size) {
        this.arena = arena;
        this.segment = arena.allocate(size, 8);
    }

    Attr u32(long offset, int value) {
        segment.set(JAVA_INT_UNALIGNED, offset, value);
        return this;
    }

    Attr u64(long offset, long value) {
        segment.set(JAVA_LONG_UNALIGNED, offset, value);
        return this;
    }

    Attr ptr(long offset, MemorySegment target) {
        return u64(offset, target == null ? 0 : target.address());
    }

    /** A NUL-terminated name in a {@code char[16]} field; the kernel keeps 15 characters. */
    Attr name(long offset, String name) {
        byte[] b = name.getBytes(StandardCharsets.US_ASCII);
        int n = Math.min(b.length, 15);
        for (int i = 0; i < n; i++) {
            segment.set(JAVA_BYTE, offset + i, b[i]);
        }
        return this;
    }

    int u32(long offset) {
        return segment.get(JAVA_INT_UNALIGNED, offset);
    }

    MemorySegment bytes(byte[] data) {
        MemorySegment s = arena.allocate(Math.max(1, data.length), 8);
        MemorySegment.copy(data, 0, s, JAVA_BYTE, 0, data.length);
        return s;
    }

    MemorySegment buffer(long size) {
        return arena.allocate(Math.max(1, size), 8);
    }

    static byte[] toBytes(MemorySegment s, int length) {
        byte[] out = new byte[length];
        MemorySegment.copy(s, JAVA_BYTE, 0, out, 0, length);
        return out;
    }
}
