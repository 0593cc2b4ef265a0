package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.ReturnKind;

/**
 * The execution engine: registers, frames and the dispatch loop over pre-decoded {@link Code}.
 *
 * <p>The loop allocates nothing. Each slot's register mask is checked against the set of
 * initialised registers before it runs, memory goes through {@link Memory}'s checked accessors, and
 * any fault becomes a {@link BpfRuntimeException} naming the instruction. Not thread-safe: one
 * machine runs one program at a time, as one CPU does.
 */
final class Vm {
    static final int MAX_FRAMES = 8;
    static final int STACK_SIZE = 512;
    static final int MAX_TAIL_CALLS = 33;
    static final long MAX_LOOPS = 8L * 1024 * 1024;

    private static final int R0 = 1;
    private static final int ARGS = 0x3e;
    private static final int CALLER_SAVED = 0x3f;
    private static final int CALLEE_SAVED = 0x7c0;
    private static final int R10 = 1 << 10;

    final Code code;
    final Memory mem;
    final long[] r = new long[11];
    final Machine machine;

    final HelperFunction[] helpers;
    final boolean[] voidHelper;
    private final Region[] stack = new Region[MAX_FRAMES];

    int init;
    long count;
    long budget = 10_000_000L;
    int depth;
    int tailCalls;
    /** Slot of the instruction being run, kept current across helper calls for their messages. */
    int pc;

    private final int[] retPc = new int[MAX_FRAMES];
    private final long[] saved = new long[MAX_FRAMES * 5];
    private final int[] savedInit = new int[MAX_FRAMES];
    private final long[] mayGoto = new long[MAX_FRAMES];

    /** Trace and coverage are off unless a run asks for them; the loop checks one flag. */
    boolean observing;
    Observer observer;

    /** What wants to see each instruction before it runs. */
    interface Observer {
        void before(Vm vm, int pc, int init);
    }

    Vm(Code code, Memory mem, Machine machine, HelperFunction[] helpers) {
        this.code = code;
        this.mem = mem;
        this.machine = machine;
        this.helpers = helpers;
        this.voidHelper = new boolean[helpers.length];
        this.compiledAt = new CompiledCode[code.length()];
        this.functionIndexAt = new int[code.length()];
        this.staticInit = new int[code.length()];
        for (int id = 0; id < helpers.length; id++) {
            voidHelper[id] = id >= KfuncTable.BASE ? KfuncTable.returnsVoid(id)
                    : Helpers.byId(id).map(h -> h.returns() == ReturnKind.VOID).orElse(false);
        }
        for (int f = 0; f < MAX_FRAMES; f++) {
            stack[f] = mem.allocate(mem.stackBytes, f * STACK_SIZE, (f + 1) * STACK_SIZE, Region.STACK, false,
                    "stack of frame " + f, null);
        }
    }

    /** Compiled programs by their entry slot, and compiled functions (callbacks) by theirs. */
    private final CompiledCode[] compiledAt;
    private final int[] functionIndexAt;
    /** Registers known initialised before each slot of compiled programs, for fault messages. */
    final int[] staticInit;

    /** Attaches a compiled program: its functions start at {@code entries}. */
    void attach(CompiledCode compiled, InitAnalysis analysis) {
        for (int i = 0; i < analysis.entries.length; i++) {
            compiledAt[analysis.entries[i]] = compiled;
            functionIndexAt[analysis.entries[i]] = i;
        }
        int start = analysis.program.start();
        System.arraycopy(analysis.before, 0, staticInit, start, analysis.before.length);
    }

    boolean isCompiled(int entry) {
        return compiledAt[entry] != null;
    }

    long stackTop(int frame) {
        return Memory.address(stack[frame], (frame + 1) * STACK_SIZE);
    }

    /** The length R2 holds at entry for runs on plain memory, or -1 when R2 starts uninitialised. */
    long r2 = -1;

    /** Runs a program from its first slot with R1 = ctx; returns R0. */
    long run(int entry, long ctx) {
        depth = 0;
        count = 0;
        tailCalls = 0;
        CompiledCode compiled = compiledAt[entry];
        if (compiled != null && !observing && r2 < 0) {
            return compiled.call(0, this, ctx, 0, 0, 0, 0, 0);
        }
        r[1] = ctx;
        r[10] = stackTop(0);
        init = (1 << 1) | R10;
        if (r2 >= 0) {
            r[2] = r2;
            init |= 1 << 2;
        }
        enterFrame(0);
        return exec(entry, 0);
    }

    private void enterFrame(int frame) {
        mem.clearInitialized(frame * STACK_SIZE, STACK_SIZE);
        mayGoto[frame] = MAX_LOOPS;
    }

    /** Calls a callback (bpf_loop, for_each_map_elem) as the kernel does: a new frame, R1–R5 given. */
    long callback(long fn, long a1, long a2, long a3, long a4, long a5, int argCount) {
        Region g = mem.regionOf(fn);
        if (g.kind != Region.FUNC) {
            throw new Fault(HELPER_MISUSE, "the callback argument " + mem.describe(fn) + " is no function address"
                    + " (load it with ld_imm64 src=4, as clang does for &callback)");
        }
        int target = (int) g.tag;
        if (count > budget) {
            throw budgetFault();
        }
        CompiledCode compiled = compiledAt[target];
        if (compiled != null && !observing) {
            int at = depth;
            if (at + 1 >= MAX_FRAMES) {
                throw new Fault(CALL_DEPTH, "the call stack of " + (at + 2) + " frames is too deep (at most "
                        + MAX_FRAMES + ")");
            }
            long ret = compiled.call(functionIndexAt[target], this, a1, a2, a3, a4, a5, at + 1);
            depth = at;
            return ret;
        }
        int callerInit = init;
        pushFrame(-1, callerInit);
        r[1] = a1;
        r[2] = a2;
        r[3] = a3;
        r[4] = a4;
        r[5] = a5;
        init = R10 | ((1 << (argCount + 1)) - 2);
        long ret = exec(target, depth);
        popFrame();
        init = callerInit;
        return ret;
    }

    private void pushFrame(int returnTo, int callerInit) {
        if (depth + 1 >= MAX_FRAMES) {
            throw new Fault(CALL_DEPTH, "the call stack of " + (depth + 2) + " frames is too deep (at most "
                    + MAX_FRAMES + ")");
        }
        retPc[depth] = returnTo;
        int b = depth * 5;
        saved[b] = r[6];
        saved[b + 1] = r[7];
        saved[b + 2] = r[8];
        saved[b + 3] = r[9];
        saved[b + 4] = r[10];
        savedInit[depth] = callerInit;
        depth++;
        r[10] = stackTop(depth);
        enterFrame(depth);
    }

    /** Restores the caller's R6–R10 and returns the callee-saved part of its init mask. */
    private int popFrame() {
        depth--;
        int b = depth * 5;
        r[6] = saved[b];
        r[7] = saved[b + 1];
        r[8] = saved[b + 2];
        r[9] = saved[b + 3];
        r[10] = saved[b + 4];
        return savedInit[depth] & CALLEE_SAVED;
    }

    private static long u32(int v) {
        return v & 0xffffffffL;
    }

    /**
     * {@code BPF_LD_[ABS|IND]}: {@code size} bytes at {@code offset} of the skb in R6, in network
     * order, or -1 where the kernel's load fails (the program then returns 0 from the function).
     */
    long loadAbs(long ctx, int offset, int size) {
        SkbBuffer skb = machine.skb;
        if (skb == null || mem.regionOf(ctx) != skb.ctx || (int) ctx != 0) {
            throw new Fault(INVALID_CONTEXT_ACCESS, "BPF_LD_[ABS|IND] needs the skb context in R6, which holds "
                    + mem.describe(ctx) + (skb == null ? " (this run has no skb)" : ""));
        }
        return skb.loadAbs(offset, size);
    }

    /** The dispatch loop: runs from {@code start} until an exit at frame {@code base}. */
    long exec(int start, int base) {
        final int[] op = code.op;
        final int[] dst = code.dst;
        final int[] src = code.src;
        final int[] off = code.off;
        final long[] imm = code.imm;
        final int[] mask = code.mask;
        final long[] r = this.r;
        final Memory mem = this.mem;
        int pc = start;
        int init = this.init;
        int before = init;
        long count = this.count;
        try {
            while (true) {
                int m = mask[pc];
                before = init;
                if ((m & ~init & 0xffff) != 0) {
                    throw uninitialized(m & ~init & 0xffff);
                }
                init |= m >>> 16;
                count++;
                if (observing) {
                    observer.before(this, pc, before);
                }
                final int d = dst[pc];
                final int s = src[pc];
                boolean take = false;
                switch (op[pc]) {
                    // ---- ALU64 ----
                    case 0x07 -> r[d] += imm[pc];
                    case 0x0f -> r[d] += r[s];
                    case 0x17 -> r[d] -= imm[pc];
                    case 0x1f -> r[d] -= r[s];
                    case 0x27 -> r[d] *= imm[pc];
                    case 0x2f -> r[d] *= r[s];
                    case 0x37 -> {
                        long v = imm[pc];
                        r[d] = v == 0 ? 0 : Long.divideUnsigned(r[d], v);
                    }
                    case 0x3f -> {
                        long v = r[s];
                        r[d] = v == 0 ? 0 : Long.divideUnsigned(r[d], v);
                    }
                    case 0x47 -> r[d] |= imm[pc];
                    case 0x4f -> r[d] |= r[s];
                    case 0x57 -> r[d] &= imm[pc];
                    case 0x5f -> r[d] &= r[s];
                    case 0x67 -> r[d] <<= imm[pc];
                    case 0x6f -> r[d] <<= r[s];
                    case 0x77 -> r[d] >>>= imm[pc];
                    case 0x7f -> r[d] >>>= r[s];
                    case 0x87 -> r[d] = -r[d];
                    case 0x97 -> {
                        long v = imm[pc];
                        if (v != 0) {
                            r[d] = Long.remainderUnsigned(r[d], v);
                        }
                    }
                    case 0x9f -> {
                        long v = r[s];
                        if (v != 0) {
                            r[d] = Long.remainderUnsigned(r[d], v);
                        }
                    }
                    case 0xa7 -> r[d] ^= imm[pc];
                    case 0xaf -> r[d] ^= r[s];
                    case 0xb7 -> r[d] = imm[pc];
                    case 0xbf -> r[d] = r[s];
                    case 0xc7 -> r[d] >>= imm[pc];
                    case 0xcf -> r[d] >>= r[s];
                    case Op.SDIV64_K -> {
                        long v = imm[pc];
                        r[d] = v == 0 ? 0 : r[d] / v;
                    }
                    case Op.SDIV64_X -> {
                        long v = r[s];
                        r[d] = v == 0 ? 0 : r[d] / v;
                    }
                    case Op.SMOD64_K -> {
                        long v = imm[pc];
                        if (v != 0) {
                            r[d] = r[d] % v;
                        }
                    }
                    case Op.SMOD64_X -> {
                        long v = r[s];
                        if (v != 0) {
                            r[d] = r[d] % v;
                        }
                    }
                    case Op.MOVSX64_8 -> r[d] = (byte) r[s];
                    case Op.MOVSX64_16 -> r[d] = (short) r[s];
                    case Op.MOVSX64_32 -> r[d] = (int) r[s];
                    case Op.BSWAP16, Op.BE16 -> r[d] = Short.reverseBytes((short) r[d]) & 0xffffL;
                    case Op.BSWAP32, Op.BE32 -> r[d] = u32(Integer.reverseBytes((int) r[d]));
                    case Op.BSWAP64, Op.BE64 -> r[d] = Long.reverseBytes(r[d]);
                    case Op.LE16 -> r[d] &= 0xffffL;
                    case Op.LE32 -> r[d] &= 0xffffffffL;
                    case Op.LE64 -> {
                    }
                    // ---- ALU (32-bit), results zero-extended ----
                    case 0x04 -> r[d] = u32((int) r[d] + (int) imm[pc]);
                    case 0x0c -> r[d] = u32((int) r[d] + (int) r[s]);
                    case 0x14 -> r[d] = u32((int) r[d] - (int) imm[pc]);
                    case 0x1c -> r[d] = u32((int) r[d] - (int) r[s]);
                    case 0x24 -> r[d] = u32((int) r[d] * (int) imm[pc]);
                    case 0x2c -> r[d] = u32((int) r[d] * (int) r[s]);
                    case 0x34 -> {
                        int v = (int) imm[pc];
                        r[d] = v == 0 ? 0 : u32(Integer.divideUnsigned((int) r[d], v));
                    }
                    case 0x3c -> {
                        int v = (int) r[s];
                        r[d] = v == 0 ? 0 : u32(Integer.divideUnsigned((int) r[d], v));
                    }
                    case 0x44 -> r[d] = u32((int) r[d] | (int) imm[pc]);
                    case 0x4c -> r[d] = u32((int) r[d] | (int) r[s]);
                    case 0x54 -> r[d] = u32((int) r[d] & (int) imm[pc]);
                    case 0x5c -> r[d] = u32((int) r[d] & (int) r[s]);
                    case 0x64 -> r[d] = u32((int) r[d] << (int) imm[pc]);
                    case 0x6c -> r[d] = u32((int) r[d] << (int) r[s]);
                    case 0x74 -> r[d] = u32((int) r[d] >>> (int) imm[pc]);
                    case 0x7c -> r[d] = u32((int) r[d] >>> (int) r[s]);
                    case 0x84 -> r[d] = u32(-(int) r[d]);
                    case 0x94 -> {
                        int v = (int) imm[pc];
                        r[d] = v == 0 ? u32((int) r[d]) : u32(Integer.remainderUnsigned((int) r[d], v));
                    }
                    case 0x9c -> {
                        int v = (int) r[s];
                        r[d] = v == 0 ? u32((int) r[d]) : u32(Integer.remainderUnsigned((int) r[d], v));
                    }
                    case 0xa4 -> r[d] = u32((int) r[d] ^ (int) imm[pc]);
                    case 0xac -> r[d] = u32((int) r[d] ^ (int) r[s]);
                    case 0xb4 -> r[d] = u32((int) imm[pc]);
                    case 0xbc -> r[d] = u32((int) r[s]);
                    case 0xc4 -> r[d] = u32((int) r[d] >> (int) imm[pc]);
                    case 0xcc -> r[d] = u32((int) r[d] >> (int) r[s]);
                    case Op.SDIV32_K -> {
                        int v = (int) imm[pc];
                        r[d] = v == 0 ? 0 : u32((int) r[d] / v);
                    }
                    case Op.SDIV32_X -> {
                        int v = (int) r[s];
                        r[d] = v == 0 ? 0 : u32((int) r[d] / v);
                    }
                    case Op.SMOD32_K -> {
                        int v = (int) imm[pc];
                        r[d] = v == 0 ? u32((int) r[d]) : u32((int) r[d] % v);
                    }
                    case Op.SMOD32_X -> {
                        int v = (int) r[s];
                        r[d] = v == 0 ? u32((int) r[d]) : u32((int) r[d] % v);
                    }
                    case Op.MOVSX32_8 -> r[d] = u32((byte) r[s]);
                    case Op.MOVSX32_16 -> r[d] = u32((short) r[s]);
                    // ---- loads and stores ----
                    case 0x61 -> r[d] = mem.load32(r[s] + off[pc]);
                    case 0x69 -> r[d] = mem.load16(r[s] + off[pc]);
                    case 0x71 -> r[d] = mem.load8(r[s] + off[pc]);
                    case 0x79 -> r[d] = mem.load64(r[s] + off[pc]);
                    case 0x81 -> r[d] = (int) mem.load32(r[s] + off[pc]);
                    case 0x89 -> r[d] = (short) mem.load16(r[s] + off[pc]);
                    case 0x91 -> r[d] = (byte) mem.load8(r[s] + off[pc]);
                    case 0x62 -> mem.store32(r[d] + off[pc], imm[pc]);
                    case 0x6a -> mem.store16(r[d] + off[pc], imm[pc]);
                    case 0x72 -> mem.store8(r[d] + off[pc], imm[pc]);
                    case 0x7a -> mem.store64(r[d] + off[pc], imm[pc]);
                    case 0x63 -> mem.store32(r[d] + off[pc], r[s]);
                    case 0x6b -> mem.store16(r[d] + off[pc], r[s]);
                    case 0x73 -> mem.store8(r[d] + off[pc], r[s]);
                    case 0x7b -> mem.store64(r[d] + off[pc], r[s]);
                    case Op.LDDW -> {
                        r[d] = imm[pc];
                        pc += 2;
                        continue;
                    }
                    case Op.LD_ABS, Op.LD_IND -> {
                        this.pc = pc;
                        long v = loadAbs(r[6], (int) ((op[pc] == Op.LD_IND ? r[s] : 0) + imm[pc]), off[pc]);
                        init &= ~(CALLER_SAVED & ~R0);
                        if (v >= 0) {
                            r[0] = v;
                        } else {
                            // the kernel's rewrite of a failed load: r0 = 0 and exit from this function
                            r[0] = 0;
                            if (depth == base) {
                                this.init = init;
                                this.count = count;
                                return 0;
                            }
                            int returnTo = retPc[depth - 1];
                            init = popFrame() | R0;
                            pc = returnTo;
                            continue;
                        }
                    }
                    case Op.ATOMIC32 -> Atomics.run(this, pc, 4);
                    case Op.ATOMIC64 -> Atomics.run(this, pc, 8);
                    case Op.LOAD_ACQ -> r[d] = mem.load(r[s] + off[pc], dev.bpfj.core.Opcodes.sizeBytes(code.insn[pc].opcode()));
                    case Op.STORE_REL -> mem.store(r[d] + off[pc], dev.bpfj.core.Opcodes.sizeBytes(code.insn[pc].opcode()), r[s]);
                    // ---- jumps (off holds the absolute target) ----
                    case 0x05, 0x06 -> take = true;
                    case 0x15 -> take = r[d] == imm[pc];
                    case 0x1d -> take = r[d] == r[s];
                    case 0x25 -> take = Long.compareUnsigned(r[d], imm[pc]) > 0;
                    case 0x2d -> take = Long.compareUnsigned(r[d], r[s]) > 0;
                    case 0x35 -> take = Long.compareUnsigned(r[d], imm[pc]) >= 0;
                    case 0x3d -> take = Long.compareUnsigned(r[d], r[s]) >= 0;
                    case 0x45 -> take = (r[d] & imm[pc]) != 0;
                    case 0x4d -> take = (r[d] & r[s]) != 0;
                    case 0x55 -> take = r[d] != imm[pc];
                    case 0x5d -> take = r[d] != r[s];
                    case 0x65 -> take = r[d] > imm[pc];
                    case 0x6d -> take = r[d] > r[s];
                    case 0x75 -> take = r[d] >= imm[pc];
                    case 0x7d -> take = r[d] >= r[s];
                    case 0xa5 -> take = Long.compareUnsigned(r[d], imm[pc]) < 0;
                    case 0xad -> take = Long.compareUnsigned(r[d], r[s]) < 0;
                    case 0xb5 -> take = Long.compareUnsigned(r[d], imm[pc]) <= 0;
                    case 0xbd -> take = Long.compareUnsigned(r[d], r[s]) <= 0;
                    case 0xc5 -> take = r[d] < imm[pc];
                    case 0xcd -> take = r[d] < r[s];
                    case 0xd5 -> take = r[d] <= imm[pc];
                    case 0xdd -> take = r[d] <= r[s];
                    // ---- JMP32: compare the low halves ----
                    case 0x16 -> take = (int) r[d] == (int) imm[pc];
                    case 0x1e -> take = (int) r[d] == (int) r[s];
                    case 0x26 -> take = Integer.compareUnsigned((int) r[d], (int) imm[pc]) > 0;
                    case 0x2e -> take = Integer.compareUnsigned((int) r[d], (int) r[s]) > 0;
                    case 0x36 -> take = Integer.compareUnsigned((int) r[d], (int) imm[pc]) >= 0;
                    case 0x3e -> take = Integer.compareUnsigned((int) r[d], (int) r[s]) >= 0;
                    case 0x46 -> take = ((int) r[d] & (int) imm[pc]) != 0;
                    case 0x4e -> take = ((int) r[d] & (int) r[s]) != 0;
                    case 0x56 -> take = (int) r[d] != (int) imm[pc];
                    case 0x5e -> take = (int) r[d] != (int) r[s];
                    case 0x66 -> take = (int) r[d] > (int) imm[pc];
                    case 0x6e -> take = (int) r[d] > (int) r[s];
                    case 0x76 -> take = (int) r[d] >= (int) imm[pc];
                    case 0x7e -> take = (int) r[d] >= (int) r[s];
                    case 0xa6 -> take = Integer.compareUnsigned((int) r[d], (int) imm[pc]) < 0;
                    case 0xae -> take = Integer.compareUnsigned((int) r[d], (int) r[s]) < 0;
                    case 0xb6 -> take = Integer.compareUnsigned((int) r[d], (int) imm[pc]) <= 0;
                    case 0xbe -> take = Integer.compareUnsigned((int) r[d], (int) r[s]) <= 0;
                    case 0xc6 -> take = (int) r[d] < (int) imm[pc];
                    case 0xce -> take = (int) r[d] < (int) r[s];
                    case 0xd6 -> take = (int) r[d] <= (int) imm[pc];
                    case 0xde -> take = (int) r[d] <= (int) r[s];
                    case Op.MAY_GOTO -> {
                        if (mayGoto[depth] == 0) {
                            take = true;
                        } else {
                            mayGoto[depth]--;
                        }
                    }
                    // ---- calls and exit ----
                    case Op.CALL_HELPER -> {
                        int id = (int) imm[pc];
                        HelperFunction h = helpers[id];
                        if (h == null) {
                            throw unsupportedHelper(id);
                        }
                        this.init = init;
                        this.count = count;
                        this.pc = pc;
                        long ret = h.call(this, r[1], r[2], r[3], r[4], r[5]);
                        count = this.count;
                        r[0] = ret;
                        init = (init & ~CALLER_SAVED) | (voidHelper[id] ? 0 : R0);
                    }
                    case Op.TAIL_CALL -> {
                        this.pc = pc;
                        int target = tailCallTarget(r[1], r[2], r[3]);
                        if (target >= 0) {
                            mem.clearInitialized(depth * STACK_SIZE, STACK_SIZE);
                            mayGoto[depth] = MAX_LOOPS;
                            init = (1 << 1) | R10;
                            pc = target;
                            if (count > budget) {
                                throw budgetFault();
                            }
                            continue;
                        }
                        init &= ~CALLER_SAVED;
                    }
                    case Op.CALL_LOCAL -> {
                        this.count = count;
                        pushFrame(pc + 1, init);
                        init = (init & ARGS) | R10;
                        take = true;
                    }
                    case 0x95 -> {
                        if (depth == base) {
                            if ((init & R0) == 0) {
                                throw uninitialized(R0);
                            }
                            this.init = init;
                            this.count = count;
                            return r[0];
                        }
                        int returnTo = retPc[depth - 1];
                        init = popFrame() | (init & R0);
                        pc = returnTo;
                        continue;
                    }
                    case Op.INVALID -> throw new Fault(INVALID_INSTRUCTION, code.invalid[pc]);
                    default -> throw new Fault(INVALID_INSTRUCTION, "unknown opcode " + Integer.toHexString(op[pc]));
                }
                if (take) {
                    // backward jumps (loops) are where the budget is enforced
                    int target = off[pc];
                    if (target <= pc && count > budget) {
                        throw budgetFault();
                    }
                    pc = target;
                } else {
                    pc++;
                }
            }
        } catch (Fault f) {
            this.init = before;
            this.count = count;
            throw error(f.kind, f.getMessage(), pc);
        }
    }

    Fault budgetFault() {
        return new Fault(INSTRUCTION_LIMIT, "the program ran more than " + budget
                + " instructions; it loops forever or needs a bigger budget (Interpreter.Builder.instructionLimit)");
    }

    int tailCallTarget(long ctx, long map, long index) {
        Region g = mem.regionOf(map);
        if (g.kind != Region.MAP || !(g.owner instanceof ProgArrayMap progs)) {
            throw new Fault(HELPER_MISUSE, "bpf_tail_call needs a prog_array map in R2, got " + mem.describe(map));
        }
        if (mem.regionOf(ctx).kind != Region.CTX) {
            throw new Fault(HELPER_MISUSE, "bpf_tail_call needs the context in R1, got " + mem.describe(ctx));
        }
        long i = index & 0xffffffffL;
        if (i >= progs.spec().maxEntries()) {
            return -1;
        }
        if (tailCalls >= MAX_TAIL_CALLS) {
            return -1;
        }
        // Measured on Linux 6.18 (x86-64 JIT): a call into an empty slot falls through without counting
        // towards the 33; kernel/bpf/core.c's interpreter would count it, the JIT that runs programs does not.
        Code.Program p = progs.program((int) i);
        if (p == null) {
            return -1;
        }
        tailCalls++;
        return p.start();
    }

    Fault unsupportedHelper(int id) {
        Helper h = Helpers.get(id);
        return new Fault(UNSUPPORTED, "helper " + h + " is not implemented by the interpreter");
    }

    // ---- entry points of compiled code ----

    /** A compiled function's prologue: frame {@code frame} is entered (its stack uninitialised). */
    void enterCompiledFrame(int frame) {
        if (frame >= MAX_FRAMES) {
            throw new Fault(CALL_DEPTH, "the call stack of " + (frame + 1) + " frames is too deep (at most "
                    + MAX_FRAMES + ")");
        }
        depth = frame;
        mem.clearInitialized(frame * STACK_SIZE, STACK_SIZE);
    }

    /** Back in the caller's frame after a compiled local call. */
    void leaveCompiledFrame(int frame) {
        depth = frame;
    }

    /** Runs a tail call's target in the caller's frame; its R0 is what the caller's caller gets. */
    long runTail(int start, long ctx, int frame) {
        if (count > budget) {
            throw budgetFault();
        }
        CompiledCode compiled = compiledAt[start];
        if (compiled != null && !observing) {
            return compiled.call(0, this, ctx, 0, 0, 0, 0, frame);
        }
        depth = frame;
        r[1] = ctx;
        r[10] = stackTop(frame);
        init = (1 << 1) | R10;
        enterFrame(frame);
        return exec(start, frame);
    }

    Fault invalidFault(int at) {
        return new Fault(INVALID_INSTRUCTION, code.invalid[at]);
    }

    /** A fault in compiled code: its registers were copied into {@link #r}; the analysis knows which hold values. */
    BpfRuntimeException compiledFault(Fault f, int at) {
        init = staticInit[at];
        return error(f.kind, f.getMessage(), at);
    }

    private Fault uninitialized(int missing) {
        int reg = Integer.numberOfTrailingZeros(missing);
        String why = reg == 0 ? " (R0 must be set before exit; after a call to a void helper it holds nothing)"
                : reg <= 5 ? " (R1-R5 are clobbered by every call)" : "";
        return new Fault(UNINITIALIZED_REGISTER, "R" + reg + " !read_ok: the register holds no value" + why);
    }

    /** Builds the user-facing error for a fault at a slot. */
    BpfRuntimeException error(BpfRuntimeException.Kind kind, String problem, int pc) {
        Code.Program p = code.programAt(pc);
        Instruction insn = pc < code.insn.length ? code.insn[pc] : null;
        return new BpfRuntimeException(kind, problem, p.name(), pc - p.start(), insn == null ? null : insn.toString(),
                code.sourceAt(pc), registers(init));
    }

    /** The initialised registers, pointers shown as region and offset. */
    String registers(int initMask) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 10; i++) {
            if ((initMask & (1 << i)) != 0) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append('r').append(i).append('=').append(mem.describe(r[i]));
            }
        }
        return sb.toString();
    }
}
