package dev.bpfj.benchmarks.emitter;

import dev.bpfj.emitter.CoreTarget;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadOptions;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.emitter.btf.TargetBtf;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * What CO-RE costs a read: {@code fixtures/core_relo.o} (27 relocations) read without relocation
 * (the reference), and read with its relocations resolved against {@code /sys/kernel/btf/vmlinux}
 * parsed afresh each time (file read, type table walk, essential-name index, relocation), which is
 * what one {@code bpfj verify} of a CO-RE object pays once. {@code parseVmlinux} is the file read
 * and type table walk alone. Run from the repository root (or pass {@code -Dbpfj.fixtures=DIR}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreRelocationBenchmark {
    private byte[] object;

    @Setup
    public void setup() {
        Path dir = Path.of(System.getProperty("bpfj.fixtures", "fixtures"));
        try {
            object = Files.readAllBytes(dir.resolve("core_relo.o"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.isReadable(TargetBtf.VMLINUX)) {
            throw new IllegalStateException(TargetBtf.VMLINUX + " is not readable here");
        }
    }

    @Benchmark
    public ReadResult readUnrelocated() {
        return ElfReader.read(object, ReadOptions.DEFAULT.withCoreTarget(CoreTarget.NONE));
    }

    @Benchmark
    public ReadResult readRelocatedAgainstFreshVmlinux() {
        return ElfReader.read(object, ReadOptions.DEFAULT.withTargetBtf(TargetBtf.VMLINUX));
    }

    @Benchmark
    public TargetBtf parseVmlinux() {
        return TargetBtf.read(TargetBtf.VMLINUX);
    }
}
