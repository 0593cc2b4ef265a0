package dev.bpfj.verifier.parity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelVerdict;
import dev.bpfj.kernel.LoadedObject;
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
 * Linux's verifier selftest objects as clang builds them (with BTF, func_info and subprograms,
 * unlike the extracted {@code st_*.s}), read by the ELF reader, verified by bpfj and loaded into the
 * running kernel. Runs only when {@code -Dbpfj.selftest.objects=DIR} names a directory of objects
 * built by {@code corpus/selftests/build.sh} (they are not committed); writes
 * {@code target/selftest-object-parity.txt}.
 */
class SelftestObjectParityTest {

    @Test
    void selftestObjectsMatchLinux() throws IOException {
        String dirName = System.getProperty("bpfj.selftest.objects");
        Assumptions.assumeTrue(dirName != null, "-Dbpfj.selftest.objects=DIR not given");
        Assumptions.assumeTrue(Kernel.isAvailable(), "kernel not usable: " + Kernel.unavailableReason());
        List<Path> objects;
        try (Stream<Path> s = Files.list(Path.of(dirName))) {
            objects = s.filter(p -> p.toString().endsWith(".o")).sorted().toList();
        }
        List<String> falseAccepts = new ArrayList<>();
        List<String> falseRejects = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        int compared = 0;
        int notModelled = 0;
        StringBuilder report = new StringBuilder();
        Verifier verifier = Verifier.create();
        for (Path o : objects) {
            ReadResult read = ElfReader.read(o);
            if (read.hasErrors() || read.object().programs().isEmpty()) {
                report.append(o.getFileName()).append(": not read\n");
                continue;
            }
            ObjectSpec obj = read.object();
            try (LoadedObject loaded = LoadedObject.load(obj)) {
                for (ProgramSpec p : obj.programs()) {
                    if (!Verifier.isModelled(p.type())) {
                        continue;
                    }
                    Verdict v = verifier.verify(obj, p);
                    KernelVerdict k = loaded.result(p.name()).verdict();
                    String line = o.getFileName() + " " + p.name() + " (" + p.section() + "): kernel "
                            + (k.accepted() ? "accept" : k.message()) + " | bpfj "
                            + (v.accepted() ? "accept" : v.message());
                    report.append(line).append('\n');
                    if (v.unsupported()) {
                        notModelled++;
                        continue;
                    }
                    compared++;
                    if (v.accepted() && !k.accepted()) {
                        falseAccepts.add(line);
                    } else if (!v.accepted() && k.accepted()) {
                        falseRejects.add(line);
                    } else if (!v.accepted() && !k.message().equals(v.message())
                            && !(v.message().startsWith("infinite loop") && k.message().startsWith("old state:"))) {
                        messages.add(line);
                    }
                }
            } catch (RuntimeException e) {
                report.append(o.getFileName()).append(": kernel load failed: ").append(e.getMessage()).append('\n');
            }
        }
        String summary = String.format("SelftestObjectParityTest: %d programs compared, %d false accepts, %d false "
                + "rejects, %d message mismatches, %d not modelled%n", compared, falseAccepts.size(),
                falseRejects.size(), messages.size(), notModelled);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "selftest-object-parity.txt"), summary + "\nFALSE ACCEPTS\n"
                + String.join("\n", falseAccepts) + "\n\nFALSE REJECTS\n" + String.join("\n", falseRejects)
                + "\n\nMESSAGE MISMATCHES\n" + String.join("\n", messages) + "\n\nALL\n" + report);
        System.out.print(summary);
        assertThat(falseAccepts).as("programs bpfj accepts but Linux rejects").isEmpty();
    }
}
