package dev.bpfj.maven;

import dev.bpfj.verifier.Verdict;
import java.util.List;

/** The compiler-style lines the goals print for a rejected program. */
final class Messages {
    private Messages() {}

    /**
     * {@code /abs/File.java:[42] <kernel message>}, then the program, instruction and hint on their own
     * lines — the first line is what IDEs pick up from Maven's output.
     */
    static String verifierError(Verdict v, SourceFiles sources) {
        String where = v.source() != null ? sources.compilerStyle(v.source()) : v.program() + " insn " + v.insn();
        StringBuilder sb = new StringBuilder(where).append(' ')
                .append(String.join(": ", v.details().isEmpty() ? List.of(v.message()) : v.details()));
        sb.append("\n  in program ").append(v.program()).append(", insn ").append(v.insn());
        if (v.instruction() != null) {
            sb.append(": ").append(v.instruction());
        }
        if (v.hint() != null) {
            sb.append("\n  hint: ").append(v.hint());
        }
        return sb.toString();
    }
}
