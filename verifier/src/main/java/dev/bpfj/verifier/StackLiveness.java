package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.Opcodes;

/**
 * Which stack slots may still be read, for state pruning. Linux 6.18 no longer compares the stack
 * slots a program will not read again ({@code kernel/bpf/liveness.c}: a call-chain sensitive
 * "may read / must write" analysis that {@code clean_live_states} uses to forget dead slots of
 * cached states), so a loop that leaves different values in a slot nobody reads again is pruned.
 * bpfj computes a static over-approximation: a slot is live before an instruction when, on some
 * path from there, it may be read before an 8-byte store overwrites it. Reads through pointers whose
 * target is not known make every slot live, so a dead slot here is dead in Linux too.
 *
 * <p>Also per instruction: whether the function may still access memory through a pointer that can
 * point into a caller's stack ({@link #foreign}); while it may, its callers' slots all count as live.
 */
final class StackLiveness {
    /** Live slots (bit spi: bytes {@code -8*(spi+1) .. -8*spi-1} from the frame pointer) before each instruction. */
    final long[] live;
    /** Every slot of the frame may be live before the instruction (an access at an unknown offset). */
    final boolean[] allLive;
    /** The function may still access a caller's stack through a pointer it was given. */
    final boolean[] foreign;

    private final Cfg cfg;
    private final Precision kinds;

    private StackLiveness(Cfg cfg, Precision kinds) {
        this.cfg = cfg;
        this.kinds = kinds;
        this.live = new long[cfg.len + 1];
        this.allLive = new boolean[cfg.len + 1];
        this.foreign = new boolean[cfg.len + 1];
    }

    static StackLiveness compute(Cfg cfg, Precision kinds) {
        StackLiveness s = new StackLiveness(cfg, kinds);
        s.backward();
        return s;
    }

    /** Whether slot {@code spi} of the frame executing {@code insn} may be read from there on. */
    boolean slotLive(int insn, int spi) {
        return allLive[insn] || (live[insn] & (1L << spi)) != 0;
    }

    private void backward() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = cfg.len - 1; i >= 0; i--) {
                Instruction in = cfg.insns[i];
                if (in == null) {
                    continue;
                }
                if (!kinds.reached(i)) {
                    // never reached by the forward pass: keep everything live, as nothing is known
                    if (!allLive[i] || !foreign[i]) {
                        allLive[i] = true;
                        foreign[i] = true;
                        changed = true;
                    }
                    continue;
                }
                long l = 0;
                boolean all = false;
                boolean far = false;
                for (int s : Precision.successors(i, in)) {
                    if (s >= 0 && s < cfg.len) {
                        l |= live[s];
                        all |= allLive[s];
                        far |= foreign[s];
                    }
                }
                long[] ls = {l};
                boolean[] flags = {all, far};
                step(i, in, ls, flags);
                if (ls[0] != live[i] || flags[0] != allLive[i] || flags[1] != foreign[i]) {
                    live[i] = ls[0];
                    allLive[i] = flags[0];
                    foreign[i] = flags[1];
                    changed = true;
                }
            }
        }
    }

    /** Slots covering bytes {@code [kind+off, kind+off+size)}, or -1 when the range is not a fixed frame range. */
    private static long slots(int kind, int off, int size) {
        if (!Precision.isFp(kind)) {
            return -1;
        }
        long lo = (long) kind + off;
        long hi = lo + size - 1;
        if (lo < -Frame.MAX_STACK || hi > -1) {
            return -1;
        }
        int first = (int) ((-hi - 1) / 8);
        int last = (int) ((-lo - 1) / 8);
        long mask = 0;
        for (int spi = first; spi <= last; spi++) {
            mask |= 1L << spi;
        }
        return mask;
    }

    /** Slots at or above {@code kind} (a helper reads a buffer of unknown size upwards from its pointer). */
    private static long slotsFrom(int kind) {
        long lo = kind;
        if (lo < -Frame.MAX_STACK || lo > -1) {
            return -1;
        }
        int last = (int) ((-lo - 1) / 8);
        return last >= 63 ? -1L : (1L << (last + 1)) - 1;
    }

    /** A read through a register of kind {@code kind}. */
    private static void read(int kind, int off, int size, long[] ls, boolean[] flags) {
        touch(kind, Precision.isFp(kind) ? slots(kind, off, size) : -1, ls, flags);
    }

    /** A pointer handed to code that may read any of the memory above it. */
    private static void escapes(int kind, long[] ls, boolean[] flags) {
        touch(kind, Precision.isFp(kind) ? slotsFrom(kind) : -1, ls, flags);
    }

    /** Marks {@code mask} live for a frame pointer, or everything when the slots are not known. */
    private static void touch(int kind, long mask, long[] ls, boolean[] flags) {
        if (Precision.isFp(kind)) {
            if (mask == -1) {
                flags[0] = true;
            } else {
                ls[0] |= mask;
            }
        } else if (kind == Precision.MAYBE_STACK) {
            flags[0] = true;
            flags[1] = true;
        }
    }

    private void step(int i, Instruction in, long[] ls, boolean[] flags) {
        int code = in.opcode();
        int dst = in.dst();
        int src = in.src();
        switch (code & 7) {
            case LDX -> read(kinds.kindAt(i, src), in.offset(), sizeBytes(code), ls, flags);
            case ST, STX -> {
                int target = kinds.kindAt(i, dst);
                int size = sizeBytes(code);
                if ((code & 0xe0) == ATOMIC) {
                    read(target, in.offset(), size, ls, flags);
                    break;
                }
                if (target == Precision.MAYBE_STACK) {
                    flags[1] = true; // a store into a caller's frame may be what makes its slot live; keep callers whole
                    break;
                }
                long m = slots(target, in.offset(), size);
                if (m != -1 && size == 8 && (((long) target + in.offset()) & 7) == 0) {
                    ls[0] &= ~m;
                }
            }
            case JMP, JMP32 -> {
                int op = code & 0xf0;
                if (op != CALL) {
                    break;
                }
                if (in.isHelperCall()) {
                    Helper h = Helpers.byId(in.imm32()).orElse(null);
                    boolean callback = h != null && h.args().contains(dev.bpfj.core.ArgKind.FUNC);
                    for (int a = 1; a <= 5; a++) {
                        int kind = kinds.kindAt(i, a);
                        if (callback && (Precision.isFp(kind) || kind == Precision.MAYBE_STACK)) {
                            flags[0] = true;
                            flags[1] |= kind == Precision.MAYBE_STACK;
                        }
                        escapes(kind, ls, flags);
                    }
                } else {
                    // a subprogram (or kfunc) may read whatever its pointer arguments reach
                    for (int a = 1; a <= 5; a++) {
                        int kind = kinds.kindAt(i, a);
                        if (Precision.isFp(kind)) {
                            flags[0] = true;
                        } else if (kind == Precision.MAYBE_STACK) {
                            flags[0] = true;
                            flags[1] = true;
                        }
                    }
                    if (in.isLocalCall()) {
                        int target = i + in.imm32() + 1;
                        if (target >= 0 && target < cfg.len && foreign[target]) {
                            // what the callee reaches through pointers from further up is our callers' too
                            flags[1] = true;
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    private static int sizeBytes(int code) {
        return switch (code & 0x18) {
            case Opcodes.W -> 4;
            case Opcodes.H -> 2;
            case Opcodes.B -> 1;
            default -> 8;
        };
    }
}
