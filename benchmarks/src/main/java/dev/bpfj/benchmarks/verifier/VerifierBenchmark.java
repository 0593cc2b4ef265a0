package dev.bpfj.benchmarks.verifier;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelMap;
import dev.bpfj.kernel.LoadOptions;
import dev.bpfj.kernel.LoadResult;
import dev.bpfj.verifier.AsmObject;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verification time of bpfj against the kernel's own, on the parity corpus
 * ({@code verifier/src/test/resources/corpus}, run from the repository root or pass
 * {@code -Dbpfj.corpus=DIR}). {@code bpfj} verifies in-process; {@code kernel} loads the same
 * instructions through {@code BPF_PROG_LOAD} (needs root; skipped otherwise) — that time includes the
 * syscall and JIT, so at tear-down the kernel's own {@code verification time} (BPF_LOG_STATS) is
 * printed next to bpfj's for the ratio reported in benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VerifierBenchmark {

    /** eth_proto: 11 insns; ipv4_udp_port: 17; ihl_variable: 22; counter_hash: 12 with a map; bounded_loop: a 16-step loop. */
    @Param({"eth_proto", "ipv4_udp_port", "ihl_variable", "counter_hash", "bounded_loop", "near_limit_loop"})
    public String program;

    private ObjectSpec object;
    private ProgramSpec spec;
    private Verifier verifier;
    private Map<String, KernelMap> maps;

    @Setup(Level.Trial)
    public void setup() {
        object = load(program);
        spec = object.programs().get(0);
        verifier = Verifier.create();
        Verdict v = verifier.verify(object, spec);
        maps = new HashMap<>();
        if (Kernel.isAvailable()) {
            object.maps().forEach(m -> maps.put(m.name(), Kernel.createMap(m)));
            LoadResult r = Kernel.load(spec, maps, object.license(), LoadOptions.DEFAULT);
            long kernelUs = r.verdict().verificationTimeUs();
            r.loaded().ifPresent(p -> p.close());
            long bpfjNs = 0;
            int n = 200;
            for (int i = 0; i < n; i++) {
                bpfjNs += verifier.verify(object, spec).timeNanos();
            }
            System.out.printf("%n[verifier] %s: bpfj %s (%d insns processed, %.1f us warm avg), kernel %s "
                            + "(%d insns processed, verification time %d us)%n", program,
                    v.accepted() ? "accept" : "reject", v.processedInsns(), bpfjNs / 1000.0 / n,
                    r.accepted() ? "accept" : "reject", r.verdict().processedInsns(), kernelUs);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        maps.values().forEach(KernelMap::close);
    }

    @Benchmark
    public Verdict bpfj() {
        return verifier.verify(object, spec);
    }

    @Benchmark
    public boolean kernel() {
        if (!Kernel.isAvailable()) {
            return false;
        }
        LoadResult r = Kernel.load(spec, maps, object.license(), LoadOptions.DEFAULT);
        r.loaded().ifPresent(p -> p.close());
        return r.accepted();
    }

    static ObjectSpec load(String name) {
        if (name.equals("near_limit_loop")) {
            // 60,000 iterations of a 3-insn body: about 180k processed insns, every iteration a new state
            String text = "; section: xdp\nr1 = 0\nloop:\nr1 += 1\nif r1 < 60000 goto loop\nr0 = 2\nexit\n";
            return AsmObject.parse(text, "near_limit_loop.s", name);
        }
        Path dir = Path.of(System.getProperty("bpfj.corpus", "verifier/src/test/resources/corpus"));
        try {
            return AsmObject.parse(Files.readString(dir.resolve(name + ".s")), name + ".s", name);
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root or pass -Dbpfj.corpus=DIR: " + e, e);
        }
    }
}
