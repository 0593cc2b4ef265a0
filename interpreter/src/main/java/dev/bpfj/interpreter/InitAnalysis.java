package dev.bpfj.interpreter;

import static dev.bpfj.core.Opcodes.PSEUDO_FUNC;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.TreeSet;

/**
 * Which registers are certainly initialised before each instruction of a program, on every path,
 * and how the program splits into functions. When every register read is covered, the program
 * cannot read an uninitialised register at run time, so compiled code needs no check for it; a
 * program where some read is not covered (one Linux would refuse) stays with the checking
 * interpreter. The result also says what a fault message should list as initialised.
 */
final class InitAnalysis {
    static final int TOP = -1;
    private static final int ARGS = 0x3e;
    private static final int CALLEE_SAVED = 0x7c0;
    private static final int R0 = 1;
    private static final int R10 = 1 << 10;
    /** A callback gets at least R1 and R2 (bpf_loop: index and context). */
    private static final int CALLBACK_ENTRY = (1 << 1) | (1 << 2) | R10;

    final Code.Program program;
    /** Absolute slots where functions start, ascending; the first is the program's entry. */
    final int[] entries;
    /** Registers initialised before each slot of the program (index = slot - program start); TOP if unreached. */
    final int[] before;
    /** Why the program cannot be compiled, or null. */
    final String problem;

    private final Code code;
    private final boolean[] voidHelper;
    /** Per function: whether every exit it reaches has R0 set (so its callers may read R0 after the call). */
    private final boolean[] returnsR0;

    InitAnalysis(Code code, Code.Program program, boolean[] voidHelper) {
        this.code = code;
        this.program = program;
        this.voidHelper = voidHelper;
        this.entries = findEntries();
        this.returnsR0 = new boolean[entries.length];
        this.before = new int[program.slots()];
        Arrays.fill(before, TOP);
        this.problem = run();
    }

    private int[] findEntries() {
        TreeSet<Integer> set = new TreeSet<>();
        int start = program.start();
        set.add(start);
        program.spec().functions().forEach(f -> set.add(start + f.slot()));
        for (int pc = start; pc < start + program.slots(); pc++) {
            if (code.op[pc] == Op.CALL_LOCAL) {
                set.add(code.off[pc]);
            } else if (code.op[pc] == Op.LDDW && code.insn[pc] != null && code.insn[pc].src() == PSEUDO_FUNC) {
                set.add(pc + code.insn[pc].imm32() + 1);
            }
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    int functionOf(int pc) {
        int f = 0;
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] <= pc) {
                f = i;
            }
        }
        return f;
    }

    int functionEnd(int f) {
        return f + 1 < entries.length ? entries[f + 1] : program.start() + program.slots();
    }

    private boolean isCallback(int entry) {
        for (int pc = program.start(); pc < program.start() + program.slots(); pc++) {
            if (code.op[pc] == Op.LDDW && code.insn[pc] != null && code.insn[pc].src() == PSEUDO_FUNC
                    && pc + code.insn[pc].imm32() + 1 == entry) {
                return true;
            }
        }
        return false;
    }

    private String run() {
        int start = program.start();
        int[] entryInit = new int[entries.length];
        Arrays.fill(entryInit, TOP);
        entryInit[0] = (1 << 1) | R10;
        boolean[] callback = new boolean[entries.length];
        for (int i = 1; i < entries.length; i++) {
            if (isCallback(entries[i])) {
                entryInit[i] = CALLBACK_ENTRY;
                callback[i] = true;
            }
        }
        Arrays.fill(returnsR0, true);
        boolean changed = true;
        int rounds = 0;
        while (changed) {
            if (++rounds > 64) {
                return "the call graph does not settle";
            }
            changed = false;
            Arrays.fill(before, TOP);
            for (int f = 0; f < entries.length; f++) {
                if (entryInit[f] == TOP) {
                    continue;
                }
                String p = flow(f, entryInit[f]);
                if (p != null) {
                    return p;
                }
            }
            // a subprogram that exits without R0 on some path leaves its callers' R0 uninitialised
            for (int pc = start; pc < start + program.slots(); pc++) {
                int in = before[pc - start];
                int f = functionOf(pc);
                if (code.op[pc] == 0x95 && in != TOP && (in & R0) == 0 && returnsR0[f]) {
                    returnsR0[f] = false;
                    changed = true;
                }
            }
            // a local call passes the caller's R1-R5 on: the callee's entry is the meet over call sites
            for (int pc = start; pc < start + program.slots(); pc++) {
                int in = before[pc - start];
                if (code.op[pc] == Op.CALL_LOCAL && in != TOP) {
                    int f = functionIndex(code.off[pc]);
                    int next = (in & ARGS) | R10;
                    int merged = entryInit[f] == TOP ? next : entryInit[f] & next;
                    if (merged != entryInit[f]) {
                        entryInit[f] = merged;
                        changed = true;
                    }
                }
            }
        }
        for (int pc = start; pc < start + program.slots(); pc++) {
            int in = before[pc - start];
            if (in != TOP && (code.mask[pc] & 0xffff & ~in) != 0) {
                return "insn " + (pc - start) + " may read an uninitialised register";
            }
            int f = functionOf(pc);
            if (code.op[pc] == 0x95 && in != TOP && (in & R0) == 0 && (f == 0 || callback[f])) {
                return "insn " + (pc - start) + " may exit without setting R0";
            }
        }
        return null;
    }

    private int functionIndex(int entry) {
        return Arrays.binarySearch(entries, entry);
    }

    /** Must-initialised registers through one function, as a forward data flow with meet = intersection. */
    private String flow(int f, int entryInit) {
        int start = program.start();
        int lo = entries[f];
        int hi = functionEnd(f);
        Deque<Integer> work = new ArrayDeque<>();
        merge(lo, entryInit, work);
        while (!work.isEmpty()) {
            int pc = work.pop();
            int in = before[pc - start];
            int op = code.op[pc];
            int writes = code.mask[pc] >>> 16;
            int out = in | writes;
            int next = pc + 1;
            switch (op) {
                case 0x95, Op.INVALID -> {
                    continue;
                }
                case Op.LDDW -> next = pc + 2;
                case Op.CALL_HELPER -> out = (in & ~0x3f) | (voidHelper[(int) code.imm[pc]] ? 0 : R0);
                case Op.TAIL_CALL -> out = in & ~0x3f;
                case Op.LD_ABS, Op.LD_IND -> out = (in & ~0x3f) | R0;
                case Op.CALL_LOCAL -> out = (in & CALLEE_SAVED) | (returnsR0[functionIndex(code.off[pc])] ? R0 : 0);
                default -> {
                }
            }
            boolean jump = isJump(op);
            if (jump) {
                int target = code.off[pc];
                if (target < lo || target >= hi) {
                    return "insn " + (pc - start) + " jumps out of its function";
                }
                merge(target, out, work);
                if (op == 0x05 || op == 0x06) {
                    continue;
                }
            }
            if (next >= hi) {
                return "insn " + (pc - start) + " runs past the end of its function";
            }
            merge(next, out, work);
        }
        return null;
    }

    static boolean isJump(int op) {
        if (op == Op.MAY_GOTO) {
            return true;
        }
        if (op >= 0x100) {
            return false;
        }
        int cls = op & 0x07;
        int o = op & 0xf0;
        return (cls == 0x05 || cls == 0x06) && o != 0x80 && o != 0x90;
    }

    private void merge(int pc, int state, Deque<Integer> work) {
        int i = pc - program.start();
        int old = before[i];
        int merged = old == TOP ? state : old & state;
        if (merged != old) {
            before[i] = merged;
            work.push(pc);
        }
    }
}
