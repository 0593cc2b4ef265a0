package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionChecks;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The passes Linux runs before abstract execution ({@code add_subprog_and_kfunc},
 * {@code check_subprogs}, {@code resolve_pseudo_ldimm64}'s opcode checks, {@code check_cfg}) plus
 * the static facts exploration needs: subprogram boundaries, prune points and register liveness
 * ({@code compute_live_registers}).
 */
final class Cfg {
    static final int MAX_SUBPROGS = 256;

    final Instruction[] insns;
    final int len;
    /** Sorted subprogram start slots; index 0 is the entry function. */
    final int[] subprogStarts;
    final boolean[] prunePoint;
    final boolean[] forceCheckpoint;
    /** Bit i set: register Ri may be read before written from this slot on. */
    final int[] liveIn;
    /** Per subprogram: it (or a function it calls) calls a helper that changes packet data. */
    boolean[] changesPacketData;

    private Cfg(Instruction[] insns, int[] subprogStarts) {
        this.insns = insns;
        this.len = insns.length;
        this.subprogStarts = subprogStarts;
        this.prunePoint = new boolean[len + 1];
        this.forceCheckpoint = new boolean[len + 1];
        this.liveIn = new int[len + 1];
    }

    /** {@code add_kfunc_call} for one kfunc call; {@code first} for the program's first one. */
    @FunctionalInterface
    interface KfuncCheck {
        void check(Instruction insn, int at, boolean first);
    }

    static Cfg build(Instruction[] insns, boolean bpfCapable, java.util.function.Function<Instruction, String> mapCheck,
                     KfuncCheck kfuncCheck, java.util.List<dev.bpfj.core.spec.FunctionInfo> functions) {
        int len = insns.length;
        // add_subprog_and_kfunc
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        boolean firstKfunc = true;
        for (int i = 0; i < len; i++) {
            Instruction in = insns[i];
            if (in == null) {
                continue;
            }
            boolean pseudoCall = in.isLocalCall();
            boolean pseudoFunc = in.opcode() == LDDW && in.src() == PSEUDO_FUNC;
            if (pseudoCall || pseudoFunc) {
                long target = (long) i + in.imm32() + 1;
                if (target < 0 || target >= len) {
                    throw new Reject(i, "call to invalid destination");
                }
                starts.add((int) target);
                if (starts.size() > MAX_SUBPROGS) {
                    throw new Reject(i, "too many subprograms");
                }
            }
            if (in.isKfuncCall()) {
                kfuncCheck.check(in, i, firstKfunc);
                firstKfunc = false;
            }
        }
        int[] s = starts.stream().mapToInt(Integer::intValue).toArray();
        Cfg cfg = new Cfg(insns, s);
        cfg.checkSubprogs();
        cfg.checkAbnormalReturn(functions);
        cfg.checkOpcodes(mapCheck);
        cfg.checkCfg(bpfCapable);
        cfg.computeLiveness();
        cfg.computeChangesPacketData();
        return cfg;
    }

    int subprogIndexOf(int slot) {
        int idx = Arrays.binarySearch(subprogStarts, slot);
        return idx >= 0 ? idx : -idx - 2;
    }

    int subprogEnd(int index) {
        return index + 1 < subprogStarts.length ? subprogStarts[index + 1] : len;
    }

    /** The code byte at a slot as the kernel sees it (0 for the second half of lddw). */
    private int code(int i) {
        return insns[i] == null ? 0 : insns[i].opcode();
    }

    private void checkSubprogs() {
        int cur = 0;
        int start = subprogStarts[0];
        int end = subprogEnd(0);
        for (int i = 0; i < len; i++) {
            int code = code(i);
            Instruction in = insns[i];
            int cls = code & 7;
            if (in != null && (cls == JMP || cls == JMP32) && (code & 0xf0) != EXIT && (code & 0xf0) != CALL) {
                long off = code == GOTOL_OP ? (long) i + in.imm32() + 1 : (long) i + in.offset() + 1;
                if (off < start || off >= end) {
                    throw new Reject(i, String.format("jump out of range from insn %d to %d", i, off));
                }
            }
            if (i == end - 1) {
                if (code != EXIT_OP && code != GOTOL_OP && code != JA_OP) {
                    throw new Reject(i, "last insn is not an exit or jmp");
                }
                start = end;
                cur++;
                if (cur < subprogStarts.length) {
                    end = subprogEnd(cur);
                }
            }
        }
    }

    /**
     * {@code check_abnormal_return} and {@code check_btf_func}: LD_ABS and tail calls can end the
     * program from inside a subprogram, which the kernel allows only in functions BTF says return an int.
     */
    private void checkAbnormalReturn(java.util.List<dev.bpfj.core.spec.FunctionInfo> functions) {
        boolean btf = functions.stream().anyMatch(fi -> fi.proto() != null);
        for (int sub = 1; sub < subprogStarts.length; sub++) {
            boolean ldAbs = false;
            boolean tailCall = false;
            for (int i = subprogStarts[sub]; i < subprogEnd(sub); i++) {
                Instruction in = insns[i];
                if (in != null) {
                    ldAbs |= Checker.isLdAbs(in);
                    tailCall |= in.isHelperCall() && in.imm32() == dev.bpfj.core.Helpers.TAIL_CALL.id();
                }
            }
            if (!ldAbs && !tailCall) {
                continue;
            }
            if (!btf) {
                throw new Reject(subprogStarts[sub], (ldAbs ? "LD_ABS" : "tail_call")
                        + " is not allowed in subprogs without BTF");
            }
            int start = subprogStarts[sub];
            dev.bpfj.core.spec.FunctionInfo fi = functions.stream().filter(f -> f.slot() == start).findFirst()
                    .orElse(null);
            if (fi != null && fi.proto() != null && !returnsInt(fi.proto().returnType())) {
                throw new Reject(start, (ldAbs ? "LD_ABS" : "tail_call")
                        + " is only allowed in functions that return 'int'.");
            }
        }
    }

    /** {@code btf_type_is_small_int} or an enum, after typedefs and qualifiers. */
    private static boolean returnsInt(dev.bpfj.core.btf.BtfType t) {
        dev.bpfj.core.btf.BtfType r = t == null ? null : t.resolve();
        return r instanceof dev.bpfj.core.btf.BtfType.Int i && i.size() <= 8
                || r instanceof dev.bpfj.core.btf.BtfType.Enum;
    }

    private void checkOpcodes(java.util.function.Function<Instruction, String> mapCheck) {
        for (int i = 0; i < len; i++) {
            Instruction in = insns[i];
            if (in == null) {
                continue;
            }
            int code = in.opcode();
            if ((code & 7) == LDX && (((code & 0xe0) != MEM && (code & 0xe0) != MEMSX) || in.imm() != 0)) {
                throw new Reject(i, "BPF_LDX uses reserved fields");
            }
            if (code == LDDW) {
                if (in.src() == 0 || in.src() == PSEUDO_FUNC) {
                    continue;
                }
                if (in.src() == PSEUDO_BTF_ID) {
                    continue; // check_pseudo_btf_id: resolved by name when executed
                }
                if (in.src() != PSEUDO_MAP_FD && in.src() != PSEUDO_MAP_VALUE && in.src() != PSEUDO_MAP_IDX
                        && in.src() != PSEUDO_MAP_IDX_VALUE) {
                    throw new Reject(i, "unrecognized bpf_ld_imm64 insn");
                }
                String bad = mapCheck.apply(in);
                if (bad != null) {
                    throw new Reject(i, bad);
                }
                continue;
            }
            if (!isKnown(code)) {
                throw new Reject(i, String.format("unknown opcode %02x", code));
            }
        }
    }

    private static final int DISCOVERED = 0x10;
    private static final int EXPLORED = 0x20;
    private static final int FALLTHROUGH = 1;
    private static final int BRANCH = 2;

    private int[] state;
    private int[] stack;
    private int sp;

    /** {@code check_cfg}: iterative DFS with the kernel's edge bookkeeping. */
    private void checkCfg(boolean bpfCapable) {
        state = new int[len];
        stack = new int[len + 1];
        state[0] = DISCOVERED;
        stack[0] = 0;
        sp = 1;
        while (sp > 0) {
            int t = stack[sp - 1];
            int ret = visit(t, bpfCapable);
            if (ret == 0) { // done
                state[t] = EXPLORED;
                sp--;
            }
        }
        for (int i = 0; i < len; i++) {
            if (state[i] != EXPLORED) {
                throw new Reject(i, "unreachable insn " + i);
            }
            if (insns[i] != null && insns[i].isWide()) {
                if (i + 1 < len && state[i + 1] != 0) {
                    throw new Reject(i, "jump into the middle of ldimm64 insn " + i);
                }
                i++;
            }
        }
        state = null;
        stack = null;
    }

    /** Returns 1 to keep exploring (a new node was pushed), 0 when t is done. */
    private int visit(int t, boolean bpfCapable) {
        Instruction in = insns[t];
        int code = in.opcode();
        int cls = code & 7;
        if (code == LDDW && in.src() == PSEUDO_FUNC) {
            return visitCall(t, true, bpfCapable);
        }
        if (cls != JMP && cls != JMP32) {
            return push(t, t + in.slots(), FALLTHROUGH, bpfCapable);
        }
        switch (code & 0xf0) {
            case EXIT:
                return 0;
            case CALL:
                if (in.isHelperCall() && Helpers.byId(in.imm32()).map(h -> h.id() == 181 || h.id() == 164).orElse(false)) {
                    forceCheckpoint[t] = true;
                    prunePoint[t] = true;
                }
                return visitCall(t, in.isLocalCall(), bpfCapable);
            case JA: {
                int off = code == GOTOL_OP ? in.imm32() : in.offset();
                int ret = push(t, t + off + 1, FALLTHROUGH, bpfCapable);
                if (ret != 0) {
                    return ret;
                }
                prunePoint[t + off + 1] = true;
                return 0;
            }
            default: {
                prunePoint[t] = true;
                if (code == (JMP | JCOND)) {
                    forceCheckpoint[t] = true;
                }
                int ret = push(t, t + 1, FALLTHROUGH, bpfCapable);
                if (ret != 0) {
                    return ret;
                }
                return push(t, t + in.offset() + 1, BRANCH, bpfCapable);
            }
        }
    }

    private int visitCall(int t, boolean visitCallee, boolean bpfCapable) {
        int sz = insns[t].slots();
        int ret = push(t, t + sz, FALLTHROUGH, bpfCapable);
        if (ret != 0) {
            return ret;
        }
        prunePoint[t + sz] = true;
        if (visitCallee) {
            int w = t + insns[t].imm32() + 1;
            prunePoint[t] = true;
            ret = push(t, w, BRANCH, bpfCapable);
        }
        return ret;
    }

    private int push(int t, int w, int e, boolean bpfCapable) {
        if (e == FALLTHROUGH && state[t] >= (DISCOVERED | FALLTHROUGH)) {
            return 0;
        }
        if (e == BRANCH && state[t] >= (DISCOVERED | BRANCH)) {
            return 0;
        }
        if (w < 0 || w >= len) {
            throw new Reject(t, String.format("jump out of range from insn %d to %d", t, w));
        }
        if (e == BRANCH) {
            prunePoint[w] = true;
        }
        if (state[w] == 0) {
            state[t] = DISCOVERED | e;
            state[w] = DISCOVERED;
            stack[sp++] = w;
            return 1;
        } else if ((state[w] & 0xf0) == DISCOVERED) {
            if (bpfCapable) {
                return 0;
            }
            throw new Reject(t, String.format("back-edge from insn %d to %d", t, w));
        } else if (state[w] == EXPLORED) {
            state[t] = DISCOVERED | e;
        }
        return 0;
    }

    private void computeChangesPacketData() {
        int n = subprogStarts.length;
        changesPacketData = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int sub = 0; sub < n; sub++) {
                if (changesPacketData[sub]) {
                    continue;
                }
                for (int i = subprogStarts[sub]; i < subprogEnd(sub); i++) {
                    Instruction in = insns[i];
                    if (in == null) {
                        continue;
                    }
                    boolean c = (in.isHelperCall() && Helpers.byId(in.imm32()).map(Helper::changesPacketData).orElse(false))
                            || (in.isLocalCall() && changesPacketData[subprogIndexOf(i + in.imm32() + 1)]);
                    if (c) {
                        changesPacketData[sub] = true;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    // ---- liveness ------------------------------------------------------------------------

    private static final int ARGS = 0b111110;
    private static final int CALLER_SAVED = 0b111111;

    private void computeLiveness() {
        int[] use = new int[len];
        int[] def = new int[len];
        for (int i = 0; i < len; i++) {
            Instruction in = insns[i];
            if (in == null) {
                continue;
            }
            int u = 0;
            int d = 0;
            int code = in.opcode();
            int dstBit = in.dst() < 10 ? 1 << in.dst() : 0;
            int srcBit = in.src() < 10 ? 1 << in.src() : 0;
            switch (code & 7) {
                case ALU, ALU64 -> {
                    int op = code & 0xf0;
                    if (op == MOV) {
                        u = (code & X) != 0 ? srcBit : 0;
                    } else {
                        u = dstBit | ((code & X) != 0 && op != NEG && op != END ? srcBit : 0);
                    }
                    d = dstBit;
                }
                case LDX -> {
                    u = srcBit;
                    d = dstBit;
                }
                case ST -> u = dstBit;
                case STX -> {
                    u = dstBit | srcBit;
                    if ((code & 0xe0) == ATOMIC) {
                        int imm = in.imm32();
                        if (imm == CMPXCHG) {
                            u |= 1;
                            d = 1;
                        } else if ((imm & FETCH) != 0 || imm == LOAD_ACQ) {
                            d = srcBit;
                        }
                    }
                }
                case LD -> {
                    if (code == LDDW) {
                        d = dstBit;
                    } else {
                        u = (1 << 6) | ((code & 0xe0) == IND ? srcBit : 0);
                        d = CALLER_SAVED;
                    }
                }
                case JMP, JMP32 -> {
                    int op = code & 0xf0;
                    if (op == EXIT) {
                        u = 1;
                    } else if (op == CALL) {
                        if (in.isHelperCall()) {
                            Helper h = Helpers.byId(in.imm32()).orElse(null);
                            if (h == null || !h.isModelled()) {
                                u = ARGS;
                            } else {
                                for (int a = 0; a < h.args().size(); a++) {
                                    u |= 1 << (a + 1);
                                }
                            }
                        } else {
                            u = ARGS;
                        }
                        d = CALLER_SAVED;
                    } else if (op != JA && op != JCOND) {
                        u = dstBit | ((code & X) != 0 ? srcBit : 0);
                    }
                }
                default -> {
                }
            }
            use[i] = u;
            def[i] = d;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = len - 1; i >= 0; i--) {
                Instruction in = insns[i];
                if (in == null) {
                    continue;
                }
                int out = 0;
                int code = in.opcode();
                int cls = code & 7;
                if (cls == JMP || cls == JMP32) {
                    int op = code & 0xf0;
                    if (op == EXIT) {
                        out = 0;
                    } else if (op == JA) {
                        int off = code == GOTOL_OP ? in.imm32() : in.offset();
                        out = liveAt(i + off + 1);
                    } else if (op == CALL) {
                        out = liveAt(i + 1);
                    } else {
                        out = liveAt(i + 1) | liveAt(i + in.offset() + 1);
                    }
                } else {
                    out = liveAt(i + in.slots());
                }
                int live = use[i] | (out & ~def[i]);
                if (live != liveIn[i]) {
                    liveIn[i] = live;
                    changed = true;
                }
            }
        }
    }

    private int liveAt(int i) {
        return i >= 0 && i < len ? liveIn[i] : 0;
    }

    /** Message for a malformed instruction, checked when exploration reaches it. */
    static String fieldCheck(Instruction in) {
        return InstructionChecks.check(in);
    }
}
