package dev.bpfj.verifier.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelVerdict;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.ResolvedExterns;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The clang-built objects under {@code fixtures/} (written by the emitter engineer, never seen while
 * writing the verifier), read by the emitter's ELF reader with their BTF and line info, verified by
 * bpfj and loaded by libbpf-style object loading into the running kernel: the verdicts must agree.
 */
class FixtureParityTest {

    @Test
    void clangFixturesMatchLinux() throws IOException {
        Path dir = Path.of("../fixtures");
        Assumptions.assumeTrue(Files.isDirectory(dir), "fixtures/ not present");
        Assumptions.assumeTrue(Kernel.isAvailable(), "kernel not usable: " + Kernel.unavailableReason());
        List<String> mismatches = new ArrayList<>();
        List<String> notModelled = new ArrayList<>();
        int compared = 0;
        List<Path> objects;
        try (Stream<Path> s = Files.list(dir)) {
            objects = s.filter(p -> p.toString().endsWith(".o")).sorted().toList();
        }
        Verifier verifier = Verifier.create();
        StringBuilder report = new StringBuilder();
        for (Path o : objects) {
            ReadResult read = ElfReader.read(o);
            if (read.hasErrors() || read.object().programs().isEmpty()) {
                continue;
            }
            // the kconfig values of the running kernel, which its verifier sees as constants
            ObjectSpec obj = ResolvedExterns.resolve(read.object()).applyTo(read.object());
            try (LoadedObject loaded = LoadedObject.load(obj)) {
                for (ProgramSpec p : obj.programs()) {
                    Verdict v = verifier.verify(obj, p);
                    KernelVerdict k = loaded.result(p.name()).verdict();
                    compared++;
                    String line = o.getFileName() + " " + p.name() + ": kernel "
                            + (k.accepted() ? "accept" : k.message()) + " | bpfj "
                            + (v.accepted() ? "accept" : v.message()) + " | insns kernel " + k.processedInsns()
                            + " bpfj " + v.processedInsns();
                    report.append(line).append('\n');
                    if (v.accepted() && !k.accepted()) {
                        mismatches.add("FALSE ACCEPT " + line);
                    } else if (v.unsupported() || !v.accepted() && v.message().contains("bpfj does not model")) {
                        notModelled.add(line);
                    } else if (k.accepted() != v.accepted()
                            || (!k.accepted() && !k.message().isEmpty() && !k.message().equals(v.message()))) {
                        mismatches.add(line);
                    }
                }
            } catch (RuntimeException e) {
                report.append(o.getFileName()).append(": kernel load failed: ").append(e.getMessage()).append('\n');
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fixture-parity.txt"), report.toString());
        System.out.println("FixtureParityTest: " + compared + " programs from fixtures/, " + mismatches.size()
                + " mismatches, " + notModelled.size() + " rejected as not modelled by bpfj\n" + report);
        assertThat(compared).isGreaterThan(0);
        assertThat(mismatches).isEmpty();
    }
}
