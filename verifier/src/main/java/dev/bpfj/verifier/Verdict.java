package dev.bpfj.verifier;

import dev.bpfj.core.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * What the verifier decided about one program.
 *
 * @param program the program's name
 * @param section its ELF section
 * @param accepted whether Linux would load it
 * @param message for a rejection, the kernel's last log line for the failed check (its
 *        {@code verbose()} text, so it can be searched for); null when accepted
 * @param details every line the kernel prints for this failure (some checks print two)
 * @param insn the instruction index (in 8-byte slots) the check failed at, -1 when accepted
 * @param source the source line of that instruction from the object's line info, or null
 * @param instruction the failing instruction, disassembled, or null
 * @param path the branches taken on the way to the failure, as {@code from -> to} slot pairs
 * @param registers the register and stack state at the failure, kernel-log style
 * @param hint a one-line suggestion when the fix is well known, or null
 * @param processedInsns instructions processed (the kernel's {@code processed N insns})
 * @param totalStates states saved for pruning
 * @param peakStates most states held at once
 * @param timeNanos wall-clock time the verification took
 * @param log an instruction trace in the kernel log's style when requested, else empty
 * @param modelled false when bpfj does not model the program's type or something it uses (a kfunc, a
 *        kernel variable): the verdict is then neither an
 *        acceptance nor a rejection Linux would give, and {@code message} says what is missing
 */
public record Verdict(String program, String section, boolean accepted, String message, List<String> details,
                      int insn, SourceLocation source, String instruction, List<String> path, String registers,
                      String hint, long processedInsns, int totalStates, int peakStates, long timeNanos, String log,
                      boolean modelled) {

    public Verdict {
        Objects.requireNonNull(program, "program");
        details = details == null ? List.of() : List.copyOf(details);
        path = path == null ? List.of() : List.copyOf(path);
        registers = registers == null ? "" : registers;
        log = log == null ? "" : log;
    }

    /** Linux would refuse the program (only ever said of programs bpfj models). */
    public boolean rejected() {
        return !accepted && modelled;
    }

    /** bpfj does not model this program's type, so it cannot say what Linux will do. */
    public boolean unsupported() {
        return !modelled;
    }

    /** A verdict for a program whose type bpfj does not model. */
    static Verdict unsupported(String program, String section, String why, long timeNanos) {
        return new Verdict(program, section, false, why, List.of(why), -1, null, null, List.of(), "", null, 0, 0, 0,
                timeNanos, "", false);
    }

    /** Microseconds, as the JSON output reports. */
    public long timeMicros() {
        return timeNanos / 1000;
    }

    /** {@code DropUdpPort.java:42} or {@code xdp_prog insn 17}: where to look. */
    public String where() {
        if (source != null) {
            return source.toString();
        }
        return insn >= 0 ? program + " insn " + insn : program;
    }

    /**
     * A compiler-style report: {@code File.java:42: <kernel message>} followed by the instruction, the
     * registers, the path and a hint when one is known. For an accepted program, one line.
     */
    public String render() {
        if (accepted) {
            return String.format("%s (%s): accepted, %d insns processed in %d us", program, section, processedInsns,
                    timeMicros());
        }
        if (!modelled) {
            String at = source != null ? source + ": " : insn >= 0 ? "insn " + insn + ": " : "";
            return String.format("%s (%s): not verified: %s%s%n", program, section, at, message);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(where()).append(": ").append(String.join(": ", details.isEmpty() ? List.of(message) : details));
        sb.append('\n');
        sb.append("  in program ").append(program).append(" (").append(section).append(')');
        if (insn >= 0) {
            sb.append(", insn ").append(insn);
            if (instruction != null) {
                sb.append(": ").append(instruction);
            }
        }
        sb.append('\n');
        if (source != null && !source.text().isBlank()) {
            sb.append("  | ").append(source.text().strip()).append('\n');
        }
        if (!registers.isEmpty()) {
            sb.append("  registers: ").append(registers).append('\n');
        }
        if (!path.isEmpty()) {
            sb.append("  path: ").append(String.join(", ", path)).append('\n');
        }
        if (hint != null) {
            sb.append("  hint: ").append(hint).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
