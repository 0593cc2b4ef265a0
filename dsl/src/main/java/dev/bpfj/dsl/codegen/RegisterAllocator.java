package dev.bpfj.dsl.codegen;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.SourceLocation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every virtual register one of r0..r9 by graph colouring (Chaitin–Briggs with conservative
 * move coalescing), so values live across a call end up in the callee-saved r6..r9 and argument set-up
 * moves disappear where possible. When ten registers do not suffice, values are spilled to 8-byte
 * stack slots and allocation runs again.
 */
final class RegisterAllocator {
    private static final int COLORS = 10;
    private static final int[] PREFERENCE = {1, 2, 3, 4, 5, 0, 6, 7, 8, 9};

    private List<MInsn> code;
    private final StackFrame frame;
    private int regCount;
    private final Set<Integer> unspillable = new HashSet<>();

    RegisterAllocator(List<MInsn> code, StackFrame frame, int regCount) {
        this.code = code;
        this.frame = frame;
        this.regCount = regCount;
    }

    List<MInsn> allocate() {
        for (int round = 0; round < 64; round++) {
            Flow flow = new Flow(code);
            Graph g = new Graph(regCount);
            g.build(flow);
            g.coalesce();
            Set<Integer> spilled = new HashSet<>();
            int[] color = g.color(spilled, unspillable);
            if (spilled.isEmpty()) {
                return rewrite(g, color);
            }
            for (int v : spilled) {
                if (unspillable.contains(v)) {
                    throw new IllegalStateException("no register left for a spill temporary");
                }
            }
            spill(spilled);
        }
        throw new IllegalStateException("register allocation did not converge");
    }

    private List<MInsn> rewrite(Graph g, int[] color) {
        List<MInsn> out = new ArrayList<>(code.size());
        for (MInsn insn : code) {
            if (insn.isLabel()) {
                out.add(insn);
                continue;
            }
            int d = insn.dst() >= MInsn.FIRST_VIRTUAL ? color[g.find(insn.dst())] : insn.dst();
            int s = insn.src() >= MInsn.FIRST_VIRTUAL && usesSrcField(insn) ? color[g.find(insn.src())] : insn.src();
            out.add(insn.withRegs(d, s));
        }
        return out;
    }

    /** Whether the src field names a register (rather than a pseudo source or nothing). */
    private static boolean usesSrcField(MInsn insn) {
        int c = insn.cls();
        return switch (c) {
            case ALU, ALU64, JMP, JMP32 -> insn.isX() && !insn.isCall();
            case LDX, STX -> true;
            default -> false;
        };
    }

    private void spill(Set<Integer> spilled) {
        Map<Integer, Integer> slots = new HashMap<>();
        for (int v : spilled) {
            slots.put(v, frame.allocateSpill());
        }
        List<MInsn> out = new ArrayList<>(code.size() + 8);
        int[] regs = new int[8];
        for (MInsn insn : code) {
            if (insn.isLabel()) {
                out.add(insn);
                continue;
            }
            SourceLocation at = insn.source();
            if (insn.isMove() && slots.containsKey(insn.dst()) && !slots.containsKey(insn.src())) {
                out.add(new MInsn(STX | MEM | DW, Code.FP, insn.src(), slots.get(insn.dst()), 0, null, null, 0, at));
                continue;
            }
            if (insn.isMove() && slots.containsKey(insn.src()) && !slots.containsKey(insn.dst())) {
                out.add(new MInsn(LDX | MEM | DW, insn.dst(), Code.FP, slots.get(insn.src()), 0, null, null, 0, at));
                continue;
            }
            Map<Integer, Integer> temps = new HashMap<>();
            int u = insn.uses(regs);
            for (int j = 0; j < u; j++) {
                Integer slot = slots.get(regs[j]);
                if (slot != null && !temps.containsKey(regs[j])) {
                    int t = newTemp();
                    temps.put(regs[j], t);
                    out.add(new MInsn(LDX | MEM | DW, t, Code.FP, slot, 0, null, null, 0, at));
                }
            }
            int d = insn.defs(regs);
            List<int[]> stores = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                Integer slot = slots.get(regs[j]);
                if (slot != null) {
                    int t = temps.computeIfAbsent(regs[j], k -> newTemp());
                    stores.add(new int[] {t, slot});
                }
            }
            int dst = temps.getOrDefault(insn.dst(), insn.dst());
            int src = usesSrcField(insn) ? temps.getOrDefault(insn.src(), insn.src()) : insn.src();
            out.add(insn.withRegs(dst, src));
            for (int[] st : stores) {
                out.add(new MInsn(STX | MEM | DW, Code.FP, st[0], st[1], 0, null, null, 0, at));
            }
        }
        code = out;
    }

    private int newTemp() {
        int t = regCount++;
        unspillable.add(t);
        return t;
    }

    /** The interference graph over physical (0..10) and virtual registers. */
    private static final class Graph {
        final int n;
        final BitSet[] adj;
        final int[] alias;
        final int[] occurrences;
        final BitSet present = new BitSet();
        final List<int[]> moves = new ArrayList<>();

        Graph(int n) {
            this.n = n;
            adj = new BitSet[n];
            alias = new int[n];
            occurrences = new int[n];
            for (int i = 0; i < n; i++) {
                adj[i] = new BitSet();
                alias[i] = i;
            }
        }

        int find(int v) {
            while (alias[v] != v) {
                alias[v] = alias[alias[v]];
                v = alias[v];
            }
            return v;
        }

        static boolean isPhysical(int r) {
            return r < MInsn.FIRST_VIRTUAL;
        }

        void edge(int a, int b) {
            if (a == b || a == Code.FP || b == Code.FP || (isPhysical(a) && isPhysical(b))) {
                return;
            }
            adj[a].set(b);
            adj[b].set(a);
        }

        void build(Flow flow) {
            int[] regs = new int[8];
            for (int i = 0; i < flow.code.size(); i++) {
                MInsn insn = flow.code.get(i);
                if (insn.isLabel()) {
                    continue;
                }
                BitSet live = flow.liveOut[i];
                boolean move = insn.isMove();
                int d = insn.defs(regs);
                for (int j = 0; j < d; j++) {
                    int def = regs[j];
                    present.set(def);
                    occurrences[def]++;
                    for (int l = live.nextSetBit(0); l >= 0; l = live.nextSetBit(l + 1)) {
                        if (!(move && l == insn.src())) {
                            edge(def, l);
                        }
                    }
                }
                int u = insn.uses(regs);
                for (int j = 0; j < u; j++) {
                    if (regs[j] != Code.FP) {
                        present.set(regs[j]);
                        occurrences[regs[j]]++;
                    }
                }
                if (move && insn.dst() != insn.src()) {
                    moves.add(new int[] {insn.dst(), insn.src()});
                }
            }
        }

        private int degree(int v) {
            return adj[v].cardinality();
        }

        private boolean significant(int t) {
            return isPhysical(t) || degree(t) >= COLORS;
        }

        void coalesce() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] m : moves) {
                    int a = find(m[0]);
                    int b = find(m[1]);
                    if (a == b || adj[a].get(b) || (isPhysical(a) && isPhysical(b))) {
                        continue;
                    }
                    int keep = isPhysical(b) ? b : a;
                    int gone = keep == a ? b : a;
                    boolean ok;
                    if (isPhysical(keep)) {
                        ok = george(gone, keep);
                    } else {
                        BitSet union = (BitSet) adj[keep].clone();
                        union.or(adj[gone]);
                        int heavy = 0; // Briggs: the merged node keeps fewer than K significant neighbours
                        for (int t = union.nextSetBit(0); t >= 0; t = union.nextSetBit(t + 1)) {
                            if (significant(t)) {
                                heavy++;
                            }
                        }
                        // or George, either way round: a copy of a value live across calls (whose node meets
                        // every argument register) still merges when the copy's own neighbours are harmless
                        ok = heavy < COLORS || george(gone, keep) || george(keep, gone);
                    }
                    if (ok) {
                        merge(keep, gone);
                        changed = true;
                    }
                }
            }
        }

        /** George: every neighbour of {@code gone} already conflicts with {@code keep} or is harmless. */
        private boolean george(int gone, int keep) {
            for (int t = adj[gone].nextSetBit(0); t >= 0; t = adj[gone].nextSetBit(t + 1)) {
                boolean harmless = isPhysical(t) ? isPhysical(keep) || adj[t].get(keep)
                        : adj[t].get(keep) || degree(t) < COLORS;
                if (!harmless) {
                    return false;
                }
            }
            return true;
        }

        private void merge(int keep, int gone) {
            alias[gone] = keep;
            occurrences[keep] += occurrences[gone];
            for (int t = adj[gone].nextSetBit(0); t >= 0; t = adj[gone].nextSetBit(t + 1)) {
                adj[t].clear(gone);
                edge(keep, t);
            }
            adj[gone].clear();
            present.clear(gone);
            if (!isPhysical(keep)) {
                present.set(keep);
            }
        }

        int[] color(Set<Integer> spilled, Set<Integer> unspillable) {
            int[] color = new int[n];
            java.util.Arrays.fill(color, -1);
            for (int r = 0; r < MInsn.FIRST_VIRTUAL; r++) {
                color[r] = r;
            }
            BitSet remaining = new BitSet();
            for (int v = present.nextSetBit(MInsn.FIRST_VIRTUAL); v >= 0; v = present.nextSetBit(v + 1)) {
                if (find(v) == v) {
                    remaining.set(v);
                }
            }
            int[] deg = new int[n];
            for (int v = remaining.nextSetBit(0); v >= 0; v = remaining.nextSetBit(v + 1)) {
                deg[v] = degree(v);
            }
            List<Integer> stack = new ArrayList<>();
            while (!remaining.isEmpty()) {
                int pick = -1;
                for (int v = remaining.nextSetBit(0); v >= 0; v = remaining.nextSetBit(v + 1)) {
                    if (deg[v] < COLORS) {
                        pick = v;
                        break;
                    }
                }
                if (pick < 0) { // optimistic: push the cheapest node to spill and hope
                    double best = Double.MAX_VALUE;
                    for (int v = remaining.nextSetBit(0); v >= 0; v = remaining.nextSetBit(v + 1)) {
                        double cost = unspillable.contains(v) ? Double.MAX_VALUE / 2
                                : (double) occurrences[v] / Math.max(1, deg[v]);
                        if (cost < best) {
                            best = cost;
                            pick = v;
                        }
                    }
                }
                remaining.clear(pick);
                stack.add(pick);
                for (int t = adj[pick].nextSetBit(0); t >= 0; t = adj[pick].nextSetBit(t + 1)) {
                    if (remaining.get(t)) {
                        deg[t]--;
                    }
                }
            }
            for (int k = stack.size() - 1; k >= 0; k--) {
                int v = stack.get(k);
                boolean[] taken = new boolean[COLORS];
                for (int t = adj[v].nextSetBit(0); t >= 0; t = adj[v].nextSetBit(t + 1)) {
                    int c = color[find(t)];
                    if (c >= 0 && c < COLORS) {
                        taken[c] = true;
                    }
                }
                int chosen = -1;
                for (int[] m : moves) { // prefer a move partner's register: the move then vanishes
                    int other = find(m[0]) == v ? find(m[1]) : find(m[1]) == v ? find(m[0]) : -1;
                    if (other >= 0 && color[other] >= 0 && color[other] < COLORS && !taken[color[other]]) {
                        chosen = color[other];
                        break;
                    }
                }
                for (int c : PREFERENCE) {
                    if (chosen < 0 && !taken[c]) {
                        chosen = c;
                    }
                }
                if (chosen < 0) {
                    spilled.add(v);
                } else {
                    color[v] = chosen;
                }
            }
            return color;
        }
    }
}
