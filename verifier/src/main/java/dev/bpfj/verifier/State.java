package dev.bpfj.verifier;

import java.util.Arrays;

/** A whole path state: the call frames and acquired references ({@code struct bpf_verifier_state}). */
final class State {
    static final int MAX_CALL_FRAMES = 8;

    final Frame[] frames = new Frame[MAX_CALL_FRAMES];
    int curframe;
    /** Acquired reference ids and the instruction that acquired each. */
    int[] refIds = new int[0];
    int[] refInsns = new int[0];
    /** The stored state this path continued from (for branch counting). */
    State parent;
    /** Unfinished paths that descend from this stored state. */
    int branches = 1;
    /** Slot where a stored state was saved. */
    int insnIdx;
    /** Hits and misses of a stored state in pruning, for eviction. */
    int hitCount;
    int missCount;
    /** A path the CPU may only take speculatively (Spectre v1 simulation without CAP_PERFMON). */
    boolean speculative;
    /** Callback iterations unrolled on this path ({@code callback_unroll_depth}). */
    int callbackUnrollDepth;
    /** The branch decisions on the way here, for the verdict's path. */
    Path path;

    State() {}

    State copy() {
        State s = new State();
        s.curframe = curframe;
        for (int i = 0; i <= curframe; i++) {
            s.frames[i] = frames[i].copy();
        }
        s.refIds = refIds.clone();
        s.refInsns = refInsns.clone();
        s.parent = parent;
        s.branches = branches;
        s.insnIdx = insnIdx;
        s.callbackUnrollDepth = callbackUnrollDepth;
        s.speculative = speculative;
        s.path = path;
        return s;
    }

    Frame cur() {
        return frames[curframe];
    }

    Reg[] regs() {
        return frames[curframe].regs;
    }

    void acquire(int id, int insn) {
        refIds = Arrays.copyOf(refIds, refIds.length + 1);
        refInsns = Arrays.copyOf(refInsns, refInsns.length + 1);
        refIds[refIds.length - 1] = id;
        refInsns[refInsns.length - 1] = insn;
    }

    boolean release(int id) {
        for (int i = 0; i < refIds.length; i++) {
            if (refIds[i] == id) {
                int n = refIds.length - 1;
                System.arraycopy(refIds, i + 1, refIds, i, n - i);
                System.arraycopy(refInsns, i + 1, refInsns, i, n - i);
                refIds = Arrays.copyOf(refIds, n);
                refInsns = Arrays.copyOf(refInsns, n);
                return true;
            }
        }
        return false;
    }

    /** Visits every register and spilled register of every frame. */
    void forEachReg(java.util.function.Consumer<Reg> action) {
        for (int f = 0; f <= curframe; f++) {
            Frame fr = frames[f];
            for (int i = 0; i < 10; i++) {
                action.accept(fr.regs[i]);
            }
            int used = fr.allocatedStack / 8;
            for (int spi = 0; spi < used; spi++) {
                Reg sp = fr.spilledOrNull(spi);
                if (sp != null && fr.isSpilled(spi)) {
                    action.accept(sp);
                }
            }
        }
    }

    /** A linked list of branch decisions, shared between forks. */
    record Path(int from, int to, Path prev, int depth) {
        static Path add(Path p, int from, int to) {
            return new Path(from, to, p, p == null ? 1 : p.depth + 1);
        }
    }
}
