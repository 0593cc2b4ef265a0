package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.LoadedObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Not a test but the samples' report: per sample, bpfj's instruction count and clang-19 -O2's for the
 * C twin, and the kernel verifier's processed instructions for both; then build time. Runs where
 * clang-19 and bpf() are present (skipped elsewhere); run it with
 * {@code ./mvnw -pl dsl -am verify -Dtest=SampleReport -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SampleReport {
    @Test
    void report() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/clang-19")), "clang-19 not installed");
        assumeTrue(Kernel.isAvailable(), () -> "kernel not available: " + Kernel.unavailableReason());
        Path src = Path.of("src/test/resources/clang");
        Path out = Files.createDirectories(Path.of("target", "clang"));
        StringBuilder t = new StringBuilder("| sample | bpfj insns | clang -O2 insns | bpfj processed | clang processed |\n");
        t.append("|---|---:|---:|---:|---:|\n");
        long clangNanos = 0;
        for (Supplier<XdpProgram> s : SampleSizesTest.SAMPLES) {
            ObjectSpec ours = s.get().build();
            String name = ours.programs().get(0).name();
            Path c = src.resolve(name + ".c");
            Path o = out.resolve(name + ".o");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("clang-19", "-O2", "-g", "-target", "bpf", "-I/usr/include/x86_64-linux-gnu",
                    "-c", c.toString(), "-o", o.toString()).inheritIO().start();
            p.waitFor(60, TimeUnit.SECONDS);
            clangNanos += System.nanoTime() - t0;
            ReadResult theirs = ElfReader.read(o);
            ObjectSpec clang = theirs.object();
            int clangInsns = clang.program(name).orElseThrow().slotCount();
            int oursProcessed;
            int clangProcessed;
            try (LoadedObject lo = KernelRunner.load(ours)) {
                oursProcessed = lo.result(name).verdict().processedInsns();
            }
            try (LoadedObject lo = LoadedObject.load(clang)) {
                clangProcessed = lo.result(name).verdict().processedInsns();
            }
            t.append(String.format("| %s | %d | %d | %d | %d |%n", name, ours.programs().get(0).slotCount(), clangInsns,
                    oursProcessed, clangProcessed));
        }
        // build speed: every sample built and emitted, warm
        for (int i = 0; i < 20; i++) {
            buildAll();
        }
        int rounds = 50;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            buildAll();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / rounds;
        t.append(String.format("%nbuilding and emitting all %d samples (warm JVM): %.1f ms; clang-19 for the C twins: %.0f ms%n",
                SampleSizesTest.SAMPLES.size(), ms, clangNanos / 1e6));
        System.out.println(t);
        Files.writeString(Path.of("target", "sample-report.md"), t.toString());
    }

    private static void buildAll() {
        for (Supplier<XdpProgram> s : SampleSizesTest.SAMPLES) {
            ElfWriter.write(s.get().build());
        }
    }
}
