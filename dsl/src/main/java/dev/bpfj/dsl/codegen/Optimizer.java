package dev.bpfj.dsl.codegen;

import dev.bpfj.core.JumpOp;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clean-ups a compiler does before and after register allocation: jump threading, removal of
 * unreachable code and of jumps to the next instruction, a conditional jump over a {@code goto}
 * turned around, and removal of instructions whose results nobody reads.
 */
final class Optimizer {
    private Optimizer() {}

    static List<MInsn> optimize(List<MInsn> code) {
        code = reuseLoads(code);
        for (int round = 0; round < 8; round++) {
            int before = code.size();
            code = simplifyJumps(code);
            code = removeDeadCode(code);
            if (code.size() == before) {
                break;
            }
        }
        return code;
    }

    /** A memory read: base register, offset and opcode (size, sign extension). */
    private record Load(int base, int offset, int opcode) {}

    /**
     * A load of what an earlier load in the same straight-line code read — same base, offset and size, no
     * store, call or change of either register since — becomes a copy of that value, which the allocator
     * then usually removes (a field tested, then used).
     */
    static List<MInsn> reuseLoads(List<MInsn> code) {
        List<MInsn> out = new ArrayList<>(code.size());
        Map<Load, Integer> held = new HashMap<>();
        int[] regs = new int[8];
        for (MInsn insn : code) {
            if (insn.isLabel()) {
                held.clear();
                out.add(insn);
                continue;
            }
            int c = insn.cls();
            boolean candidate = c == dev.bpfj.core.Opcodes.LDX && insn.dst() >= MInsn.FIRST_VIRTUAL
                    && (insn.src() >= MInsn.FIRST_VIRTUAL || insn.src() == Code.FP) && insn.dst() != insn.src();
            Load key = candidate ? new Load(insn.src(), insn.offset(), insn.opcode()) : null;
            Integer holder = key == null ? null : held.get(key);
            if (holder != null) {
                insn = new MInsn(dev.bpfj.core.Opcodes.ALU64 | dev.bpfj.core.Opcodes.MOV | dev.bpfj.core.Opcodes.X,
                        insn.dst(), holder, 0, 0, null, null, 0, insn.source());
            }
            if (c == dev.bpfj.core.Opcodes.ST || c == dev.bpfj.core.Opcodes.STX || insn.isCall()) {
                held.clear(); // memory (or anything a helper reaches) may have changed
            }
            int d = insn.defs(regs);
            for (int j = 0; j < d; j++) {
                int r = regs[j];
                held.entrySet().removeIf(e -> e.getKey().base() == r || e.getValue() == r);
            }
            if (key != null && holder == null) {
                held.put(key, insn.dst());
            }
            out.add(insn);
        }
        return out;
    }

    /** After allocation: self-moves and moves of a value a register already holds vanish, then jumps are tidied. */
    static List<MInsn> cleanup(List<MInsn> code) {
        List<MInsn> out = removeRedundantMoves(code);
        for (int round = 0; round < 4; round++) {
            int before = out.size();
            out = simplifyJumps(out);
            out = placeExitBlocks(out);
            if (out.size() == before) {
                break;
            }
        }
        return out;
    }

    /**
     * Drops {@code a = b} where {@code a} already holds {@code b}'s value: after {@code a = b} or
     * {@code b = a} with neither written since, within straight-line code.
     */
    static List<MInsn> removeRedundantMoves(List<MInsn> code) {
        List<MInsn> out = new ArrayList<>(code.size());
        long[] same = new long[16]; // same[r] bit s: r and s hold the same value
        int[] regs = new int[8];
        for (MInsn insn : code) {
            if (insn.isLabel()) {
                java.util.Arrays.fill(same, 0);
                out.add(insn);
                continue;
            }
            if (insn.isMove()) {
                int a = insn.dst();
                int b = insn.src();
                if (a == b || (a < 16 && b < 16 && (same[a] & (1L << b)) != 0)) {
                    continue;
                }
            }
            int d = insn.defs(regs);
            for (int j = 0; j < d; j++) {
                int r = regs[j];
                if (r < 16) {
                    for (int k = 0; k < 16; k++) {
                        same[k] &= ~(1L << r);
                    }
                    same[r] = 0;
                }
            }
            if (insn.isMove() && insn.dst() < 16 && insn.src() < 16) {
                int a = insn.dst();
                int b = insn.src();
                long group = same[b] | (1L << b);
                for (int k = 0; k < 16; k++) {
                    if ((group & (1L << k)) != 0) {
                        same[k] |= 1L << a;
                    }
                }
                same[a] = group;
            }
            out.add(insn);
        }
        return out;
    }

    /**
     * Moves each small block that ends in {@code exit} and is entered only by jumps to just after one of
     * the {@code goto}s that reach it, so that {@code goto} disappears.
     */
    static List<MInsn> placeExitBlocks(List<MInsn> code) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < code.size() && !changed; i++) {
                if (!code.get(i).isLabel() || code.get(i - 1).isLabel() || !code.get(i - 1).endsBlock()) {
                    continue;
                }
                int first = i;
                int j = i;
                while (j < code.size() && code.get(j).isLabel()) {
                    j++;
                }
                int k = j;
                while (k < code.size() && !code.get(k).isLabel() && !code.get(k).isJump() && !code.get(k).isExit()) {
                    k++;
                }
                if (k >= code.size() || !code.get(k).isExit() || k - j > 3) {
                    continue;
                }
                Set<String> names = new HashSet<>();
                for (int l = first; l < j; l++) {
                    names.add(code.get(l).label());
                }
                int from = -1;
                for (int g = code.size() - 1; g >= 0; g--) {
                    MInsn insn = code.get(g);
                    if ((g < first || g > k) && insn.isUnconditional() && names.contains(insn.label())) {
                        from = g;
                        break;
                    }
                }
                if (from < 0) {
                    continue;
                }
                List<MInsn> block = new ArrayList<>(code.subList(first, k + 1));
                List<MInsn> out = new ArrayList<>(code.size());
                for (int g = 0; g < code.size(); g++) {
                    if (g >= first && g <= k) {
                        continue;
                    }
                    if (g == from) {
                        out.addAll(block);
                        continue;
                    }
                    out.add(code.get(g));
                }
                code = out;
                changed = true;
            }
        }
        return code;
    }

    private static Map<String, Integer> labels(List<MInsn> code) {
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).isLabel()) {
                labels.put(code.get(i).label(), i);
            }
        }
        return labels;
    }

    /** Index of the first real instruction at or after {@code i}. */
    private static int realAt(List<MInsn> code, int i) {
        while (i < code.size() && code.get(i).isLabel()) {
            i++;
        }
        return i;
    }

    static List<MInsn> simplifyJumps(List<MInsn> code) {
        // thread: a jump to a goto jumps to the goto's target
        Map<String, Integer> labels = labels(code);
        List<MInsn> threaded = new ArrayList<>(code.size());
        for (MInsn insn : code) {
            if (insn.isJump() && insn.label() != null) {
                String target = insn.label();
                Set<String> seen = new HashSet<>();
                while (seen.add(target)) {
                    int t = realAt(code, labels.get(target));
                    if (t < code.size() && code.get(t).isUnconditional()) {
                        target = code.get(t).label();
                    } else {
                        break;
                    }
                }
                insn = insn.withLabel(target);
            }
            threaded.add(insn);
        }
        code = threaded;
        // "if c goto L1; goto L2; L1:" becomes "if !c goto L2; L1:"
        labels = labels(code);
        for (int i = 0; i + 1 < code.size(); i++) {
            MInsn a = code.get(i);
            MInsn b = code.get(i + 1);
            if (a.isConditional() && b.isUnconditional() && a.op() != dev.bpfj.core.Opcodes.JSET) {
                int after = i + 2;
                boolean targetsNext = false;
                for (int j = after; j < code.size() && code.get(j).isLabel(); j++) {
                    if (code.get(j).label().equals(a.label())) {
                        targetsNext = true;
                    }
                }
                if (targetsNext) {
                    JumpOp neg = JumpOp.ofCode(a.op()).negate();
                    int opcode = (a.opcode() & 0x0f) | neg.code();
                    code.set(i, new MInsn(opcode, a.dst(), a.src(), a.offset(), a.imm(), b.label(), a.ref(), a.args(),
                            a.source()));
                    code.remove(i + 1);
                }
            }
        }
        // unreachable code
        labels = labels(code);
        boolean[] live = Flow.reachable(code, labels);
        List<MInsn> out = new ArrayList<>(code.size());
        for (int i = 0; i < code.size(); i++) {
            if (live[i]) {
                out.add(code.get(i));
            }
        }
        code = out;
        // jumps to the next instruction
        out = new ArrayList<>(code.size());
        for (int i = 0; i < code.size(); i++) {
            MInsn insn = code.get(i);
            if (insn.isJump()) {
                boolean toNext = false;
                for (int j = i + 1; j < code.size() && code.get(j).isLabel(); j++) {
                    if (code.get(j).label().equals(insn.label())) {
                        toNext = true;
                    }
                }
                if (toNext) {
                    continue;
                }
            }
            out.add(insn);
        }
        // labels nobody jumps to
        Set<String> used = new HashSet<>();
        for (MInsn insn : out) {
            if (insn.isJump()) {
                used.add(insn.label());
            }
        }
        out.removeIf(i -> i.isLabel() && !used.contains(i.label()));
        return out;
    }

    /** Removes pure instructions whose results are never read. */
    static List<MInsn> removeDeadCode(List<MInsn> code) {
        for (int round = 0; round < 16; round++) {
            Flow flow = new Flow(code);
            int[] regs = new int[8];
            List<MInsn> out = new ArrayList<>(code.size());
            boolean changed = false;
            for (int i = 0; i < code.size(); i++) {
                MInsn insn = code.get(i);
                if (insn.isPure()) {
                    int d = insn.defs(regs);
                    BitSet after = flow.liveOut[i];
                    boolean needed = false;
                    for (int j = 0; j < d; j++) {
                        needed |= after.get(regs[j]);
                    }
                    if (!needed) {
                        changed = true;
                        continue;
                    }
                }
                out.add(insn);
            }
            code = out;
            if (!changed) {
                break;
            }
        }
        return code;
    }
}
