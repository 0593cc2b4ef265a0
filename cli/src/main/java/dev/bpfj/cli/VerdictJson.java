package dev.bpfj.cli;

import dev.bpfj.verifier.Verdict;
import java.util.List;

/** The {@code bpfj verify --json} format: stable field names, one object per program. */
final class VerdictJson {
    private VerdictJson() {}

    static String array(List<Verdict> verdicts) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < verdicts.size(); i++) {
            sb.append(i == 0 ? "\n  " : ",\n  ").append(object(verdicts.get(i)));
        }
        return sb.append(verdicts.isEmpty() ? "]" : "\n]").toString();
    }

    static String object(Verdict v) {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "name", str(v.program()));
        field(sb, "section", str(v.section()));
        field(sb, "verdict", str(v.accepted() ? "accept" : "reject"));
        field(sb, "message", str(v.message()));
        field(sb, "insn", Integer.toString(v.insn()));
        field(sb, "source", str(v.source() == null ? null : v.source().toString()));
        field(sb, "processed_insns", Long.toString(v.processedInsns()));
        field(sb, "time_us", Long.toString(v.timeMicros()));
        if (v.rejected()) {
            field(sb, "hint", str(v.hint()));
            field(sb, "path", "[" + String.join(", ", v.path().stream().map(VerdictJson::str).toList()) + "]");
            field(sb, "registers", str(v.registers()));
        }
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (sb.length() > 1) {
            sb.append(", ");
        }
        sb.append('"').append(name).append("\": ").append(value);
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
