package dev.bpfj.emitter.btf;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which instructions start a {@code bpf_line_info} record: one wherever the source location
 * changes, and one at every function start (the kernel requires it: "missing bpf_line_info for
 * func#N"), even where that instruction has no location. A body without any location gets none.
 */
public final class LineTable {
    private LineTable() {}

    /** A record: the slot it starts at and its location (null = unknown, written with empty strings). */
    public record Entry(int slot, SourceLocation source) {}

    /**
     * The records for instructions starting at slot {@code firstSlot}.
     *
     * @param functionStarts slots (in the same numbering) where functions begin
     */
    public static List<Entry> entries(List<Instruction> insns, List<Integer> functionStarts, int firstSlot) {
        List<Entry> out = new ArrayList<>();
        if (insns.stream().noneMatch(i -> i.source() != null)) {
            return out;
        }
        Set<Integer> starts = new HashSet<>(functionStarts);
        int slot = firstSlot;
        SourceLocation last = null;
        boolean any = false;
        for (Instruction insn : insns) {
            SourceLocation s = insn.source();
            boolean start = starts.contains(slot);
            if (start || (s != null && (!any || !Objects.equals(s, last)))) {
                out.add(new Entry(slot, s));
                any = true;
                last = s;
            }
            slot += insn.slots();
        }
        return out;
    }

    /** {@code line_col}: the line in the upper 22 bits, the column in the lower 10. */
    public static int lineCol(SourceLocation s) {
        int line = Math.min(s.line(), (1 << 22) - 1);
        return line << 10 | Math.min(s.column(), 1023);
    }
}
