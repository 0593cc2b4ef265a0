package dev.bpfj.dsl.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The stack slots of one function, as offsets below r10. Slots are taken and given back in nested
 * order (a scope's temporaries are freed when it closes), so space is reused; the high-water mark is
 * the frame's size, which the kernel caps at 512 bytes for a call chain.
 */
public final class StackFrame {
    /** {@code MAX_BPF_STACK} */
    public static final int LIMIT = 512;

    private int depth;
    private int max;
    private final List<Integer> marks = new ArrayList<>();

    /**
     * Takes {@code bytes} bytes aligned to {@code align} and returns the offset from r10 of their first
     * byte (negative).
     */
    public int allocate(int bytes, int align) {
        int d = depth + bytes;
        d = (d + align - 1) / align * align;
        depth = d;
        max = Math.max(max, depth);
        return -depth;
    }

    /** Takes 8 aligned bytes below everything used so far, for a value that lives anywhere in the function. */
    public int allocateSpill() {
        depth = Math.max(depth, max);
        return allocate(8, 8);
    }

    /** Remembers the current depth; {@link #release()} returns to it. */
    public void mark() {
        marks.add(depth);
    }

    public void release() {
        depth = marks.remove(marks.size() - 1);
    }

    /** Bytes used at the deepest point. */
    public int size() {
        return max;
    }
}
