package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

class EchoReplyTest {
    final Interpreter vm = Interpreter.load(new EchoReply().build());

    @Test
    void answersIcmpEchoRequestsInPlace() {
        byte[] request = eth(IPV4, ipv4(1, A, B, 64, icmpEcho(8, 7, 1, "ping".getBytes())));
        RunResult r = vm.program().run(request);
        assertThat(r.action()).isEqualTo(XdpAction.TX);
        byte[] out = r.packet();
        assertThat(range(out, 0, 6)).isEqualTo(MAC_A);
        assertThat(range(out, 6, 6)).isEqualTo(MAC_B);
        assertThat(range(out, 26, 4)).isEqualTo(range(request, 30, 4));
        assertThat(range(out, 30, 4)).isEqualTo(range(request, 26, 4));
        assertThat(verifies(out, 14, 20, 0)).as("IPv4 header checksum").isTrue();
        assertThat(out[34]).as("type: echo reply").isZero();
        assertThat(verifies(out, 34, out.length - 34, 0)).as("ICMP checksum").isTrue();
        assertThat(range(out, 38, out.length - 38)).isEqualTo(range(request, 38, request.length - 38));
    }

    @Test
    void answersIcmpv6EchoRequestsInPlace() {
        byte[] message = icmp6Echo(A6, B6, 128, 7, 1, "ping".getBytes());
        byte[] request = eth(IPV6, ipv6(58, A6, B6, 64, message));
        RunResult r = vm.program().run(request);
        assertThat(r.action()).isEqualTo(XdpAction.TX);
        byte[] out = r.packet();
        assertThat(range(out, 0, 6)).isEqualTo(MAC_A);
        assertThat(range(out, 22, 16)).isEqualTo(B6);
        assertThat(range(out, 38, 16)).isEqualTo(A6);
        assertThat(out[54] & 0xff).as("type: echo reply").isEqualTo(129);
        assertThat(verifies(out, 54, message.length, pseudo6(B6, A6, 58, message.length))).as("ICMPv6 checksum").isTrue();
    }

    @Test
    void passesEverythingElseUnchanged() {
        for (byte[] in : new byte[][] {eth(IPV4, ipv4(1, A, B, 64, icmpEcho(0, 7, 1, new byte[0]))),
                eth(IPV6, ipv6(58, A6, B6, 64, icmp6Echo(A6, B6, 129, 1, 1, new byte[0]))),
                eth(IPV4, udp4(A, B, 1, 2, new byte[2])), eth(ARP, new byte[28]),
                range(eth(IPV4, ipv4(1, A, B, 64, icmpEcho(8, 7, 1, new byte[0]))), 0, 36)}) {
            RunResult r = vm.program().run(in);
            assertThat(r.action()).isEqualTo(XdpAction.PASS);
            assertThat(r.packet()).isEqualTo(in);
        }
    }
}
