package dev.bpfj.dsl.codegen;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Control flow and register liveness of one function's code, instruction by instruction. */
final class Flow {
    final List<MInsn> code;
    final Map<String, Integer> labels = new HashMap<>();
    /** Registers live after each instruction. */
    final BitSet[] liveOut;
    /** Registers live before each instruction. */
    final BitSet[] liveIn;

    Flow(List<MInsn> code) {
        this.code = code;
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).isLabel()) {
                labels.put(code.get(i).label(), i);
            }
        }
        int n = code.size();
        liveOut = new BitSet[n];
        liveIn = new BitSet[n];
        for (int i = 0; i < n; i++) {
            liveOut[i] = new BitSet();
            liveIn[i] = new BitSet();
        }
        computeLiveness();
    }

    int target(MInsn insn) {
        Integer t = labels.get(insn.label());
        if (t == null) {
            throw new IllegalStateException("jump to unknown label " + insn.label());
        }
        return t;
    }

    /** Successor indices of instruction i (at most two); returns how many. */
    int successors(int i, int[] out) {
        MInsn insn = code.get(i);
        int n = 0;
        if (!insn.endsBlock() && i + 1 < code.size()) {
            out[n++] = i + 1;
        }
        if (insn.isJump()) {
            out[n++] = target(insn);
        }
        return n;
    }

    private void computeLiveness() {
        int n = code.size();
        int[] succ = new int[2];
        int[] regs = new int[8];
        // predecessors for a worklist
        java.util.List<java.util.List<Integer>> preds = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new java.util.ArrayList<>(2));
        }
        for (int i = 0; i < n; i++) {
            int k = successors(i, succ);
            for (int j = 0; j < k; j++) {
                preds.get(succ[j]).add(i);
            }
        }
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            work.add(i);
            queued[i] = true;
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            queued[i] = false;
            BitSet out = new BitSet();
            int k = successors(i, succ);
            for (int j = 0; j < k; j++) {
                out.or(liveIn[succ[j]]);
            }
            liveOut[i] = out;
            BitSet in = (BitSet) out.clone();
            MInsn insn = code.get(i);
            int d = insn.defs(regs);
            for (int j = 0; j < d; j++) {
                in.clear(regs[j]);
            }
            int u = insn.uses(regs);
            for (int j = 0; j < u; j++) {
                if (regs[j] != Code.FP) {
                    in.set(regs[j]);
                }
            }
            if (!in.equals(liveIn[i])) {
                liveIn[i] = in;
                for (int p : preds.get(i)) {
                    if (!queued[p]) {
                        queued[p] = true;
                        work.add(p);
                    }
                }
            }
        }
    }

    /** Instructions reachable from the first one. */
    static boolean[] reachable(List<MInsn> code, Map<String, Integer> labels) {
        boolean[] seen = new boolean[code.size()];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (!code.isEmpty()) {
            work.add(0);
            seen[0] = true;
        }
        while (!work.isEmpty()) {
            int i = work.poll();
            MInsn insn = code.get(i);
            if (!insn.endsBlock() && i + 1 < code.size() && !seen[i + 1]) {
                seen[i + 1] = true;
                work.add(i + 1);
            }
            if (insn.isJump()) {
                int t = labels.get(insn.label());
                if (!seen[t]) {
                    seen[t] = true;
                    work.add(t);
                }
            }
        }
        return seen;
    }
}
