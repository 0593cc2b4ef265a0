package dev.bpfj.emitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * bpfj's reader finds what cilium/ebpf's finds. {@code src/test/go/specdump} (built with Go against
 * Debian's cilium/ebpf package) prints the programs and maps cilium/ebpf reads from every fixture;
 * for each object cilium/ebpf reads, bpfj reads the same programs (section, type, instructions,
 * license) and maps (type, key and value size, max entries, flags). Objects cilium/ebpf refuses are
 * listed; bpfj must still read them without errors.
 */
class CiliumReaderParityTest {
    private static final Path GOPATH = Path.of("/usr/share/gocode");

    @Test
    void readsWhatCiliumEbpfReads() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("go"), "needs a Go toolchain (Debian: golang-go) to build the cilium/ebpf reader");
        Assumptions.assumeTrue(Files.isDirectory(GOPATH.resolve("src/github.com/cilium/ebpf")),
                "needs cilium/ebpf in " + GOPATH + " (Debian: golang-github-cilium-ebpf-dev)");
        Path bin = Fixtures.scratch("cilium").resolve("specdump");
        run(Path.of("src/test/go/specdump"), "go", "build", "-o", bin.toString(), ".");

        List<String> command = new ArrayList<>(List.of(bin.toString()));
        Fixtures.all().forEach(n -> command.add(Fixtures.path(n).toString()));
        Map<String, List<String>> cilium = new TreeMap<>();
        for (String line : run(Path.of("."), command.toArray(String[]::new)).split("\n")) {
            String[] f = line.split("\t", 2);
            cilium.computeIfAbsent(Path.of(f[0]).getFileName().toString(), k -> new ArrayList<>()).add(f[1]);
        }
        assertThat(cilium.keySet()).as("objects cilium/ebpf reported on").containsExactlyElementsOf(Fixtures.all());

        int compared = 0;
        List<String> refused = new ArrayList<>();
        for (var e : cilium.entrySet()) {
            ReadResult read = ElfReader.read(Fixtures.bytes(e.getKey()), ReadOptions.DEFAULT);   // no --type, as cilium/ebpf has none
            assertThat(read.errors()).as("bpfj's errors reading %s", e.getKey()).isEmpty();
            if (e.getValue().getFirst().startsWith("error\t")) {
                refused.add(e.getKey() + ": " + e.getValue().getFirst().substring(6));
                continue;
            }
            assertThat(describe(read.object())).as("what bpfj reads from %s", e.getKey())
                    .containsExactlyElementsOf(e.getValue());
            compared++;
        }
        System.out.printf("cilium/ebpf parity: %d objects read alike; %d that cilium/ebpf refuses, bpfj reads:%n  %s%n",
                compared, refused.size(), String.join("\n  ", refused));
        assertThat(compared).isGreaterThan(refused.size());
    }

    /** The lines specdump prints for an object, from bpfj's reading of it. */
    private static List<String> describe(ObjectSpec o) {
        List<String> lines = new ArrayList<>();
        o.programs().stream().sorted(java.util.Comparator.comparing(ProgramSpec::name)).forEach(p ->
                lines.add(String.join("\t", "program", p.name(), p.section(), Integer.toString(p.type().value()),
                        Integer.toString(p.instructions().size()), o.license())));
        o.maps().stream().sorted(java.util.Comparator.comparing(MapSpec::name)).forEach(m ->
                lines.add(String.join("\t", "map", m.name(), Integer.toString(m.type().value()),
                        Integer.toString(m.keySize()), Integer.toString(m.valueSize()),
                        Integer.toString(m.maxEntries()), Integer.toString(m.flags()))));
        return lines;
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GO111MODULE", "off");
        pb.environment().put("GOPATH", GOPATH.toString());
        if (System.getenv("HOME") == null && System.getenv("GOCACHE") == null) {
            pb.environment().put("GOCACHE", Fixtures.scratch("gocache").toString());   // go needs a build cache
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", command[0]).isTrue();
        assertThat(p.exitValue()).as("%s exit status; output:%n%s", String.join(" ", command), out).isZero();
        return out.strip();
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
