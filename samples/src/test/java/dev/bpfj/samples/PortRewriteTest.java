package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

class PortRewriteTest {
    final Interpreter vm = Interpreter.load(new PortRewrite().build());

    @Test
    void rewritesThePortAndKeepsTheUdpChecksumValid() {
        byte[] in = eth(IPV4, udp4(A, B, 5555, PortRewrite.FROM, "hello".getBytes()));
        RunResult r = vm.program().run(in);
        assertThat(r.action()).isEqualTo(XdpAction.PASS);
        byte[] out = r.packet();
        assertThat(u16(out, 14 + 20 + 2)).isEqualTo(PortRewrite.TO);
        int udpLength = out.length - 34;
        assertThat(verifies(out, 34, udpLength, pseudo4(A, B, 17, udpLength))).isTrue();
        assertThat(range(out, 0, 36)).isEqualTo(range(in, 0, 36)); // nothing before the port changed
    }

    @Test
    void leavesAZeroChecksumAlone() {
        byte[] in = eth(IPV4, ipv4(17, A, B, 64, udp(1, PortRewrite.FROM, new byte[3])));
        byte[] out = vm.program().run(in).packet();
        assertThat(u16(out, 36)).isEqualTo(PortRewrite.TO);
        assertThat(u16(out, 40)).isZero();
    }

    @Test
    void leavesOtherTrafficUnchanged() {
        for (byte[] in : new byte[][] {eth(IPV4, udp4(A, B, 1, 81, new byte[3])),
                eth(IPV4, ipv4(6, A, B, 64, tcp(1, PortRewrite.FROM, 2))), eth(ARP, new byte[28])}) {
            RunResult r = vm.program().run(in);
            assertThat(r.action()).isEqualTo(XdpAction.PASS);
            assertThat(r.packet()).isEqualTo(in);
        }
    }
}
