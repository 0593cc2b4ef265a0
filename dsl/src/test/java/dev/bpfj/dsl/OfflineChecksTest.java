package dev.bpfj.dsl;

import static dev.bpfj.dsl.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.TestRunResult;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The offline tools agree with the kernel on every sample: bpfj's verifier accepts what Linux
 * accepts, and the interpreter returns the same action and packet as {@code BPF_PROG_TEST_RUN}.
 */
class OfflineChecksTest {
    static final int A = ip(10, 0, 0, 1);
    static final int B = ip(10, 0, 0, 2);

    static List<byte[]> packets() {
        byte[] a6 = SamplesKernelTest.A6;
        byte[] b6 = SamplesKernelTest.B6;
        return List.of(
                eth(0x0800, udp4(A, B, 1234, 9999, new byte[10])),
                eth(0x0800, udp4(A, B, 5555, 8080, "hello".getBytes())),
                eth(0x0800, udp4(A, B, 1, 53, new byte[3])),
                eth(0x0800, ipv4(6, A, B, 64, tcp(1, 23, 2)), 7),
                eth(0x0800, ipv4(6, A, B, 64, tcp(1, 80, 2)), 5, 6),
                eth(0x0800, ipv4(1, A, B, 64, icmpEcho(8, 7, 1, "ping".getBytes()))),
                eth(0x86dd, ipv6(17, a6, b6, 64, udp(1, 23, new byte[0]))),
                eth(0x86dd, ipv6(58, a6, b6, 64, icmpEcho(128, 1, 1, new byte[4]))),
                eth(0x0806, new byte[28]),
                eth(0x0800, udp4(A, B, 1, 2, new byte[4]), 100),
                new byte[14]);
    }

    @Test
    void theVerifierAcceptsEverySample() {
        Verifier v = Verifier.create();
        for (Supplier<XdpProgram> s : SampleSizesTest.SAMPLES) {
            ObjectSpec spec = s.get().build();
            for (Verdict verdict : v.verify(spec)) {
                assertThat(verdict.accepted()).as(verdict.render() + "\n" + spec.programs().get(0)).isTrue();
            }
        }
    }

    @Test
    void theInterpreterAgreesWithTheKernel() {
        // the router depends on the host's routing table, the rate limiter and timestamp on the clock
        Set<String> stateful = Set.of("router", "rate_limiter", "tail_timestamp");
        for (Supplier<XdpProgram> s : SampleSizesTest.SAMPLES) {
            ObjectSpec spec = s.get().build();
            String name = spec.programs().get(0).name();
            Interpreter interp = Interpreter.load(spec);
            try (LoadedObject k = KernelRunner.load(spec)) {
                for (byte[] pkt : packets()) {
                    TestRunResult kr = k.program(name).run(pkt);
                    RunResult ir = interp.program(name).run(pkt);
                    String what = name + " on " + java.util.HexFormat.of().formatHex(pkt);
                    if (stateful.contains(name)) {
                        assertThat(ir.output().length).as(what).isEqualTo(kr.dataOut().length);
                        continue;
                    }
                    assertThat(ir.returnValue()).as(what).isEqualTo(Integer.toUnsignedLong(kr.retval()));
                    assertThat(ir.output()).as(what).isEqualTo(kr.dataOut());
                }
            }
        }
    }
}
