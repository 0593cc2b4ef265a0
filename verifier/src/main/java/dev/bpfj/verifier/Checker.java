package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionChecks;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.btf.BtfType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Path-sensitive abstract execution of one program, following {@code do_check} in
 * {@code kernel/bpf/verifier.c}: a depth-first walk that continues on the fall-through of every
 * undecided branch and queues the jump target, prunes at the kernel's prune points when an already
 * verified state covers the current one, and stops at the first violation with the kernel's message.
 */
final class Checker {
    static final int COMPLEXITY_LIMIT_INSNS = 1_000_000;
    static final int COMPLEXITY_LIMIT_JMP_SEQ = 8192;
    static final int MAX_VAR_OFF = 1 << 29;

    final ObjectSpec object;
    final ProgramSpec program;
    final Profile profile;
    final Cfg cfg;
    final Instruction[] insns;
    final boolean gpl;
    final ProgramType progType;
    final MemoryChecks memory;
    final HelperChecks helpers;
    final KfuncChecks kfuncs;
    Pruning pruning;
    final Precision precision;
    final StackLiveness stackLiveness;
    final Trace trace;

    int idGen;
    long processed;
    int jmpsProcessed;
    int prevJmpsProcessed;
    long prevInsnProcessed;
    int totalStates;
    int peakStates;
    int maxStatesPerInsn;
    /** Largest stack depth touched per subprogram index. */
    final int[] stackDepth;
    /** Pointer type each load/store was first seen with ({@code save_aux_ptr_type}). */
    final RegType[] auxPtrType;
    /** Spectre v1 sanitation state of each ALU instruction ({@code alu_state}, {@code alu_limit}). */
    final int[] aluState;
    final long[] aluLimit;
    /** Instructions a speculative path may not reach ({@code nospec}). */
    final boolean[] nospec;
    /** The map each tail call was first seen with and whether another one reached it ({@code record_func_map}). */
    final MapSpec[] tailCallMap;
    final boolean[] tailCallPoisoned;
    /** Set once a pointer moved by a variable offset is sanitised: pruning then compares scalars exactly. */
    boolean exploreAluLimits;

    State cur;
    int insnIdx;
    int prevInsnIdx;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    private record Pending(State state, int insn, int prevInsn) {}

    Checker(ObjectSpec object, ProgramSpec program, Profile profile, Cfg cfg, Trace trace) {
        this.object = object;
        this.program = program;
        this.profile = profile;
        this.cfg = cfg;
        this.insns = cfg.insns;
        this.gpl = object.isGplCompatible();
        this.progType = program.type();
        this.stackDepth = new int[cfg.subprogStarts.length];
        this.auxPtrType = new RegType[cfg.len];
        this.aluState = new int[cfg.len];
        this.aluLimit = new long[cfg.len];
        this.nospec = new boolean[cfg.len];
        this.tailCallMap = new MapSpec[cfg.len];
        this.tailCallPoisoned = new boolean[cfg.len];
        this.trace = trace;
        this.memory = new MemoryChecks(this);
        this.helpers = new HelperChecks(this);
        this.kfuncs = new KfuncChecks(this);
        // check_return_code asks no range (and so no precision) of XDP, socket filter and tc programs
        this.precision = Precision.compute(cfg, !Verifier.isModelled(program.type()));
        this.stackLiveness = StackLiveness.compute(cfg, precision);
        this.pruning = new Pruning(this);
    }

    Reject reject(String fmt, Object... args) {
        return new Reject(insnIdx, args.length == 0 ? fmt : String.format(fmt, args));
    }

    /** What bpfj cannot judge: the verdict becomes "unsupported". */
    Reject notModelled(String fmt, Object... args) {
        return new Reject.NotModelled(insnIdx, args.length == 0 ? fmt : String.format(fmt, args));
    }

    // ---- the main loop -------------------------------------------------------------------------

    /** Global subprograms by subprogram index (null for static ones and the entry). */
    private GlobalFunction[] globals;
    private FunctionInfo[] globalInfo;
    private boolean[] called;
    /** Subprogram index being verified as the root of the current exploration (0: the entry). */
    private int root;

    /** {@code do_check_main}, then {@code do_check_subprogs} for every global function that was called. */
    void run() {
        int n = cfg.subprogStarts.length;
        globals = new GlobalFunction[n];
        globalInfo = new FunctionInfo[n];
        called = new boolean[n];
        boolean[] verified = new boolean[n];
        for (FunctionInfo fi : program.functions()) {
            if (fi.slot() != 0 && fi.linkage() == BtfType.Linkage.GLOBAL) {
                int idx = java.util.Arrays.binarySearch(cfg.subprogStarts, fi.slot());
                if (idx > 0) {
                    globalInfo[idx] = fi;
                }
            }
        }
        runFrom(0);
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 1; i < n; i++) {
                if (globalInfo[i] != null && called[i] && !verified[i]) {
                    runFrom(i);
                    verified[i] = true;
                    again = true;
                }
            }
        }
    }

    private void runFrom(int subprog) {
        root = subprog;
        int start = cfg.subprogStarts[subprog];
        pruning = new Pruning(this);
        State init = new State();
        Frame f = new Frame(-1, 0, start);
        init.frames[0] = f;
        init.curframe = 0;
        if (subprog == 0) {
            f.regs[1].markKnownZeroPointer(RegType.CTX);
        } else {
            GlobalFunction g = global(subprog, start);
            for (int i = 0; i < g.args().size(); i++) {
                Reg r = f.regs[i + 1];
                GlobalFunction.Arg a = g.args().get(i);
                switch (a.kind()) {
                    case SCALAR -> r.markUnknown();
                    case CTX -> r.markKnownZeroPointer(RegType.CTX);
                    case MEM -> {
                        r.markKnownZeroPointer(RegType.MEM);
                        r.memSize = a.memSize();
                        r.maybeNull = true;
                        r.id = ++idGen;
                    }
                }
            }
        }
        f.regs[10].markKnownZeroPointer(RegType.STACK);
        f.regs[10].frameno = 0;
        cur = init;
        insnIdx = start;
        prevInsnIdx = -1;
        int prev = -1;
        for (;;) {
            prevInsnIdx = prev;
            if (insnIdx >= cfg.len) {
                throw reject("invalid insn idx %d insn_cnt %d", insnIdx, cfg.len);
            }
            Instruction insn = insns[insnIdx];
            if (++processed > COMPLEXITY_LIMIT_INSNS) {
                throw reject("BPF program is too large. Processed %d insn", processed);
            }
            if (cfg.prunePoint[insnIdx]) {
                if (pruning.isStateVisited(insnIdx)) {
                    if (trace != null) {
                        trace.safe(insnIdx);
                    }
                    prev = popOrFinish();
                    if (prev == Integer.MIN_VALUE) {
                        return;
                    }
                    continue;
                }
            }
            if (cur.speculative && nospec[insnIdx]) {
                prev = popOrFinish();
                if (prev == Integer.MIN_VALUE) {
                    return;
                }
                continue;
            }
            if (trace != null) {
                trace.insn(insnIdx, insn, cur);
            }
            boolean pathEnds;
            int at = insnIdx;
            try {
                pathEnds = step(insn);
            } catch (Reject r) {
                // Linux 6.15+: a check failing only under speculation fences the path instead (nospec)
                if (!cur.speculative || !recoverableWithNospec(r)) {
                    throw r;
                }
                nospec[at] = true;
                aluState[at] = 0;
                pathEnds = true;
            }
            prev = at;
            if (pathEnds) {
                prev = popOrFinish();
                if (prev == Integer.MIN_VALUE) {
                    return;
                }
            }
        }
    }

    private static boolean recoverableWithNospec(Reject r) {
        String m = r.getMessage();
        return r.modelled() && !(m.startsWith("BPF program is too large") || m.startsWith("The sequence of")
                || m.contains("frames is too deep") || m.contains("bpfj"));
    }

    /** Executes one instruction and moves {@link #insnIdx}; returns true when the path ends here. */
    private boolean step(Instruction insn) {
        // check_ld_abs looks at the program type before the reserved fields
        String bad = isLdAbs(insn) ? null : InstructionChecks.check(insn);
        if (bad != null) {
            throw reject(bad);
        }
        int cls = insn.cls();
        switch (cls) {
            case ALU, ALU64 -> Alu.check(this, insn);
            case LDX -> memory.load(insn);
            case STX -> {
                if (mode(insn.opcode()) == ATOMIC) {
                    memory.atomic(insn);
                } else {
                    memory.store(insn);
                }
            }
            case ST -> memory.storeImm(insn);
            case JMP, JMP32 -> {
                int op = insn.op();
                jmpsProcessed++;
                if (op == CALL) {
                    if (insn.isLocalCall()) {
                        callLocal(insn);
                        return false;
                    }
                    if (insn.isKfuncCall()) {
                        kfuncs.call(insn);
                    } else {
                        helpers.call(insn);
                    }
                } else if (op == JA) {
                    insnIdx += (insn.opcode() == GOTOL_OP ? insn.imm32() : insn.offset()) + 1;
                    return false;
                } else if (op == EXIT) {
                    return !exit();
                } else if (op == JCOND) {
                    throw notModelled("may_goto at insn %d: bpfj does not model may_goto", insnIdx);
                } else {
                    Branches.check(this, insn);
                }
            }
            case LD -> {
                if (insn.opcode() == LDDW) {
                    loadImm64(insn);
                    insnIdx += 2;
                    return false;
                }
                loadAbs(insn);
            }
            default -> throw reject("unknown insn class %d", cls);
        }
        insnIdx++;
        return false;
    }

    /**
     * Ends the current path ({@code update_branch_counts}) and resumes the most recently queued branch.
     * Returns its previous instruction index, or {@link Integer#MIN_VALUE} when nothing is left.
     */
    private int popOrFinish() {
        for (State st = cur.parent, done = cur; st != null; st = st.parent) {
            if (--st.branches > 0) {
                break;
            }
            done = st;
        }
        if (cur.parent == null) {
            cur.branches = 0;
        }
        Pending p = pending.pollLast();
        if (p == null) {
            return Integer.MIN_VALUE;
        }
        cur = p.state;
        insnIdx = p.insn;
        if (trace != null) {
            trace.from(p.prevInsn, p.insn, cur);
        }
        return p.prevInsn;
    }

    /** {@code push_stack}: queues a copy of the current state to continue at {@code target}. */
    State pushBranch(int target, int from) {
        return pushBranch(target, from, false);
    }

    State pushBranch(int target, int from, boolean speculative) {
        State copy = cur.copy();
        copy.speculative |= speculative;
        copy.path = State.Path.add(cur.path, from, target);
        pending.addLast(new Pending(copy, target, from));
        if (pending.size() > COMPLEXITY_LIMIT_JMP_SEQ) {
            throw reject("The sequence of %d jumps is too complex.", pending.size());
        }
        if (copy.parent != null) {
            copy.parent.branches++;
        }
        return copy;
    }

    int pendingCount() {
        return pending.size();
    }

    // ---- registers -------------------------------------------------------------------------------

    /** {@code check_reg_arg(..., SRC_OP)}. */
    Reg src(int regno) {
        if (regno >= 11) {
            throw reject("R%d is invalid", regno);
        }
        Reg r = cur.regs()[regno];
        if (r.type == RegType.NOT_INIT) {
            throw reject("R%d !read_ok", regno);
        }
        return r;
    }

    /** {@code check_reg_arg(..., DST_OP_NO_MARK)}. */
    Reg dstNoMark(int regno) {
        if (regno >= 11) {
            throw reject("R%d is invalid", regno);
        }
        if (regno == 10) {
            throw reject("frame pointer is read only");
        }
        return cur.regs()[regno];
    }

    /** {@code check_reg_arg(..., DST_OP)}: the register becomes an unknown scalar. */
    Reg dst(int regno) {
        Reg r = dstNoMark(regno);
        r.markUnknown();
        return r;
    }

    /** {@code is_pointer_value}: a pointer the loader may not leak. */
    boolean isLeakyPointer(Reg r) {
        return !profile.allowPtrLeaks() && r.isPointer();
    }

    /** {@code mark_reg_invalid}. */
    void invalidate(Reg r) {
        if (!profile.allowPtrLeaks()) {
            r.markNotInit();
        } else {
            r.markUnknown();
        }
    }

    /** {@code clear_all_pkt_pointers}: packet pointers and slices of packet dynptrs go stale. */
    void clearAllPacketPointers() {
        cur.forEachReg(r -> {
            if (r.type.isPacketAny() || (r.type == RegType.MEM && r.pktSlice)) {
                invalidate(r);
            }
        });
    }

    Frame frameOf(Reg stackPtr) {
        return cur.frames[stackPtr.frameno];
    }

    void growStack(Frame f, int size) {
        f.growStack(size);
        int sub = cfg.subprogIndexOf(f.subprog);
        int rounded = (size + 7) & ~7;
        if (stackDepth[sub] < rounded) {
            stackDepth[sub] = rounded;
        }
    }

    // ---- ld_imm64 and LD_ABS ---------------------------------------------------------------------

    private void loadImm64(Instruction insn) {
        Reg d = dst(insn.dst());
        int src = insn.src();
        if (src == 0 && insn.reference() != null) {
            // a typeless ksym: the loader puts the symbol's address here, which bpfj does not know
            d.markUnknown();
            return;
        }
        if (src == 0) {
            d.markKnown(insn.imm());
            return;
        }
        if (src == PSEUDO_BTF_ID) {
            kfuncs.loadSymbol(insn, d);
            return;
        }
        if (src == PSEUDO_FUNC) {
            // callbacks need the func_info that BTF-carrying objects (clang -g, the bpfj emitter) provide
            if (program.functions().stream().noneMatch(fi -> fi.proto() != null)) {
                throw reject("missing btf func_info");
            }
            int sub = cfg.subprogIndexOf(insnIdx + insn.imm32() + 1);
            if (globalInfo[sub] != null) {
                throw reject("callback function not static");
            }
            d.markKnownZeroPointer(RegType.FUNC);
            d.subprog = insnIdx + insn.imm32() + 1;
            return;
        }
        MapSpec map = resolveMap(insn);
        if (src == PSEUDO_MAP_VALUE || src == PSEUDO_MAP_IDX_VALUE) {
            d.markKnownZeroPointer(RegType.MAP_VALUE);
            d.map = map;
            d.off = insn.nextImm();
            return;
        }
        d.markKnownZeroPointer(RegType.CONST_MAP_PTR);
        d.map = map;
    }

    /** {@code resolve_pseudo_ldimm64}'s checks of one map load, or null when it is fine. */
    static String checkMapLoad(ObjectSpec object, Instruction insn) {
        String name = insn.reference();
        MapSpec map = name == null ? null : object.map(name).orElse(null);
        if (map == null) {
            return String.format("fd %d is not pointing to valid bpf_map", insn.imm32());
        }
        if (insn.src() == PSEUDO_MAP_VALUE || insn.src() == PSEUDO_MAP_IDX_VALUE) {
            long off = Integer.toUnsignedLong(insn.nextImm());
            if (off >= MAX_VAR_OFF) {
                return String.format("direct value offset of %d is not allowed", off);
            }
            if (map.type() != dev.bpfj.core.MapType.ARRAY) {
                return "no direct value access support for this map type";
            }
            if (map.maxEntries() != 1 || off >= map.valueSize()) {
                return String.format("invalid access to map value pointer, value_size=%d off=%d", map.valueSize(), off);
            }
        }
        return null;
    }

    MapSpec resolveMap(Instruction insn) {
        String name = insn.reference();
        MapSpec map = name == null ? null : object.map(name).orElse(null);
        if (map == null) {
            throw reject("fd %d is not pointing to valid bpf_map", insn.imm32());
        }
        return map;
    }

    static boolean isLdAbs(Instruction insn) {
        int mode = insn.opcode() & 0xe0;
        return insn.cls() == LD && (mode == ABS || mode == IND);
    }

    /** {@code check_ld_abs}: the legacy packet loads of socket filters and tc, through the skb in R6. */
    private void loadAbs(Instruction insn) {
        if (progType != ProgramType.SOCKET_FILTER && progType != ProgramType.SCHED_CLS
                && progType != ProgramType.SCHED_ACT) {
            throw reject("BPF_LD_[ABS|IND] instructions not allowed for this program type");
        }
        for (int i = cur.curframe; i > 0; i--) {
            if (cur.frames[i].inCallback) {
                throw reject("cannot use BPF_LD_[ABS|IND] within callback");
            }
        }
        String bad = InstructionChecks.check(insn);
        if (bad != null) {
            throw reject(bad);
        }
        src(6);
        if (cur.refIds.length > 0) {
            int last = cur.refIds.length - 1;
            throw reject("Unreleased reference id=%d alloc_insn=%d\nBPF_LD_[ABS|IND] would lead to reference leak",
                    cur.refIds[last], cur.refInsns[last]);
        }
        Reg[] regs = cur.regs();
        if (regs[6].type != RegType.CTX) {
            throw reject("at the time of BPF_LD_ABS|IND R6 != pointer to skb");
        }
        if ((insn.opcode() & 0xe0) == IND) {
            src(insn.src());
        }
        memory.checkPtrOffReg(regs[6], 6, false);
        for (int i = 1; i <= 5; i++) {
            regs[i].markNotInit();
        }
        regs[0].markUnknown();
        if (cur.curframe > 0) {
            // the load may end the program (return 0) when the packet is too short: in a subprogram that is a return
            pushBranch(insnIdx + 1, insnIdx);
            regs[0].markKnown(0);
            returnToCaller();
            insnIdx--;
        }
    }

    // ---- calls and exits -----------------------------------------------------------------------

    GlobalFunction global(int subprog, int at) {
        if (globals[subprog] == null) {
            globals[subprog] = GlobalFunction.of(subprog, globalInfo[subprog], progType, at);
        }
        return globals[subprog];
    }

    /** A call of a global function: arguments checked against its prototype, the body assumed valid. */
    private void callGlobal(int subprog) {
        FunctionInfo fi = globalInfo[subprog];
        String trailer = String.format("Caller passes invalid args into func#%d ('%s')", subprog, fi.name());
        Reg[] regs = cur.regs();
        try {
            GlobalFunction g = global(subprog, insnIdx);
            for (int i = 0; i < g.args().size(); i++) {
                int regno = i + 1;
                Reg r = regs[regno];
                switch (g.args().get(i).kind()) {
                    case SCALAR -> {
                        if (r.type != RegType.SCALAR) {
                            throw reject("R%d is not a scalar", regno);
                        }
                    }
                    case CTX -> {
                        if (r.isPointer() && !isMemLike(r.type)) {
                            memory.checkPtrOffReg(r, regno, false);
                        }
                        if (r.type != RegType.CTX) {
                            throw reject("arg#%d expects pointer to ctx", i);
                        }
                    }
                    case MEM -> {
                        if (r.isPointer() && !isMemLike(r.type)) {
                            memory.checkPtrOffReg(r, regno, false);
                        }
                        if (!r.isNull()) {
                            boolean maybeNull = r.maybeNull;
                            r.maybeNull = false;
                            try {
                                memory.helperMemAccess(regno, g.args().get(i).memSize(), false, true, false);
                                memory.helperMemAccess(regno, g.args().get(i).memSize(), true, true, false);
                            } finally {
                                r.maybeNull = maybeNull;
                            }
                        }
                    }
                }
            }
        } catch (Reject r) {
            throw new Reject(insnIdx, r.getMessage() + "\n" + trailer);
        }
        called[subprog] = true;
        if (cfg.changesPacketData[subprog]) {
            clearAllPacketPointers();
        }
        for (int i = 1; i <= 5; i++) {
            regs[i].markNotInit();
        }
        regs[0].markUnknown();
    }

    private static boolean isMemLike(RegType t) {
        return switch (t) {
            case STACK, PACKET, PACKET_META, MAP_KEY, MAP_VALUE, MEM, SCALAR -> true;
            default -> false;
        };
    }

    private void callLocal(Instruction insn) {
        int sub = cfg.subprogIndexOf(insnIdx + insn.imm32() + 1);
        if (globalInfo[sub] != null) {
            callGlobal(sub);
            insnIdx++;
            return;
        }
        State st = cur;
        if (st.curframe + 1 >= State.MAX_CALL_FRAMES) {
            throw reject("the call stack of %d frames is too deep", st.curframe + 2);
        }
        int target = insnIdx + insn.imm32() + 1;
        Frame caller = st.cur();
        Frame callee = new Frame(insnIdx, st.curframe + 1, target);
        for (int i = 1; i <= 5; i++) {
            callee.regs[i].copyFrom(caller.regs[i]);
        }
        callee.regs[10].markKnownZeroPointer(RegType.STACK);
        callee.regs[10].frameno = callee.frameno;
        for (int i = 0; i <= 5; i++) {
            caller.regs[i].markNotInit();
        }
        st.curframe++;
        st.frames[st.curframe] = callee;
        insnIdx = target;
    }

    /** {@code push_callback_call} for bpf_loop: queues a state that runs the callback once more. */
    void pushCallback(int target) {
        State st = pushBranch(target, insnIdx);
        if (st.curframe + 1 >= State.MAX_CALL_FRAMES) {
            throw reject("the call stack of %d frames is too deep", st.curframe + 2);
        }
        Frame caller = st.cur();
        Frame callee = new Frame(insnIdx, st.curframe + 1, target);
        callee.inCallback = true;
        callee.callbackDepth = caller.callbackDepth;
        callee.regs[1].markUnknown();
        callee.regs[2].copyFrom(caller.regs[3]);
        callee.regs[10].markKnownZeroPointer(RegType.STACK);
        callee.regs[10].frameno = callee.frameno;
        st.curframe++;
        st.frames[st.curframe] = callee;
        st.callbackUnrollDepth++;
        caller.callbackDepth++;
        cur.cur().callbackDepth = 0;
    }

    /** Returns true when execution continues in a caller, false when the path ended. */
    private boolean exit() {
        State st = cur;
        if (st.curframe > 0 && st.cur().inCallback) {
            Frame callee = st.cur();
            Reg r0 = src(0);
            if (r0.type != RegType.SCALAR) {
                throw reject("R0 not a scalar value");
            }
            if (r0.smin < 0 || r0.smax > 1) {
                StringBuilder sb = new StringBuilder("At callback return the register R0 has");
                boolean unknown = true;
                if (r0.smin > Reg.S64_MIN) {
                    sb.append(" smin=").append(r0.smin);
                    unknown = false;
                }
                if (r0.smax < Reg.S64_MAX) {
                    sb.append(" smax=").append(r0.smax);
                    unknown = false;
                }
                if (unknown) {
                    sb.append(" unknown scalar value");
                }
                throw reject(sb.append(" should have been in [0, 1]").toString());
            }
            st.frames[st.curframe] = null;
            st.curframe--;
            insnIdx = callee.callsite;
            return true;
        }
        if (st.curframe > 0) {
            returnToCaller();
            return true;
        }
        checkReferenceLeak();
        Reg r0 = src(0);
        if (isLeakyPointer(r0)) {
            throw reject("R0 leaks addr as return value");
        }
        if (root != 0 && r0.type != RegType.SCALAR) {
            throw reject("At subprogram exit the register R0 is not a scalar value (%s)", r0.typeName());
        }
        return false;
    }

    /** {@code prepare_func_exit} of a static subprogram: R0 goes back to the caller, which resumes after the call. */
    private void returnToCaller() {
        State st = cur;
        Frame callee = st.cur();
        Reg r0 = callee.regs[0];
        if (r0.type == RegType.STACK) {
            throw reject("cannot return stack pointer to the caller");
        }
        Frame caller = st.frames[st.curframe - 1];
        caller.regs[0].copyFrom(r0);
        st.frames[st.curframe] = null;
        st.curframe--;
        insnIdx = callee.callsite + 1;
    }

    void checkReferenceLeak() {
        if (cur.refIds.length > 0) {
            int last = cur.refIds.length - 1;
            throw reject("Unreleased reference id=%d alloc_insn=%d\nBPF_EXIT instruction in main prog would lead to "
                    + "reference leak", cur.refIds[last], cur.refInsns[last]);
        }
    }

    /**
     * {@code do_misc_fixups}, after exploration: a tail call reached with two different prog arrays
     * needs a map that bypasses Spectre v1, which maps made without CAP_PERFMON do not.
     */
    void checkTailCallMaps() {
        if (profile.bypassSpecV1()) {
            return;
        }
        for (int i = 0; i < tailCallPoisoned.length; i++) {
            if (tailCallPoisoned[i]) {
                throw new Reject(i, "tail_call abusing map_ptr");
            }
        }
    }

    /** {@code check_max_stack_depth}, after exploration. */
    void checkMaxStackDepth() {
        walkStack(0, 0, 1, new boolean[cfg.subprogStarts.length]);
    }

    private void walkStack(int sub, int depthBefore, int frames, boolean[] onPath) {
        int depth = depthBefore + roundUp16(stackDepth[sub]);
        if (depth > Frame.MAX_STACK) {
            throw new Reject(cfg.subprogStarts[sub], String.format(
                    "combined stack size of %d calls is %d. Too large", frames, depth));
        }
        onPath[sub] = true;
        int start = cfg.subprogStarts[sub];
        int end = cfg.subprogEnd(sub);
        for (int i = start; i < end; i++) {
            Instruction in = insns[i];
            if (in != null && in.isLocalCall()) {
                int callee = cfg.subprogIndexOf(i + in.imm32() + 1);
                if (!onPath[callee]) {
                    if (frames + 1 > State.MAX_CALL_FRAMES) {
                        throw new Reject(i, String.format("the call stack of %d frames is too deep", frames + 1));
                    }
                    walkStack(callee, depth, frames + 1, onPath);
                }
            }
        }
        onPath[sub] = false;
    }

    private static int roundUp16(int v) {
        return (v + 15) & ~15;
    }

    List<String> pathOf(State st) {
        List<String> out = new ArrayList<>();
        for (State.Path p = st == null ? null : st.path; p != null && out.size() < 64; p = p.prev()) {
            out.add(0, p.from() + " -> " + p.to());
        }
        return out;
    }
}
