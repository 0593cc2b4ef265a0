package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

class ParserTest {
    final Interpreter vm = Interpreter.load(new Parser().build());

    XdpAction run(byte[] packet) {
        return vm.program().run(packet).action();
    }

    long count(int kind) {
        return vm.map("l4_stats").sumLong(kind);
    }

    /** An IPv6 extension header of 8 bytes: next header, length 0, padding. */
    static byte[] extension(int next) {
        byte[] e = new byte[8];
        e[0] = (byte) next;
        return e;
    }

    static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void dropsTelnetBehindTwoVlanTagsAndCountsTcp() {
        assertThat(run(eth(IPV4, ipv4(6, A, B, 64, tcp(1, Parser.BLOCKED_PORT, 2)), 5, 6))).isEqualTo(XdpAction.DROP);
        assertThat(run(eth(IPV4, ipv4(6, A, B, 64, tcp(1, 80, 2)), 7))).isEqualTo(XdpAction.PASS);
        assertThat(count(Parser.TCP)).isEqualTo(2);
    }

    @Test
    void followsIpv4OptionsAndIpv6ExtensionHeaders() {
        byte[] options = {1, 1, 1, 0};
        assertThat(run(eth(IPV4, ipv4(17, A, B, 64, options, udp(1, Parser.BLOCKED_PORT, new byte[0]))))).isEqualTo(XdpAction.DROP);
        byte[] twoExtensions = concat(extension(60), extension(17), udp(1, Parser.BLOCKED_PORT, new byte[0]));
        assertThat(run(eth(IPV6, ipv6(0, A6, B6, 64, twoExtensions)))).isEqualTo(XdpAction.DROP);
        assertThat(run(eth(IPV6, ipv6(17, A6, B6, 64, udp(1, 53, new byte[0]))))).isEqualTo(XdpAction.PASS);
        assertThat(count(Parser.UDP)).isEqualTo(3);
    }

    @Test
    void countsWhatItCannotClassifyAsOther() {
        assertThat(run(eth(ARP, new byte[28]))).isEqualTo(XdpAction.PASS);
        assertThat(run(eth(IPV4, ipv4(1, A, B, 64, icmpEcho(8, 1, 1, new byte[0]))))).isEqualTo(XdpAction.PASS);
        // a third tag is more than the parser looks through
        assertThat(run(eth(IPV4, udp4(A, B, 1, Parser.BLOCKED_PORT, new byte[0]), 1, 2, 3))).isEqualTo(XdpAction.PASS);
        // three extension headers: the third is not followed
        byte[] threeExtensions = concat(extension(60), extension(60), extension(17), udp(1, Parser.BLOCKED_PORT, new byte[0]));
        assertThat(run(eth(IPV6, ipv6(0, A6, B6, 64, threeExtensions)))).isEqualTo(XdpAction.PASS);
        assertThat(count(Parser.OTHER)).isEqualTo(4);
        assertThat(count(Parser.TCP) + count(Parser.UDP)).isZero();
    }

    @Test
    void passesTruncatedHeadersWithoutCounting() {
        byte[] full = eth(IPV4, ipv4(6, A, B, 64, tcp(1, Parser.BLOCKED_PORT, 2)), 5);
        for (int length = 14; length < full.length; length++) {
            assertThat(run(range(full, 0, length))).as("first %d bytes", length).isEqualTo(XdpAction.PASS);
        }
        assertThat(count(Parser.TCP) + count(Parser.UDP) + count(Parser.OTHER)).isZero();
    }
}
