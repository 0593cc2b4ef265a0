package dev.bpfj.interpreter;

/**
 * The operations compiled programs call where one JVM instruction does not do what BPF's does:
 * division and modulo with their zero rules (RFC 9669 §4.1) and atomics. Small and static, so the
 * JIT inlines them.
 */
final class CompiledOps {
    private CompiledOps() {}

    static long udiv64(long a, long b) {
        return b == 0 ? 0 : Long.divideUnsigned(a, b);
    }

    static long umod64(long a, long b) {
        return b == 0 ? a : Long.remainderUnsigned(a, b);
    }

    static long sdiv64(long a, long b) {
        return b == 0 ? 0 : a / b;
    }

    static long smod64(long a, long b) {
        return b == 0 ? a : a % b;
    }

    static long udiv32(int a, int b) {
        return b == 0 ? 0 : Integer.toUnsignedLong(Integer.divideUnsigned(a, b));
    }

    static long umod32(int a, int b) {
        return Integer.toUnsignedLong(b == 0 ? a : Integer.remainderUnsigned(a, b));
    }

    static long sdiv32(int a, int b) {
        return b == 0 ? 0 : Integer.toUnsignedLong(a / b);
    }

    static long smod32(int a, int b) {
        return Integer.toUnsignedLong(b == 0 ? a : a % b);
    }

    static long swap16(long v) {
        return Short.reverseBytes((short) v) & 0xffffL;
    }

    static long swap32(long v) {
        return Integer.toUnsignedLong(Integer.reverseBytes((int) v));
    }

    /**
     * An atomic read-modify-write at {@code addr}; returns the old value (zero-extended for 32 bits),
     * which the caller writes to the source register (fetch forms, xchg) or R0 (cmpxchg).
     */
    static long atomic(Vm vm, long addr, long src, long r0, int size, int op) {
        return Atomics.apply(vm, addr, src, r0, size, op);
    }
}
