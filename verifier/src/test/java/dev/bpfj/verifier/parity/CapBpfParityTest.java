package dev.bpfj.verifier.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.verifier.Profile;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CAP_BPF + CAP_NET_ADMIN profile against the kernel: the XDP, socket filter and tc corpus is loaded by a child JVM
 * started under {@code capsh --drop=cap_perfmon,cap_sys_admin}, and bpfj's {@link Profile#CAP_BPF}
 * verdicts must never accept what that loader cannot load. Without root or capsh the verdicts
 * recorded in {@code corpus/kernel-verdicts-capbpf.tsv} stand in.
 */
class CapBpfParityTest {

    /** Runs {@link CapBpfLoader} in a child JVM without CAP_PERFMON and CAP_SYS_ADMIN. */
    private static Map<String, String> loadWithoutPerfmon() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "exec " + java + " --enable-native-access=ALL-UNNAMED -Dbpfj.devbound.ifindex="
                + KernelLoader.devBoundIfindex + " -cp '" + System.getProperty("java.class.path") + "' "
                + CapBpfLoader.class.getName();
        Process p = new ProcessBuilder("/usr/sbin/capsh", "--drop=cap_perfmon,cap_sys_admin", "--", "-c", cmd)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Map<String, String> kernel = new LinkedHashMap<>();
        for (String l : out.split("\n")) {
            int tab = l.indexOf('\t');
            if (tab > 0) {
                kernel.put(l.substring(0, tab), l.substring(tab + 1));
            }
        }
        assertThat(kernel).as("kernel verdicts from the CAP_BPF child:\n" + out).isNotEmpty();
        return kernel;
    }

    @Test
    void capBpfProfileNeverAcceptsWhatTheKernelRejects() throws Exception {
        Map<String, String> kernel = new LinkedHashMap<>();
        boolean live = !Boolean.getBoolean("bpfj.parity.recorded") && KernelLoader.available()
                && Files.isExecutable(Path.of("/usr/sbin/capsh"));
        Files.createDirectories(Path.of("target"));
        if (live) {
            String veth = DevBound.create();
            try {
                kernel.putAll(loadWithoutPerfmon());
            } finally {
                DevBound.remove(veth);
            }
            StringBuilder tsv = new StringBuilder("# CAP_BPF+CAP_NET_ADMIN kernel verdicts, recorded on "
                    + System.getProperty("os.version") + "\n");
            kernel.forEach((k, val) -> tsv.append(k).append('\t').append(val).append('\n'));
            Files.writeString(Path.of("target", "kernel-verdicts-capbpf.tsv"), tsv.toString());
        } else {
            kernel.putAll(Corpus.recorded("corpus/kernel-verdicts-capbpf.tsv"));
            System.out.println("CapBpfParityTest: no usable kernel or capsh here; comparing with " + kernel.size()
                    + " recorded verdicts");
        }
        assertThat(kernel).as("kernel verdicts").isNotEmpty();
        Verifier verifier = Verifier.create(Profile.CAP_BPF);
        List<String> falseAccepts = new ArrayList<>();
        List<String> falseRejects = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<String> notModelled = new ArrayList<>();
        int equalMessages = 0;
        for (Corpus.Case c : Corpus.all()) {
            String k = kernel.get(c.name());
            if (k == null) {
                continue;
            }
            ObjectSpec obj = Corpus.object(c);
            Verdict v = verifier.verify(obj, obj.programs().get(0));
            String ours = v.accepted() ? "accept" : v.details().get(v.details().size() - 1);
            if (v.unsupported()) {
                notModelled.add(c.name() + ": " + v.message());
            } else if (v.accepted() && !k.equals("accept")) {
                falseAccepts.add(c.name() + ": kernel says " + k);
            } else if (!v.accepted() && k.equals("accept")) {
                falseRejects.add(c.name() + ": bpfj says " + ours);
            } else if (!v.accepted()) {
                if (k.equals(ours) || (v.message().startsWith("infinite loop") && k.startsWith("old state:"))) {
                    equalMessages++;
                } else {
                    messages.add(c.name() + "\n    kernel: " + k + "\n    bpfj:   " + ours);
                }
            }
        }
        String summary = String.format("CapBpfParityTest: %d XDP, socket filter and tc programs: %d false accepts, %d false rejects, %d/%d "
                + "messages equal, %d not modelled%n", kernel.size(), falseAccepts.size(), falseRejects.size(),
                equalMessages, equalMessages + messages.size(), notModelled.size());
        Files.writeString(Path.of("target", "capbpf-parity-report.txt"), summary + "\nFALSE ACCEPTS\n"
                + String.join("\n", falseAccepts) + "\n\nFALSE REJECTS\n" + String.join("\n", falseRejects)
                + "\n\nMESSAGE MISMATCHES\n" + String.join("\n", messages) + "\n\nNOT MODELLED\n"
                + String.join("\n", notModelled) + "\n");
        System.out.print(summary);
        assertThat(falseAccepts).as("programs bpfj's cap-bpf profile accepts but Linux rejects").isEmpty();
        // known: st_loops1_not_an_inifinite_loop (see corpus/README.md)
        assertThat(falseRejects).as("programs bpfj's cap-bpf profile rejects but Linux accepts").hasSizeLessThanOrEqualTo(1);
    }
}
