package dev.bpfj.verifier;

import static dev.bpfj.verifier.Frame.STACK_INVALID;
import static dev.bpfj.verifier.Frame.STACK_MISC;
import static dev.bpfj.verifier.Frame.STACK_SPILL;
import static dev.bpfj.verifier.Frame.STACK_ZERO;

import java.util.ArrayList;
import java.util.List;

/**
 * State pruning ({@code is_state_visited}, {@code states_equal}, {@code regsafe}, {@code stacksafe}):
 * a path is cut when a state already verified at the same prune point covers it, and a loop that
 * comes back to an identical state is reported as infinite.
 *
 * <p>Which scalars must match exactly comes from {@link Precision}, a static over-approximation of the
 * kernel's precision marks: pruning is never wrong, only sometimes later than Linux's.
 */
final class Pruning {
    private final Checker c;
    private final List<State>[] explored;
    private int[] idmapOld = new int[16];
    private int[] idmapCur = new int[16];
    private int idmapSize;
    private int tmpIdGen;

    @SuppressWarnings("unchecked")
    Pruning(Checker c) {
        this.c = c;
        this.explored = new List[c.cfg.len];
    }

    /** Returns true when the current path may stop here. */
    boolean isStateVisited(int insn) {
        State cur = c.cur;
        boolean forceNewState = c.cfg.forceCheckpoint[insn];
        boolean addNewState = forceNewState;
        if (c.jmpsProcessed - c.prevJmpsProcessed >= 2 && c.processed - c.prevInsnProcessed >= 8) {
            addNewState = true;
        }
        List<State> list = explored[insn];
        int statesCnt = 0;
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                State old = list.get(i);
                statesCnt++;
                boolean miss;
                if (old.branches > 0) {
                    if (callsCallback(insn)) {
                        if (statesEqual(old, cur, insn, RANGE_WITHIN)) {
                            old.hitCount++;
                            return true;
                        }
                    } else if (maybeLooping(old, cur) && statesEqual(old, cur, insn, EXACT)
                            && old.callbackUnrollDepth == cur.callbackUnrollDepth) {
                        throw c.reject("infinite loop detected at insn %d\ncur state: %s\nold state: %s", insn,
                                RegFormat.state(cur), RegFormat.state(old));
                    }
                    if (!forceNewState && c.jmpsProcessed - c.prevJmpsProcessed < 20
                            && c.processed - c.prevInsnProcessed < 100) {
                        addNewState = false;
                    }
                    miss = true;
                } else if (statesEqual(old, cur, insn, NOT_EXACT)) {
                    old.hitCount++;
                    return true;
                } else {
                    miss = true;
                }
                if (miss) {
                    if (addNewState) {
                        old.missCount++;
                    }
                    int n = forceNewState && old.branches > 0 ? 64 : 3;
                    if (old.missCount > old.hitCount * n + n) {
                        list.remove(i);
                        i--;
                        c.peakStates--;
                    }
                }
            }
        }
        if (c.maxStatesPerInsn < statesCnt) {
            c.maxStatesPerInsn = statesCnt;
        }
        if (!addNewState) {
            return false;
        }
        c.totalStates++;
        c.peakStates++;
        c.prevJmpsProcessed = c.jmpsProcessed;
        c.prevInsnProcessed = c.processed;
        State saved = cur.copy();
        saved.insnIdx = insn;
        saved.branches = 1;
        saved.hitCount = 0;
        saved.missCount = 0;
        cur.parent = saved;
        cur.branches = 1;
        if (list == null) {
            list = new ArrayList<>(2);
            explored[insn] = list;
        }
        list.add(0, saved);
        return false;
    }

    static final int NOT_EXACT = 0;
    static final int EXACT = 1;
    static final int RANGE_WITHIN = 2;

    private boolean callsCallback(int insn) {
        dev.bpfj.core.Instruction in = c.insns[insn];
        return in != null && in.isHelperCall() && in.imm32() == dev.bpfj.core.Helpers.LOOP.id();
    }

    /** {@code states_maybe_looping}: the current frame's registers are bit-identical. */
    private static boolean maybeLooping(State old, State cur) {
        if (old.curframe != cur.curframe) {
            return false;
        }
        Reg[] a = old.frames[cur.curframe].regs;
        Reg[] b = cur.frames[cur.curframe].regs;
        for (int i = 0; i < a.length; i++) {
            if (!a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private boolean statesEqual(State old, State cur, int insn, int exact) {
        if (old.curframe != cur.curframe) {
            return false;
        }
        if (old.speculative && !cur.speculative) {
            return false;
        }
        idmapSize = 0;
        tmpIdGen = c.idGen;
        // a caller's slots stay live while a deeper frame may still reach them through a pointer
        boolean deeperReaches = false;
        int[] ats = new int[old.curframe + 1];
        for (int i = old.curframe; i >= 0; i--) {
            boolean callback = i != old.curframe && old.frames[i + 1].inCallback;
            ats[i] = i == old.curframe ? insn : callback ? old.frames[i + 1].callsite : old.frames[i + 1].callsite + 1;
        }
        boolean[] wholeStack = new boolean[old.curframe + 1];
        for (int i = old.curframe; i >= 0; i--) {
            wholeStack[i] = deeperReaches;
            boolean callback = i > 0 && old.frames[i].inCallback;
            deeperReaches |= c.stackLiveness.foreign[ats[i]] || callback;
        }
        for (int i = 0; i <= old.curframe; i++) {
            Frame fo = old.frames[i];
            Frame fc = cur.frames[i];
            if (fo.callsite != fc.callsite) {
                return false;
            }
            if (fo.callbackDepth > fc.callbackDepth) {
                return false;
            }
            // a callback returns into the helper call itself, which reads its arguments again
            boolean callback = i != old.curframe && old.frames[i + 1].inCallback;
            int at = i == old.curframe ? insn : callback ? old.frames[i + 1].callsite : old.frames[i + 1].callsite + 1;
            int live = c.cfg.liveIn[at];
            int need = c.precision.regs[at];
            if (i != old.curframe && !callback) {
                live &= ~0x3f;
                need &= ~0x3f;
            }
            needSlots = c.precision.slots[at];
            needAllStack = c.precision.allStack[at];
            liveSlots = wholeStack[i] || c.stackLiveness.allLive[at] ? -1L : c.stackLiveness.live[at];
            if (!funcStatesEqual(fo, fc, live, need, exact)) {
                return false;
            }
        }
        if (old.refIds.length != cur.refIds.length) {
            return false;
        }
        for (int i = 0; i < old.refIds.length; i++) {
            if (!checkIds(old.refIds[i], cur.refIds[i])) {
                return false;
            }
        }
        return true;
    }

    private long needSlots;
    private boolean needAllStack;
    /** Slots of the frame being compared that may be read again ({@link StackLiveness}); -1: all. */
    private long liveSlots;

    private boolean funcStatesEqual(Frame old, Frame cur, int live, int need, int exact) {
        for (int i = 0; i < 11; i++) {
            boolean isLive = i == 10 || (live & (1 << i)) != 0;
            if (!regsafe(old.regs[i], cur.regs[i], isLive, (need & (1 << i)) != 0, exact)) {
                return false;
            }
        }
        return stacksafe(old, cur, exact);
    }

    private boolean regsExact(Reg o, Reg r) {
        return o.sameAs(r) && checkIds(o.id, r.id) && checkIds(o.refObjId, r.refObjId);
    }

    private boolean regsafe(Reg o, Reg r, boolean live, boolean precise, int exact) {
        if (exact == EXACT) {
            return regsExact(o, r);
        }
        if (!live && exact == NOT_EXACT) {
            return true;
        }
        if (o.type == RegType.NOT_INIT) {
            if (exact == NOT_EXACT || r.type == RegType.NOT_INIT) {
                return true;
            }
        }
        if (o.type != r.type) {
            return false;
        }
        switch (o.type) {
            case SCALAR -> {
                if (c.exploreAluLimits) {
                    return o.sameAs(r) && checkScalarIds(o.id, r.id);
                }
                if (!precise && exact == NOT_EXACT) {
                    return true;
                }
                if ((o.id & Reg.ADD_CONST) != 0 && (r.id & Reg.ADD_CONST) == 0) {
                    return false;
                }
                if (o.id != 0 && (o.id & Reg.ADD_CONST) == 0 && (r.id & Reg.ADD_CONST) != 0) {
                    return false;
                }
                if ((o.id & Reg.ADD_CONST) != 0 && o.off != r.off) {
                    return false;
                }
                if (!checkScalarIds(o.id, r.id)) {
                    return false;
                }
                return rangeWithin(o, r) && o.varOff.contains(r.varOff);
            }
            case MAP_KEY, MAP_VALUE, MEM -> {
                return o.maybeNull == r.maybeNull && o.rdonly == r.rdonly && o.ringbuf == r.ringbuf && o.off == r.off
                        && o.map == r.map && o.memSize == r.memSize && o.pktSlice == r.pktSlice && rangeWithin(o, r)
                        && o.varOff.contains(r.varOff) && checkIds(o.id, r.id) && checkIds(o.refObjId, r.refObjId)
                        && checkIds(o.dynptrId, r.dynptrId);
            }
            case PACKET, PACKET_META -> {
                if (o.range < 0 || r.range < 0) {
                    if (o.range != r.range) {
                        return false;
                    }
                } else if (o.range > r.range) {
                    return false;
                }
                if (o.off != r.off) {
                    return false;
                }
                if (!checkIds(o.id, r.id)) {
                    return false;
                }
                return rangeWithin(o, r) && o.varOff.contains(r.varOff);
            }
            case STACK -> {
                return regsExact(o, r) && o.frameno == r.frameno;
            }
            default -> {
                return regsExact(o, r);
            }
        }
    }

    private boolean slotPrecise(int spi) {
        return needAllStack || (needSlots & (1L << spi)) != 0;
    }

    private static boolean rangeWithin(Reg o, Reg r) {
        return !Bounds.ugt(o.umin, r.umin) && !Bounds.ugt(r.umax, o.umax) && o.smin <= r.smin && o.smax >= r.smax
                && o.u32min <= r.u32min && o.u32max >= r.u32max && o.s32min <= r.s32min && o.s32max >= r.s32max;
    }

    private boolean checkIds(int oldId, int curId) {
        if ((oldId == 0) != (curId == 0)) {
            return false;
        }
        if (oldId == 0) {
            return true;
        }
        for (int i = 0; i < idmapSize; i++) {
            if (idmapOld[i] == oldId) {
                return idmapCur[i] == curId;
            }
            if (idmapCur[i] == curId) {
                return false;
            }
        }
        if (idmapSize == idmapOld.length) {
            idmapOld = java.util.Arrays.copyOf(idmapOld, idmapSize * 2);
            idmapCur = java.util.Arrays.copyOf(idmapCur, idmapSize * 2);
        }
        idmapOld[idmapSize] = oldId;
        idmapCur[idmapSize] = curId;
        idmapSize++;
        return true;
    }

    private boolean checkScalarIds(int oldId, int curId) {
        oldId = oldId != 0 ? oldId : ++tmpIdGen;
        curId = curId != 0 ? curId : ++tmpIdGen;
        return checkIds(oldId, curId);
    }

    private static final Reg UNBOUND = unbound();

    private static Reg unbound() {
        Reg r = new Reg();
        r.markUnknown();
        return r;
    }

    private Reg scalarRegForStack(Frame f, int spi) {
        if (f.isSpilledScalar64(spi)) {
            return f.spilledOrNull(spi);
        }
        for (int i = 0; i < 8; i++) {
            byte t = f.type(spi, i);
            if (t == STACK_MISC || (t == STACK_INVALID && c.profile.allowUninitStack())) {
                continue;
            }
            return null;
        }
        return UNBOUND;
    }

    private boolean stacksafe(Frame old, Frame cur, int exact) {
        for (int i = 0; i < old.allocatedStack; i++) {
            int spi = i / 8;
            int idx = i % 8;
            byte ot = old.type(spi, idx);
            if (exact != NOT_EXACT && (i >= cur.allocatedStack || ot != cur.type(spi, idx))) {
                return false;
            }
            if (ot == STACK_INVALID) {
                continue;
            }
            if (exact == NOT_EXACT && (liveSlots & (1L << spi)) == 0) {
                // Linux forgets slots nobody reads again before comparing (clean_live_states)
                i += 7 - idx;
                continue;
            }
            if (c.profile.allowUninitStack() && ot == STACK_MISC) {
                continue;
            }
            if (i >= cur.allocatedStack) {
                return false;
            }
            Reg oldReg = scalarRegForStack(old, spi);
            Reg curReg = scalarRegForStack(cur, spi);
            if (oldReg != null && curReg != null) {
                if (!regsafe(oldReg, curReg, true, slotPrecise(spi), exact)) {
                    return false;
                }
                i += 7 - idx;
                continue;
            }
            byte ct = cur.type(spi, idx);
            if (ot == STACK_MISC && ct == STACK_ZERO) {
                continue;
            }
            if (ot != ct) {
                return false;
            }
            if (idx != 7) {
                continue;
            }
            if (ot == STACK_SPILL) {
                if (!regsafe(old.spill(spi), cur.spill(spi), true, slotPrecise(spi), exact)) {
                    return false;
                }
            } else if (ot == Frame.STACK_DYNPTR) {
                Reg o = old.spill(spi);
                Reg r = cur.spill(spi);
                if (o.dynptrFirst != r.dynptrFirst || !checkIds(o.refObjId, r.refObjId)) {
                    return false;
                }
            }
        }
        return true;
    }
}
