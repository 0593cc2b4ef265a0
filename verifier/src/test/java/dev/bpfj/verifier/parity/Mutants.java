package dev.bpfj.verifier.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-miss mutants of a corpus program, made by editing its assembly text: a bounds check removed
 * or shifted by one, a NULL check removed, a stack offset pushed out of range, the return value
 * left unset, a helper the program type may not call, a non-GPL license, a loop bound removed.
 */
final class Mutants {
    private Mutants() {}

    private static final Pattern PKT_CHECK = Pattern.compile("^if r\\d+ (>|>=|<|<=) r\\d+ goto \\S+.*$");
    private static final Pattern ADD_CONST = Pattern.compile("^(r\\d+) \\+= (0x[0-9a-f]+|\\d+)$");
    private static final Pattern NULL_CHECK = Pattern.compile("^if r0 == (0|0x0) goto \\S+.*$");
    private static final Pattern STACK = Pattern.compile("\\(r10 - (0x[0-9a-f]+|\\d+)\\)");
    private static final Pattern SET_R0 = Pattern.compile("^[rw]0 = (0x[0-9a-f]+|\\d+)$");
    /** Same size as the instruction it replaces, so relative jumps stay valid. */
    private static final String NOP = "goto +0";
    private static final Pattern LOOP_BOUND = Pattern.compile("^if (r\\d+) < (\\d+) goto loop$");
    /** A context load or store through R1 or R6 (socket filter and tc programs keep the skb there). */
    private static final Pattern CTX = Pattern.compile("\\*\\(u(8|16|32|64) \\*\\)\\((r1|r6) \\+ (\\d+)\\)");
    private static final Pattern LD_ABS = Pattern.compile("^r0 = \\*\\(u(8|16|32) \\*\\)skb\\[(.*)\\]$");

    static List<Corpus.Case> of(String name, String text) {
        List<String> lines = List.of(text.split("\n"));
        boolean skb = text.contains("; section: socket") || text.contains("; section: tc")
                || text.contains("; section: action");
        // a helper the program type may not call
        String wrong = text.contains("; section: socket") ? "call bpf_skb_store_bytes"
                : skb ? "call bpf_xdp_load_bytes" : "call bpf_skb_load_bytes";
        List<Corpus.Case> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith(";")) {
                continue;
            }
            if (PKT_CHECK.matcher(l).matches()) {
                out.add(new Corpus.Case(name + "-nocheck" + (++n), replace(lines, i, NOP)));
            }
            Matcher m = ADD_CONST.matcher(l);
            if (m.matches() && Integer.decode(m.group(2)) > 0) {
                int v = Integer.decode(m.group(2));
                out.add(new Corpus.Case(name + "-short" + (++n), replace(lines, i, m.group(1) + " += " + (v - 1))));
                out.add(new Corpus.Case(name + "-long" + (++n), replace(lines, i, m.group(1) + " += " + (v + 1))));
            }
            if (NULL_CHECK.matcher(l).matches()) {
                out.add(new Corpus.Case(name + "-nonull" + (++n), replace(lines, i, NOP)));
            }
            Matcher s = STACK.matcher(l);
            if (s.find()) {
                out.add(new Corpus.Case(name + "-stackoob" + (++n), replace(lines, i, s.replaceFirst("(r10 - 516)"))));
                out.add(new Corpus.Case(name + "-stackpos" + (++n), replace(lines, i, s.replaceFirst("(r10 + 0)"))));
            }
            if (SET_R0.matcher(l).matches()) {
                out.add(new Corpus.Case(name + "-nor0" + (++n), replace(lines, i, NOP)));
            }
            Matcher lb = LOOP_BOUND.matcher(l);
            if (lb.matches()) {
                out.add(new Corpus.Case(name + "-unbounded" + (++n), replace(lines, i, "if " + lb.group(1) + " != 0 goto loop")));
                out.add(new Corpus.Case(name + "-bigbound" + (++n), replace(lines, i, "if " + lb.group(1) + " < 100000 goto loop")));
            }
            if ((l.startsWith("call bpf_") && !l.contains("adjust")) || l.matches("call 0x[0-9a-f]+")) {
                out.add(new Corpus.Case(name + "-wronghelper" + (++n), replace(lines, i, wrong)));
            }
            Matcher cx = CTX.matcher(l);
            if (skb && cx.find()) {
                // a context field at the next size up (or down) and one byte further
                String size = cx.group(1).equals("64") ? "32" : String.valueOf(Integer.parseInt(cx.group(1)) * 2);
                int off = Integer.parseInt(cx.group(3));
                out.add(new Corpus.Case(name + "-ctxsize" + (++n), replace(lines, i,
                        cx.replaceFirst("*(u" + size + " *)(" + cx.group(2) + " + " + off + ")"))));
                out.add(new Corpus.Case(name + "-ctxoff" + (++n), replace(lines, i,
                        cx.replaceFirst("*(u" + cx.group(1) + " *)(" + cx.group(2) + " + " + (off + 4) + ")"))));
            }
            if (l.equals("r6 = r1")) {
                out.add(new Corpus.Case(name + "-r6" + (++n), replace(lines, i, "r6 = r10")));
            }
            Matcher la = LD_ABS.matcher(l);
            if (la.matches()) {
                // a 64-bit LD_ABS is malformed; an LD_IND through an unwritten register
                out.add(new Corpus.Case(name + "-ldwide" + (++n), replace(lines, i, "r0 = *(u32 *)skb[" + la.group(2)
                        .replaceFirst("^r\\d+ \\+ ", "r9 + ") + "]")));
            }
            if (l.startsWith("r0 = *(") || l.startsWith("r5 = *(")) {
                out.add(new Corpus.Case(name + "-uninit" + (++n), replace(lines, i, l.replaceFirst("\\(r\\d+", "(r9"))));
            }
        }
        if (text.contains("; license: GPL") && (text.contains("fib_lookup") || text.contains("perf_event_output"))) {
            out.add(new Corpus.Case(name + "-nongpl", text.replace("; license: GPL", "; license: MIT")));
        }
        return out;
    }

    private static String replace(List<String> lines, int i, String with) {
        List<String> copy = new ArrayList<>(lines);
        copy.set(i, with);
        return String.join("\n", copy) + "\n";
    }
}
