package dev.bpfj.benchmarks.interpreter;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.XdpInput;
import dev.bpfj.interpreter.XdpSession;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.LoadedProgram;
import dev.bpfj.kernel.TestRunResult;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds per packet of the interpreter next to the kernel's JIT, measured in the same run on
 * the same clang-built objects ({@code fixtures/}, or {@code -Dbpfj.fixtures=DIR}):
 * {@code pass_all} returns XDP_PASS; {@code drop_udp_port} parses Ethernet, IPv4 and UDP and drops
 * the packet (a UDP datagram to port 9999, so every check runs).
 *
 * <p>Both sides run the program again and again on one buffer that is not reset, as
 * {@code BPF_PROG_TEST_RUN} with {@code repeat} does: {@code interpreter} is one run of an
 * {@link XdpSession}; {@code kernel} is one {@code BPF_PROG_TEST_RUN} with repeat
 * {@value #REPEAT}, reported per packet (root only, fails otherwise): so many repetitions amortise
 * the syscall and the XDP dispatcher update test_run does around a repeated run (an RCU grace
 * period, milliseconds), which would otherwise dominate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InterpreterBenchmark {
    static final int REPEAT = 5_000_000;

    /** A UDP datagram to port 9999: 14 + 20 + 8 + 18 bytes. */
    static final byte[] PACKET = HexFormat.of().parseHex(
            "02000000000202000000000108004500002e00000000401100000a0000010a00000204d2270f001a0000"
                    + "000102030405060708090a0b0c0d0e0f1011");

    @Param({"pass_all", "drop_udp_port"})
    public String program;

    private XdpSession session;
    private LoadedObject kernelObject;
    private LoadedProgram kernelProgram;

    static ObjectSpec load(String name) {
        Path dir = Path.of(System.getProperty("bpfj.fixtures", "fixtures"));
        return ElfReader.read(dir.resolve(name + ".o")).object();
    }

    @Setup(Level.Trial)
    public void setup() {
        ObjectSpec object = load(program);
        Interpreter vm = Interpreter.load(object);
        String name = object.programs().get(0).name();
        session = vm.program(name).session(XdpInput.of(PACKET));
        long r0 = session.run();
        if (Kernel.isAvailable()) {
            kernelObject = LoadedObject.load(object);
            kernelProgram = kernelObject.program(name);
            TestRunResult k = kernelProgram.run(PACKET, null, REPEAT);
            if (k.retval() != (int) r0) {
                throw new IllegalStateException(program + ": kernel returned " + k.retval() + ", interpreter " + r0);
            }
        }
    }

    @Benchmark
    public long interpreter() {
        return session.run();
    }

    @Benchmark
    @OperationsPerInvocation(REPEAT)
    public int kernel() {
        if (kernelProgram == null) {
            throw new IllegalStateException("kernel benchmarks need bpf(): " + Kernel.unavailableReason());
        }
        return kernelProgram.run(PACKET, null, REPEAT).retval();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (kernelProgram != null) {
            long ns = 0;
            int n = 5;
            for (int i = 0; i < n; i++) {
                ns += kernelProgram.run(PACKET, null, REPEAT).durationNs();
            }
            System.out.printf("%n[interpreter] %s: kernel test_run duration %.1f ns/run (its own clock)%n", program,
                    ns / (double) n);
            kernelObject.close();
        }
    }
}
