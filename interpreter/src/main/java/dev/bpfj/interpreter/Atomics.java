package dev.bpfj.interpreter;

import static dev.bpfj.core.Opcodes.*;
import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

/**
 * {@code BPF_STX | BPF_ATOMIC}: add/or/and/xor with and without fetch, xchg and cmpxchg on 32 or
 * 64 bits (RFC 9669 §5.3, {@code kernel/bpf/core.c}). The 32-bit forms operate on the low half and
 * zero-extend what they write back to a register. The kernel allows atomics only on aligned stack
 * and map memory, never on the packet or the context.
 */
final class Atomics {
    private Atomics() {}

    /** Runs the atomic instruction at {@code pc} of the interpreter, writing back to its registers. */
    static void run(Vm vm, int pc, int size) {
        Code code = vm.code;
        long[] r = vm.r;
        int s = code.src[pc];
        int op = (int) code.imm[pc];
        long old = apply(vm, r[code.dst[pc]] + code.off[pc], r[s], r[0], size, op);
        if (op == CMPXCHG) {
            r[0] = old;
        } else if ((op & FETCH) != 0) {
            r[s] = old;
        }
    }

    /**
     * Performs the operation on memory and returns the old value (32-bit forms zero-extended); the
     * caller writes it to the source register (fetch forms, xchg) or R0 (cmpxchg).
     */
    static long apply(Vm vm, long addr, long src, long r0, int size, int op) {
        vm.mem.range(addr, size, false);
        Region g = vm.mem.range(addr, size, true);
        XdpBuffer xdp = vm.machine.xdp;
        SkbBuffer skb = vm.machine.skb;
        if (xdp != null && g == xdp.packet || skb != null && g == skb.packet) {
            throw new Fault(INVALID_INSTRUCTION, "BPF_ATOMIC stores into pkt is not allowed");
        }
        int o = (int) addr;
        byte[] b = g.bytes;
        long old = Memory.read(b, o, size);
        long mask = size == 4 ? 0xffffffffL : -1L;
        switch (op) {
            case ADD, ADD | FETCH -> Memory.write(b, o, size, old + src);
            case OR, OR | FETCH -> Memory.write(b, o, size, old | src);
            case AND, AND | FETCH -> Memory.write(b, o, size, old & src);
            case XOR, XOR | FETCH -> Memory.write(b, o, size, old ^ src);
            case XCHG -> Memory.write(b, o, size, src);
            case CMPXCHG -> {
                if (old == (r0 & mask)) {
                    Memory.write(b, o, size, src);
                }
            }
            default -> throw new Fault(INVALID_INSTRUCTION, String.format("BPF_ATOMIC uses invalid atomic opcode %02x", op));
        }
        return old;
    }
}
