package dev.bpfj.verifier.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * bpfj's verdict must equal Linux's on every corpus program. With a usable bpf(2) (root on Linux),
 * each program is loaded into the running kernel; elsewhere the verdicts recorded from a kernel in
 * {@code corpus/kernel-verdicts.tsv} stand in. Writes {@code target/kernel-verdicts.tsv} (to refresh
 * the recording) and {@code target/parity-report.txt}.
 */
class KernelParityTest {

    @Test
    void verdictsMatchLinux() throws IOException {
        boolean live = !Boolean.getBoolean("bpfj.parity.recorded") && KernelLoader.available();
        Map<String, String> recorded = Corpus.recorded();
        if (!live) {
            System.out.println("KernelParityTest: bpf(2) not usable here (needs root on Linux); comparing with "
                    + recorded.size() + " recorded kernel verdicts");
        }
        Verifier verifier = Verifier.create();
        String veth = live ? DevBound.create() : null;
        try {
            run(live, recorded, verifier);
        } finally {
            DevBound.remove(veth);
        }
    }

    private void run(boolean live, Map<String, String> recorded, Verifier verifier) throws IOException {
        Map<String, String> kernelVerdicts = new LinkedHashMap<>();
        List<String> falseAccepts = new ArrayList<>();
        List<String> falseRejects = new ArrayList<>();
        List<String> messageMismatches = new ArrayList<>();
        List<String> notModelled = new ArrayList<>();
        int compared = 0;
        int messagesEqual = 0;
        int processedCompared = 0;
        int processedEqual = 0;
        StringBuilder report = new StringBuilder();
        for (Corpus.Case c : Corpus.all()) {
            ObjectSpec obj = Corpus.object(c);
            Verdict v = verifier.verify(obj, obj.programs().get(0));
            String kernel;
            long kernelInsns = -1;
            if (live) {
                KernelLoader.Result r = KernelLoader.load(obj, obj.programs().get(0));
                kernel = r.accepted() ? "accept" : r.lastLine();
                kernelInsns = r.processedInsns();
                if (kernelInsns >= 0) {
                    processedCompared++;
                    if (kernelInsns == v.processedInsns()) {
                        processedEqual++;
                    }
                }
            } else {
                kernel = recorded.get(c.name());
                if (kernel == null) {
                    continue;
                }
            }
            kernelVerdicts.put(c.name(), kernel);
            compared++;
            boolean kernelAccepts = kernel.equals("accept");
            String ours = v.accepted() ? "accept" : v.details().get(v.details().size() - 1);
            report.append(c.name()).append(" (bpfj ").append(v.timeMicros() / 1000).append(" ms, ")
                    .append(v.processedInsns()).append(" insns, kernel ").append(kernelInsns).append(" insns)").append("\n  kernel: ").append(kernel).append("\n  bpfj:   ").append(ours).append('\n');
            boolean unmodelled = v.unsupported() || !v.accepted() && v.message().contains("bpfj");
            if (v.accepted() && !kernelAccepts) {
                falseAccepts.add(c.name() + ": kernel says " + kernel);
            } else if (unmodelled && !kernel.equals(ours)) {
                // bpfj models XDP, socket filter and tc programs and the kfuncs of its table; elsewhere it refuses to guess
                notModelled.add(c.name() + ": bpfj says " + v.message() + "; kernel says " + kernel);
            } else if (!v.accepted() && kernelAccepts) {
                falseRejects.add(c.name() + ": bpfj says " + v.message());
            } else if (!v.accepted()) {
                // an infinite loop ends with the kernel's state dumps, whose precision marks bpfj does not track
                boolean loop = v.message().startsWith("infinite loop detected") && kernel.startsWith("old state:");
                if (kernel.equals(ours) || loop) {
                    messagesEqual++;
                } else {
                    messageMismatches.add(c.name() + "\n    kernel: " + kernel + "\n    bpfj:   " + ours);
                }
            }
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        StringBuilder tsv = new StringBuilder("# kernel verdicts (accept, or the last verifier log line), recorded on "
                + System.getProperty("os.version") + "\n");
        kernelVerdicts.forEach((k, val) -> tsv.append(k).append('\t').append(val).append('\n'));
        if (live) {
            Files.writeString(target.resolve("kernel-verdicts.tsv"), tsv.toString());
        }
        String summary = String.format("compared %d programs (%s): %d false accepts, %d false rejects, "
                        + "%d/%d rejection messages equal to the kernel's last log line, %d/%d processed-insn counts "
                        + "equal, %d programs bpfj does not model%n", compared,
                live ? "live kernel" : "recorded", falseAccepts.size(), falseRejects.size(), messagesEqual,
                messagesEqual + messageMismatches.size(), processedEqual, processedCompared, notModelled.size());
        Files.writeString(target.resolve("parity-report.txt"), summary + "\nFALSE ACCEPTS\n" + String.join("\n", falseAccepts)
                + "\n\nFALSE REJECTS\n" + String.join("\n", falseRejects)
                + "\n\nNOT MODELLED (non-XDP program types, kfuncs and kernel objects bpfj does not model)\n" + String.join("\n", notModelled) + "\n\nMESSAGE MISMATCHES\n"
                + String.join("\n", messageMismatches) + "\n\nALL\n" + report);
        System.out.print("KernelParityTest: " + summary);
        assertThat(compared).as("programs compared").isGreaterThan(0);
        assertThat(falseAccepts).as("programs bpfj accepts but Linux rejects").isEmpty();
        assertThat(falseRejects).as("programs bpfj rejects but Linux accepts").isEmpty();
        assertThat(messageMismatches).as("rejections whose message differs from the kernel's").isEmpty();
    }
}
