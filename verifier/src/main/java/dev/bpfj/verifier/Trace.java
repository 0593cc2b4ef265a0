package dev.bpfj.verifier;

import dev.bpfj.core.Instruction;

/** An instruction-by-instruction log in the style of the kernel's verifier log, capped in size. */
final class Trace {
    private final StringBuilder sb = new StringBuilder();
    private final int maxLines;
    private int lines;

    Trace(int maxLines) {
        this.maxLines = maxLines;
    }

    private void line(String s) {
        if (lines++ < maxLines) {
            sb.append(s).append('\n');
        } else if (lines == maxLines + 1) {
            sb.append("... (log truncated)\n");
        }
    }

    void insn(int idx, Instruction insn, State st) {
        line(String.format("%d: (%02x) %s", idx, insn.opcode(), insn));
    }

    void safe(int idx) {
        line(idx + ": safe");
    }

    void from(int from, int to, State st) {
        line(String.format("from %d to %d: %s", from, to, RegFormat.state(st)));
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
