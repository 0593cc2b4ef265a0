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

    /** An extension header of {@code units} length units: 8-byte units (minus 1), or 4-byte units (minus 2) for AH. */
    static byte[] extension(int next, int kind, int lengthField) {
        int length = kind == 51 ? (lengthField + 2) * 4 : kind == 44 ? 8 : (lengthField + 1) * 8;
        byte[] e = new byte[length];
        e[0] = (byte) next;
        e[1] = (byte) lengthField;
        return e;
    }

    @Test
    void measuresEachKindOfExtensionHeader() {
        // routing header of 24 bytes, then AH of 16 bytes, then TCP to the blocked port
        byte[] routingThenAh = concat(extension(51, 43, 2), extension(6, 51, 2), tcp(1, Parser.BLOCKED_PORT, 2));
        assertThat(run(eth(IPV6, ipv6(43, A6, B6, 64, routingThenAh)))).isEqualTo(XdpAction.DROP);
        // a fragment header is 8 bytes whatever its (reserved) second byte says
        byte[] fragment = concat(extension(17, 44, 0xff), udp(1, Parser.BLOCKED_PORT, new byte[0]));
        assertThat(run(eth(IPV6, ipv6(44, A6, B6, 64, fragment)))).isEqualTo(XdpAction.DROP);
        byte[] fragmentThenOptions = concat(extension(60, 44, 0), extension(17, 60, 1), udp(1, 53, new byte[0]));
        assertThat(run(eth(IPV6, ipv6(44, A6, B6, 64, fragmentThenOptions)))).isEqualTo(XdpAction.PASS);
        assertThat(count(Parser.TCP)).isEqualTo(1);
        assertThat(count(Parser.UDP)).isEqualTo(2);
        // an extension header cut short passes uncounted
        assertThat(run(range(eth(IPV6, ipv6(44, A6, B6, 64, fragment)), 0, 14 + 40 + 7))).isEqualTo(XdpAction.PASS);
        assertThat(count(Parser.OTHER)).isZero();
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
