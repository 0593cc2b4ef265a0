package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.ArgKind;
import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.Instruction;
import java.util.Arrays;

/**
 * Which scalars must be compared exactly when pruning: Linux marks a scalar precise only when its
 * value reaches a check that depends on it (pointer arithmetic, a decided branch, a helper's size or
 * key argument...) and lets imprecise scalars differ between pruned states. The kernel finds these by
 * backtracking each path; bpfj computes a static over-approximation instead: a register or stack slot
 * is "needed" at an instruction when, on some path from there, its value can flow into such a check.
 * Needed ⊇ precise, so pruning stays sound; it is only sometimes less eager than Linux's.
 *
 * <p>Stack slots are named by their fixed offset from the frame pointer, found by a forward pass that
 * tracks which registers hold {@code r10 + constant}.
 */
final class Precision {
    // forward lattice per register
    private static final int BOTTOM = Integer.MIN_VALUE;
    private static final int NOT_STACK = Integer.MAX_VALUE - 1;
    static final int MAYBE_STACK = Integer.MAX_VALUE;

    /** Needed registers (bit i = Ri) before each instruction. */
    final int[] regs;
    /** Needed stack slots (bit spi) of the current frame before each instruction. */
    final long[] slots;
    /** Whether every stack slot of every frame may be needed before each instruction. */
    final boolean[] allStack;

    private final Instruction[] insns;
    private final int len;
    private final boolean mainReturnIsChecked;
    private final Cfg cfg;
    /** Forward facts: per slot, 11 register kinds (FP offsets or the constants above). */
    private final int[][] kinds;

    private Precision(Cfg cfg, boolean mainReturnIsChecked) {
        this.cfg = cfg;
        this.insns = cfg.insns;
        this.len = cfg.len;
        this.mainReturnIsChecked = mainReturnIsChecked;
        this.regs = new int[len + 1];
        this.slots = new long[len + 1];
        this.allStack = new boolean[len + 1];
        this.kinds = new int[len][];
    }

    static Precision compute(Cfg cfg, boolean mainReturnIsChecked) {
        Precision p = new Precision(cfg, mainReturnIsChecked);
        p.forward();
        p.backward();
        return p;
    }

    boolean regNeeded(int insn, int reg) {
        return (regs[insn] & (1 << reg)) != 0;
    }

    /** Whether the forward pass reached the instruction (so {@link #kindAt} knows something). */
    boolean reached(int insn) {
        return kinds[insn] != null;
    }

    /** What register {@code reg} holds before {@code insn}: an FP offset, {@link #MAYBE_STACK} or neither. */
    int kindAt(int insn, int reg) {
        return reg > 10 ? NOT_STACK : kinds[insn][reg];
    }

    boolean slotNeeded(int insn, int spi) {
        return allStack[insn] || (slots[insn] & (1L << spi)) != 0;
    }

    // ---- forward: which registers point into the stack ------------------------------------------

    private static int join(int a, int b) {
        if (a == BOTTOM) {
            return b;
        }
        if (b == BOTTOM || a == b) {
            return a;
        }
        return MAYBE_STACK;
    }

    static boolean isFp(int k) {
        return k != BOTTOM && k != NOT_STACK && k != MAYBE_STACK;
    }

    private void forward() {
        boolean[] queued = new boolean[len];
        int[] work = new int[len * 2 + 16];
        int head = 0;
        int tail = 0;
        for (int start : cfg.subprogStarts) {
            int[] entry = new int[11];
            Arrays.fill(entry, BOTTOM);
            entry[10] = 0;
            if (start == 0) {
                entry[1] = NOT_STACK;
            } else {
                for (int r = 1; r <= 5; r++) {
                    entry[r] = MAYBE_STACK;
                }
            }
            kinds[start] = entry;
            queued[start] = true;
            work[tail++ % work.length] = start;
        }
        while (head != tail) {
            int i = work[head++ % work.length];
            queued[i] = false;
            Instruction in = insns[i];
            int[] out = kinds[i].clone();
            transfer(in, out);
            for (int s : successors(i, in)) {
                if (s < 0 || s >= len || insns[s] == null) {
                    continue;
                }
                int[] cur = kinds[s];
                boolean changed = false;
                if (cur == null) {
                    kinds[s] = out.clone();
                    changed = true;
                } else {
                    for (int r = 0; r < 11; r++) {
                        int j = join(cur[r], out[r]);
                        if (j != cur[r]) {
                            cur[r] = j;
                            changed = true;
                        }
                    }
                }
                if (changed && !queued[s]) {
                    queued[s] = true;
                    work[tail++ % work.length] = s;
                }
            }
        }
    }

    /** Where control goes after instruction {@code i} (none after exit; calls return to the next slot). */
    static int[] successors(int i, Instruction in) {
        int code = in.opcode();
        int cls = code & 7;
        if (cls == JMP || cls == JMP32) {
            int op = code & 0xf0;
            if (op == EXIT) {
                return new int[0];
            }
            if (op == CALL) {
                return new int[] {i + 1};
            }
            if (op == JA) {
                return new int[] {i + (code == GOTOL_OP ? in.imm32() : in.offset()) + 1};
            }
            return new int[] {i + 1, i + in.offset() + 1};
        }
        return new int[] {i + in.slots()};
    }

    private static void transfer(Instruction in, int[] k) {
        int code = in.opcode();
        int dst = in.dst();
        int src = in.src();
        switch (code & 7) {
            case ALU64 -> {
                int op = code & 0xf0;
                boolean x = (code & X) != 0;
                if (dst > 9) {
                    return;
                }
                if (op == MOV) {
                    k[dst] = x && in.offset() == 0 && src <= 10 ? k[src] : NOT_STACK;
                } else if ((op == ADD || op == SUB) && !x) {
                    k[dst] = isFp(k[dst]) ? k[dst] + (op == ADD ? in.imm32() : -in.imm32()) : k[dst] == MAYBE_STACK
                            ? MAYBE_STACK : NOT_STACK;
                } else if (op == ADD || op == SUB) {
                    int a = k[dst];
                    int b = src <= 10 ? k[src] : NOT_STACK;
                    boolean stacky = isFp(a) || a == MAYBE_STACK || isFp(b) || b == MAYBE_STACK;
                    k[dst] = stacky ? MAYBE_STACK : NOT_STACK;
                } else {
                    k[dst] = NOT_STACK;
                }
            }
            case ALU -> {
                if (dst <= 9) {
                    k[dst] = NOT_STACK;
                }
            }
            case LDX -> {
                if (dst <= 9) {
                    int s = src <= 10 ? k[src] : NOT_STACK;
                    k[dst] = isFp(s) || s == MAYBE_STACK ? MAYBE_STACK : NOT_STACK;
                }
            }
            case STX -> {
                if ((code & 0xe0) == ATOMIC) {
                    int imm = in.imm32();
                    if (imm == CMPXCHG) {
                        k[0] = NOT_STACK;
                    } else if ((imm & FETCH) != 0 && src <= 9) {
                        k[src] = NOT_STACK;
                    }
                }
            }
            case LD -> {
                if (code == LDDW && dst <= 9) {
                    k[dst] = NOT_STACK;
                } else if (code != LDDW) {
                    for (int r = 0; r <= 5; r++) {
                        k[r] = NOT_STACK;
                    }
                }
            }
            case JMP -> {
                if ((code & 0xf0) == CALL) {
                    for (int r = 0; r <= 5; r++) {
                        k[r] = NOT_STACK;
                    }
                }
            }
            default -> {
            }
        }
    }

    // ---- backward: what may flow into a precise use -----------------------------------------------

    private static int spiOf(int kind, int off) {
        if (!isFp(kind)) {
            return -1;
        }
        long o = (long) kind + off;
        if (o < -Frame.MAX_STACK || o > -1) {
            return -1;
        }
        return (int) ((-o - 1) / 8);
    }

    private void backward() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = len - 1; i >= 0; i--) {
                Instruction in = insns[i];
                if (in == null || kinds[i] == null) {
                    continue;
                }
                int r = 0;
                long s = 0;
                boolean all = false;
                for (int succ : successors(i, in)) {
                    if (succ >= 0 && succ < len) {
                        r |= regs[succ];
                        s |= slots[succ];
                        all |= allStack[succ];
                    }
                }
                int code = in.opcode();
                if ((code & 7) == JMP && (code & 0xf0) == EXIT) {
                    boolean main = cfg.subprogIndexOf(i) == 0;
                    r = main && !mainReturnIsChecked ? 0 : 1;
                    s = 0;
                    all = false;
                }
                long[] st = {s};
                boolean[] al = {all};
                r = step(i, in, r, st, al);
                if (r != regs[i] || st[0] != slots[i] || al[0] != allStack[i]) {
                    regs[i] = r;
                    slots[i] = st[0];
                    allStack[i] = al[0];
                    changed = true;
                }
            }
        }
    }

    /** Needed-before from needed-after for one instruction. */
    private int step(int i, Instruction in, int n, long[] st, boolean[] all) {
        int[] k = kinds[i];
        int code = in.opcode();
        int dst = in.dst();
        int src = in.src();
        int dstBit = dst <= 9 ? 1 << dst : 0;
        int srcBit = src <= 9 ? 1 << src : 0;
        switch (code & 7) {
            case ALU, ALU64 -> {
                int op = code & 0xf0;
                boolean x = (code & X) != 0;
                if (op == MOV) {
                    if ((n & dstBit) != 0) {
                        n &= ~dstBit;
                        if (x) {
                            n |= srcBit;
                        }
                    }
                } else if (x && op != NEG && op != END) {
                    if ((op == ADD || op == SUB) && (code & 7) == ALU64) {
                        // may be pointer arithmetic, whose scalar Linux marks precise
                        n |= srcBit | dstBit;
                    } else if ((n & dstBit) != 0) {
                        n |= srcBit;
                    }
                }
            }
            case LDX -> {
                if ((n & dstBit) != 0) {
                    n &= ~dstBit;
                    readFrom(k[src], in.offset(), st, all);
                }
            }
            case ST, STX -> {
                int target = k[dst];
                boolean atomic = (code & 0xe0) == ATOMIC;
                int size = sizeBytes(code);
                if (atomic) {
                    int imm = in.imm32();
                    int loaded = imm == CMPXCHG ? 0 : (imm & FETCH) != 0 ? src : -1;
                    if (loaded >= 0 && (n & (1 << loaded)) != 0) {
                        n &= ~(1 << loaded);
                        readFrom(target, in.offset(), st, all);
                    }
                    if (writesNeeded(target, in.offset(), st[0], all[0])) {
                        n |= srcBit | (imm == CMPXCHG ? 1 : 0);
                    }
                    break;
                }
                boolean stack = isFp(target) || target == MAYBE_STACK;
                if (stack && (code & 7) == STX && (size < 8 || !isFp(target) || (target + in.offset()) % 8 != 0)) {
                    n |= srcBit; // a narrow or unaligned store of zero makes STACK_ZERO, which Linux keeps precise
                }
                if (writesNeeded(target, in.offset(), st[0], all[0])) {
                    if ((code & 7) == STX) {
                        n |= srcBit;
                    }
                    int spi = spiOf(target, in.offset());
                    // Linux records a spill (any size, at a slot boundary, or a full slot) and hands the
                    // slot's precision to the stored register there; a narrow store elsewhere is STACK_MISC
                    boolean spill = size == 8 || isFp(target) && (target + in.offset()) % 8 == 0;
                    if (spi >= 0 && spill && !all[0]) {
                        st[0] &= ~(1L << spi);
                    }
                }
            }
            case LD -> {
                if (code == LDDW) {
                    n &= ~dstBit;
                } else {
                    n &= ~0x3f;
                    n |= 1 << 6 | ((code & 0xe0) == IND ? srcBit : 0);
                }
            }
            case JMP, JMP32 -> {
                int op = code & 0xf0;
                if (op == CALL) {
                    n &= ~0x3f;
                    if (in.isHelperCall()) {
                        Helper h = Helpers.byId(in.imm32()).orElse(null);
                        int nargs = h == null || !h.isModelled() ? 5 : h.args().size();
                        for (int a = 1; a <= nargs; a++) {
                            ArgKind kind = h == null || !h.isModelled() ? ArgKind.OTHER : h.args().get(a - 1);
                            if (preciseArgument(h, a, kind)) {
                                n |= 1 << a;
                            }
                            if (kind != ArgKind.MAP_KEY && kind != ArgKind.OTHER) {
                                continue; // Linux reads the memory, it does not mark what is in it precise
                            }
                            int spi = spiOf(k[a], 0);
                            if (spi >= 0) {
                                st[0] |= 1L << spi;
                            } else if (k[a] == MAYBE_STACK) {
                                all[0] = true;
                            }
                        }
                    } else {
                        n |= 0x3e;
                        if (in.isLocalCall()) {
                            int target = i + in.imm32() + 1;
                            if (target >= 0 && target < len && allStack[target]) {
                                all[0] = true;
                            }
                        } else {
                            all[0] = true;
                        }
                    }
                } else if (op != JA && op != EXIT && op != JCOND) {
                    n |= dstBit | ((code & X) != 0 ? srcBit : 0);
                }
            }
            default -> {
            }
        }
        return n;
    }

    /**
     * Whether Linux marks a helper's scalar argument precise ({@code mark_chain_precision}): sizes
     * ({@code check_mem_size_reg}, allocation sizes), a NULL passed where a pointer may be NULL
     * ({@code check_func_arg}), a tail call's index ({@code record_func_key}), bpf_loop's iteration
     * count and flags. Other scalars (flags, deltas, values) a helper merely takes may differ between
     * pruned states. Helpers bpfj does not model keep every argument.
     */
    private static boolean preciseArgument(Helper h, int regno, ArgKind kind) {
        return switch (kind) {
            case OTHER, CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO, MEM_RDONLY_OR_NULL, STACK_OR_NULL -> true;
            default -> h.id() == Helpers.TAIL_CALL.id() && regno == 3
                    || h.id() == Helpers.LOOP.id() && (regno == 1 || regno == 4);
        };
    }

    private static void readFrom(int kind, int off, long[] st, boolean[] all) {
        int spi = spiOf(kind, off);
        if (spi >= 0) {
            st[0] |= 1L << spi;
        } else if (kind == MAYBE_STACK || isFp(kind)) {
            all[0] = true;
        }
    }

    private static boolean writesNeeded(int kind, int off, long st, boolean all) {
        if (kind == MAYBE_STACK) {
            return true; // may write a caller's frame, whose later needs this function does not see
        }
        if (all) {
            return isFp(kind) || kind == MAYBE_STACK;
        }
        int spi = spiOf(kind, off);
        if (spi >= 0) {
            return (st & (1L << spi)) != 0;
        }
        return kind == MAYBE_STACK && st != 0;
    }
}
