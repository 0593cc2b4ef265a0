package dev.bpfj.benchmarks.samples;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.Programs;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.samples.Catalog;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Build speed: all 14 samples built and emitted as ELF objects in a warm JVM ({@code bpfj}), the same
 * plus bpfj's verifier on each, as {@code bpfj-maven-plugin} does ({@code bpfjVerified}), against
 * clang-19 -O2 compiling the samples' C twins in the same run ({@code clang}; one process per file, as
 * {@code make} would run it). Run from the repository root (the C twins are read from {@code samples/c}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BuildBenchmark {
    private Path sources;
    private Path out;
    private Verifier verifier;
    private boolean clangPresent;

    @Setup
    public void setup() throws IOException {
        sources = ClangTwins.sources();
        out = Files.createTempDirectory("bpfj-build-benchmark");
        verifier = Verifier.create();
        clangPresent = ClangTwins.clangPresent();
    }

    /** Every sample built by the DSL and written as an ELF object with BTF (in memory). */
    @Benchmark
    public void bpfj(Blackhole bh) {
        for (Class<? extends XdpProgram> sample : Catalog.ALL) {
            bh.consume(ElfWriter.write(Programs.compile(sample)));
        }
    }

    /** As {@link #bpfj}, with bpfj's verifier run on each program first. */
    @Benchmark
    public void bpfjVerified(Blackhole bh) {
        for (Class<? extends XdpProgram> sample : Catalog.ALL) {
            ObjectSpec spec = Programs.compile(sample);
            for (Verdict v : verifier.verify(spec)) {
                if (v.rejected()) {
                    throw new IllegalStateException(v.render());
                }
            }
            bh.consume(ElfWriter.write(spec));
        }
    }

    /** clang-19 -O2 -g -target bpf on every C twin, one process after another. */
    @Benchmark
    public void clang(Blackhole bh) throws Exception {
        if (!clangPresent) {
            throw new IllegalStateException(ClangTwins.CLANG + " is not installed");
        }
        for (Class<? extends XdpProgram> sample : Catalog.ALL) {
            bh.consume(ClangTwins.compile(sources, Catalog.name(sample), out));
        }
    }
}
