package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The address space a program sees: a table of {@link Region}s and pointers that name one.
 *
 * <p>A pointer is {@code 0xff} in the top byte, the region id in the next 24 bits and the offset in
 * the low 32 bits, so pointer arithmetic, comparison and subtraction behave as on real addresses
 * while every dereference is checked against the one region the pointer came from. NULL and small
 * numbers land in region 0, which faults. Memory is little-endian, like the bpfel objects it runs.
 */
final class Memory {
    private static final int TAG = 0xff000000;
    private static final int MAX_REGIONS = 1 << 24;
    /** Released ids wait behind this many others before reuse. */
    private static final int QUARANTINE = 64;

    private static final VarHandle I16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Reads a context field: returns the value a load of {@code size} bytes at {@code offset} yields. */
    interface ContextAccess {
        long load(int offset, int size);

        /** Writes a context field; contexts that are read-only (XDP's) refuse. */
        default void store(int offset, int size, long value) {
            throw new Fault(INVALID_CONTEXT_ACCESS, "invalid bpf_context access off=" + offset + " size=" + size
                    + ": the XDP context is read-only");
        }
    }

    private Region[] table = new Region[64];
    private int count = 1;
    /** Released ids, reused first-in first-out so a stale pointer is unlikely to meet a new region soon. */
    private int[] free = new int[16];
    private int freeHead;
    private int freeSize;

    /** The initialised bit of each byte of {@link #stackBytes}. */
    final long[] stackInit;
    final byte[] stackBytes;
    /** Whether reading stack bytes no instruction wrote faults (it does unless the user opts out). */
    boolean strictStack = true;

    Memory(int stackBytes) {
        Region nul = new Region(0);
        nul.set(new byte[0], 0, 0, Region.INVALID, true, "NULL", null);
        table[0] = nul;
        this.stackBytes = new byte[stackBytes];
        this.stackInit = new long[(stackBytes + 63) >>> 6];
    }

    static long address(int id, int offset) {
        return ((long) (TAG | id) << 32) | (offset & 0xffffffffL);
    }

    static long address(Region r, int offset) {
        return address(r.id, offset);
    }

    Region regionOf(long addr) {
        int id = (int) (addr >>> 32) ^ TAG;
        return Integer.compareUnsigned(id, count) < 0 ? table[id] : table[0];
    }

    Region allocate(byte[] bytes, int lo, int hi, int kind, boolean readOnly, String label, Object owner) {
        int id;
        if (freeSize > QUARANTINE) {
            id = free[freeHead];
            freeHead = (freeHead + 1) % free.length;
            freeSize--;
        } else {
            if (count == MAX_REGIONS) {
                throw new Fault(UNSUPPORTED, "the interpreter ran out of region ids (" + MAX_REGIONS
                        + " live pointers' targets); use smaller maps");
            }
            id = count++;
            if (id == table.length) {
                table = Arrays.copyOf(table, table.length * 2);
            }
            table[id] = new Region(id);
        }
        Region r = table[id];
        r.set(bytes, lo, hi, kind, readOnly, label, owner);
        return r;
    }

    /** Releases a region: later accesses through old pointers fault instead of reaching new data. */
    void release(Region r) {
        if (r.id == 0 || r.kind == Region.RELEASED) {
            return;
        }
        r.set(null, 0, 0, Region.RELEASED, true, "released " + r.label, null);
        if (freeSize == free.length) {
            int[] bigger = new int[free.length * 2];
            for (int i = 0; i < freeSize; i++) {
                bigger[i] = free[(freeHead + i) % free.length];
            }
            free = bigger;
            freeHead = 0;
        }
        free[(freeHead + freeSize) % free.length] = r.id;
        freeSize++;
    }

    // ---- loads ------------------------------------------------------------------------------

    long load8(long addr) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && o >= g.lo && o < g.hi) {
            return g.bytes[o] & 0xffL;
        }
        return loadSlow(g, addr, 1);
    }

    long load16(long addr) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && o >= g.lo && o <= g.hi - 2) {
            return (short) I16.get(g.bytes, o) & 0xffffL;
        }
        return loadSlow(g, addr, 2);
    }

    long load32(long addr) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && o >= g.lo && o <= g.hi - 4) {
            return (int) I32.get(g.bytes, o) & 0xffffffffL;
        }
        return loadSlow(g, addr, 4);
    }

    long load64(long addr) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && o >= g.lo && o <= g.hi - 8) {
            return (long) I64.get(g.bytes, o);
        }
        return loadSlow(g, addr, 8);
    }

    long load(long addr, int size) {
        return switch (size) {
            case 1 -> load8(addr);
            case 2 -> load16(addr);
            case 4 -> load32(addr);
            default -> load64(addr);
        };
    }

    private long loadSlow(Region g, long addr, int size) {
        int o = (int) addr;
        if (g.kind == Region.CTX) {
            if (o < g.lo || o > g.hi - size) {
                throw new Fault(INVALID_CONTEXT_ACCESS, "invalid bpf_context access off=" + o + " size=" + size);
            }
            return ((ContextAccess) g.owner).load(o, size);
        }
        check(g, addr, size, false);
        if (g.kind == Region.STACK && strictStack && !stackInitialized(o, size)) {
            throw uninitializedStack(g, o, size);
        }
        return read(g.bytes, o, size);
    }

    // ---- stores -----------------------------------------------------------------------------

    void store8(long addr, long v) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && !g.readOnly && o >= g.lo && o < g.hi) {
            g.bytes[o] = (byte) v;
            return;
        }
        storeSlow(g, addr, 1, v);
    }

    void store16(long addr, long v) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && !g.readOnly && o >= g.lo && o <= g.hi - 2) {
            I16.set(g.bytes, o, (short) v);
            return;
        }
        storeSlow(g, addr, 2, v);
    }

    void store32(long addr, long v) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && !g.readOnly && o >= g.lo && o <= g.hi - 4) {
            I32.set(g.bytes, o, (int) v);
            return;
        }
        storeSlow(g, addr, 4, v);
    }

    void store64(long addr, long v) {
        Region g = regionOf(addr);
        int o = (int) addr;
        if (g.kind == Region.PLAIN && !g.readOnly && o >= g.lo && o <= g.hi - 8) {
            I64.set(g.bytes, o, v);
            return;
        }
        storeSlow(g, addr, 8, v);
    }

    void store(long addr, int size, long v) {
        switch (size) {
            case 1 -> store8(addr, v);
            case 2 -> store16(addr, v);
            case 4 -> store32(addr, v);
            default -> store64(addr, v);
        }
    }

    private void storeSlow(Region g, long addr, int size, long v) {
        int o = (int) addr;
        if (g.kind == Region.CTX) {
            if (o < g.lo || o > g.hi - size) {
                throw new Fault(INVALID_CONTEXT_ACCESS, "invalid bpf_context access off=" + o + " size=" + size);
            }
            ((ContextAccess) g.owner).store(o, size, v);
            return;
        }
        check(g, addr, size, true);
        if (g.kind == Region.STACK) {
            markInitialized(o, size);
        }
        write(g.bytes, o, size, v);
    }

    // ---- ranges for helpers and atomics -----------------------------------------------------

    /**
     * Checks that {@code [addr, addr + size)} lies in one region and may be read (or written), and
     * returns that region; the bytes are {@code region.bytes} from offset {@code (int) addr}.
     * Reading checks stack initialisation; writing marks stack bytes initialised.
     */
    Region range(long addr, long size, boolean write) {
        Region g = regionOf(addr);
        if (g.kind == Region.CTX) {
            throw new Fault(INVALID_CONTEXT_ACCESS, "the context cannot be passed as memory to a helper or atomic");
        }
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new Fault(HELPER_MISUSE, "invalid memory size " + size);
        }
        int n = (int) size;
        check(g, addr, n, write);
        int o = (int) addr;
        if (g.kind == Region.STACK) {
            if (write) {
                markInitialized(o, n);
            } else if (strictStack && !stackInitialized(o, n)) {
                throw uninitializedStack(g, o, n);
            }
        }
        return g;
    }

    void readInto(long addr, byte[] dst, int dstOff, int size) {
        Region g = range(addr, size, false);
        System.arraycopy(g.bytes, (int) addr, dst, dstOff, size);
    }

    byte[] readBytes(long addr, int size) {
        byte[] out = new byte[size];
        readInto(addr, out, 0, size);
        return out;
    }

    void writeFrom(long addr, byte[] src, int srcOff, int size) {
        Region g = range(addr, size, true);
        System.arraycopy(src, srcOff, g.bytes, (int) addr, size);
    }

    private void check(Region g, long addr, int size, boolean write) {
        int o = (int) addr;
        if (o < 0) {
            // A pointer moved below its region's start borrows from the id bits: name the region it left.
            Region left = regionOf(addr + (1L << 32));
            if (left.kind == Region.PLAIN || left.kind == Region.STACK) {
                throw new Fault(OUT_OF_BOUNDS, "invalid " + (write ? "write to " : "read from ") + left.label
                        + ": " + offset(left, o) + " size=" + size + ", below its start");
            }
        }
        switch (g.kind) {
            case Region.INVALID -> throw new Fault(INVALID_POINTER, (write ? "write to " : "read from ")
                    + (addr == 0 ? "NULL" : "0x" + Long.toHexString(addr) + ", which is not a pointer")
                    + (addr == 0 ? " (a map lookup result needs a NULL check first)" : ""));
            case Region.RELEASED -> throw new Fault(INVALID_POINTER, (write ? "write to " : "read from ")
                    + g.label + " (the memory was already released)");
            case Region.MAP, Region.FUNC, Region.OPAQUE -> throw new Fault(INVALID_POINTER,
                    (write ? "write to " : "read from ") + g.label + ", which cannot be dereferenced");
            default -> {
            }
        }
        long end = (long) o + size;
        if (o < g.lo || end > g.hi || size < 0) {
            throw new Fault(OUT_OF_BOUNDS, "invalid " + (write ? "write to " : "read from ") + g.label
                    + ": " + offset(g, o) + " size=" + size + ", but it spans " + offset(g, g.lo) + ".."
                    + (g.kind == Region.STACK ? "fp0" : String.valueOf(g.hi - g.origin)));
        }
        if (write && g.readOnly) {
            throw new Fault(READ_ONLY, "write into read-only " + g.label);
        }
    }

    /** An offset as messages show it: from the frame pointer for stack, from the region's origin otherwise. */
    private static String offset(Region g, int o) {
        return g.kind == Region.STACK ? "fp" + ((long) o - g.hi) : "off=" + ((long) o - g.origin);
    }

    // ---- stack initialisation ---------------------------------------------------------------

    private static final int TEST = 0;
    private static final int SET = 1;
    private static final int CLEAR = 2;

    /** Tests, sets or clears the initialised bits of stack bytes {@code [o, o + n)}, a word at a time. */
    private boolean stackBits(int o, int n, int mode) {
        long[] bits = stackInit;
        for (int i = o; i < o + n; ) {
            int w = i >>> 6;
            int b = i & 63;
            int take = Math.min(64 - b, o + n - i);
            long mask = take == 64 ? -1L : ((1L << take) - 1) << b;
            switch (mode) {
                case TEST -> {
                    if ((bits[w] & mask) != mask) {
                        return false;
                    }
                }
                case SET -> bits[w] |= mask;
                default -> bits[w] &= ~mask;
            }
            i += take;
        }
        return true;
    }

    boolean stackInitialized(int o, int n) {
        return stackBits(o, n, TEST);
    }

    void markInitialized(int o, int n) {
        stackBits(o, n, SET);
    }

    void clearInitialized(int o, int n) {
        stackBits(o, n, CLEAR);
    }

    private Fault uninitializedStack(Region g, int o, int n) {
        int first = o;
        while (first < o + n && stackInitialized(first, 1)) {
            first++;
        }
        int top = first - g.hi;
        return new Fault(UNINITIALIZED_STACK, "invalid read from " + g.label + " off=" + (o - g.hi) + " size=" + n
                + ": the byte at fp" + top + " was never written (the kernel's verifier refuses reads of"
                + " uninitialized stack; initialise the variable, e.g. with = {} or __builtin_memset)");
    }

    // ---- raw little-endian access -------------------------------------------------------------

    static long read(byte[] b, int o, int size) {
        return switch (size) {
            case 1 -> b[o] & 0xffL;
            case 2 -> (short) I16.get(b, o) & 0xffffL;
            case 4 -> (int) I32.get(b, o) & 0xffffffffL;
            default -> (long) I64.get(b, o);
        };
    }

    static void write(byte[] b, int o, int size, long v) {
        switch (size) {
            case 1 -> b[o] = (byte) v;
            case 2 -> I16.set(b, o, (short) v);
            case 4 -> I32.set(b, o, (int) v);
            default -> I64.set(b, o, v);
        }
    }

    /** A register value as the fault messages show it: a region and offset for pointers, hex otherwise. */
    String describe(long value) {
        int id = (int) (value >>> 32) ^ TAG;
        if (id > 0 && id < count) {
            Region g = table[id];
            int o = (int) value;
            return switch (g.kind) {
                case Region.MAP -> g.label;
                case Region.FUNC -> g.label;
                case Region.STACK -> "fp" + (o - g.hi) + "(" + g.label + ")";
                case Region.CTX -> o == 0 ? "ctx" : "ctx+" + o;
                default -> g.label + (o - g.origin >= 0 ? "+" : "") + (o - g.origin);
            };
        }
        return "0x" + Long.toHexString(value);
    }
}
