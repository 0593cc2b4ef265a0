package dev.bpfj.interpreter;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each instruction of a program ran, and through the instructions' source locations,
 * each source line. Merge the coverage of many runs to see what a test suite leaves untouched.
 */
public final class Coverage {
    private final ProgramSpec program;
    private final long[] hits;

    Coverage(ProgramSpec program, long[] hits) {
        this.program = program;
        this.hits = hits.clone();
    }

    public static Coverage empty(ProgramSpec program) {
        return new Coverage(program, new long[program.slotCount()]);
    }

    public ProgramSpec program() {
        return program;
    }

    /** Times the instruction at this slot ran. */
    public long hits(int slot) {
        return hits[slot];
    }

    public boolean covered(int slot) {
        return hits[slot] > 0;
    }

    /** Slots of instructions that never ran. */
    public List<Integer> uncoveredSlots() {
        List<Integer> out = new ArrayList<>();
        Instruction[] bySlot = program.bySlot();
        for (int s = 0; s < hits.length; s++) {
            if (bySlot[s] != null && hits[s] == 0) {
                out.add(s);
            }
        }
        return out;
    }

    /** Instructions that ran at least once, over all instructions (lddw counts once). */
    public double ratio() {
        Instruction[] bySlot = program.bySlot();
        int all = 0;
        int ran = 0;
        for (int s = 0; s < hits.length; s++) {
            if (bySlot[s] != null) {
                all++;
                if (hits[s] > 0) {
                    ran++;
                }
            }
        }
        return all == 0 ? 1.0 : (double) ran / all;
    }

    /** For each source line the program's instructions name: the most any of its instructions ran. */
    public Map<SourceLocation, Long> lines() {
        Map<SourceLocation, Long> out = new LinkedHashMap<>();
        Instruction[] bySlot = program.bySlot();
        for (int s = 0; s < hits.length; s++) {
            if (bySlot[s] != null && bySlot[s].source() != null) {
                SourceLocation at = new SourceLocation(bySlot[s].source().file(), bySlot[s].source().line());
                out.merge(at, hits[s], Math::max);
            }
        }
        return out;
    }

    /** Source lines none of whose instructions ran. */
    public List<SourceLocation> uncoveredLines() {
        List<SourceLocation> out = new ArrayList<>();
        lines().forEach((line, n) -> {
            if (n == 0) {
                out.add(line);
            }
        });
        return out;
    }

    public Coverage merge(Coverage other) {
        if (!other.program.name().equals(program.name()) || other.hits.length != hits.length) {
            throw new IllegalArgumentException("coverage of " + other.program.name() + " cannot merge into "
                    + program.name());
        }
        long[] sum = hits.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.hits[i];
        }
        return new Coverage(program, sum);
    }

    /** The program's listing with a hit count in front of each instruction. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        Instruction[] bySlot = program.bySlot();
        for (int s = 0; s < hits.length; s++) {
            if (bySlot[s] != null) {
                sb.append(String.format("%8d  %4d: %s%n", hits[s], s, bySlot[s]));
            }
        }
        return sb.toString();
    }
}
