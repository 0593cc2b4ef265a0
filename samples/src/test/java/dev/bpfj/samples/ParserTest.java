package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.MapName;
import dev.bpfj.testing.PacketBuilder;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@BpfTest(program = Parser.class)
class ParserTest {
    /** An IPv6 extension header: 8-byte units minus 1, 4-byte units minus 2 for AH (51), 8 bytes for a fragment (44). */
    static byte[] extension(int next, int kind, int lengthField) {
        int length = kind == 51 ? (lengthField + 2) * 4 : kind == 44 ? 8 : (lengthField + 1) * 8;
        byte[] e = new byte[length];
        e[0] = (byte) next;
        e[1] = (byte) lengthField;
        return e;
    }

    /** A bare UDP or TCP header to the port, for packets whose headers the builder does not know. */
    static byte[] transport(int protocol, int port) {
        byte[] h = new byte[protocol == 6 ? 20 : 8];
        h[2] = (byte) (port >> 8);
        h[3] = (byte) port;
        h[protocol == 6 ? 12 : 5] = protocol == 6 ? (byte) 0x50 : 8;
        return h;
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** IPv6 whose payload starts with header {@code first}. */
    static byte[] ipv6(int first, byte[]... headers) {
        return PacketBuilder.ethernet().ipv6().nextHeader(first).payload(concat(headers)).build();
    }

    @Test
    void dropsTelnetBehindTwoVlanTagsAndCountsTcp(BpfProgram xdp, @MapName("l4_stats") BpfMap stats) {
        assertThat(xdp.run(PacketBuilder.ethernet().qinq(5, 6).ipv4().tcp().dstPort(Parser.BLOCKED_PORT).build())).drops();
        assertThat(xdp.run(PacketBuilder.ethernet().vlan(7).ipv4().tcp().dstPort(80).build())).passes();
        assertThat(stats).hasSum(Parser.TCP, 2);
    }

    @Test
    void followsIpv4OptionsAndIpv6ExtensionHeaders(BpfProgram xdp, @MapName("l4_stats") BpfMap stats) {
        assertThat(xdp.run(PacketBuilder.ethernet().ipv4().options(new byte[] {1, 1, 1, 0}).udp()
                .dstPort(Parser.BLOCKED_PORT).build())).drops();
        assertThat(xdp.run(ipv6(0, extension(60, 0, 0), extension(17, 60, 0), transport(17, Parser.BLOCKED_PORT)))).drops();
        assertThat(xdp.run(PacketBuilder.ethernet().ipv6().udp().dstPort(53).build())).passes();
        assertThat(stats).hasSum(Parser.UDP, 3);
    }

    @Test
    void measuresEachKindOfExtensionHeader(BpfProgram xdp, @MapName("l4_stats") BpfMap stats) {
        // a routing header of 24 bytes, then AH of 16 bytes, then TCP to the blocked port
        assertThat(xdp.run(ipv6(43, extension(51, 43, 2), extension(6, 51, 2), transport(6, Parser.BLOCKED_PORT)))).drops();
        // a fragment header is 8 bytes whatever its (reserved) second byte says
        byte[] fragment = ipv6(44, extension(17, 44, 0xff), transport(17, Parser.BLOCKED_PORT));
        assertThat(xdp.run(fragment)).drops();
        assertThat(xdp.run(ipv6(44, extension(60, 44, 0), extension(17, 60, 1), transport(17, 53)))).passes();
        assertThat(stats).hasSum(Parser.TCP, 1).hasSum(Parser.UDP, 2);
        // an extension header cut short passes uncounted
        assertThat(xdp.run(Arrays.copyOf(fragment, 14 + 40 + 7))).passes();
        assertThat(stats).hasSum(Parser.OTHER, 0);
    }

    @Test
    void countsWhatItCannotClassifyAsOther(BpfProgram xdp, @MapName("l4_stats") BpfMap stats) {
        assertThat(xdp.run(PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build())).passes();
        assertThat(xdp.run(PacketBuilder.ethernet().ipv4().icmp().echoRequest(1, 1).build())).passes();
        // a third tag is more than the parser looks through
        assertThat(xdp.run(PacketBuilder.ethernet().qinq(1, 2).vlan(3).ipv4().udp().dstPort(Parser.BLOCKED_PORT).build()))
                .passes();
        // so is a third extension header
        assertThat(xdp.run(ipv6(0, extension(60, 0, 0), extension(60, 60, 0), extension(17, 60, 0),
                transport(17, Parser.BLOCKED_PORT)))).passes();
        assertThat(stats).hasSum(Parser.OTHER, 4).hasSum(Parser.TCP, 0).hasSum(Parser.UDP, 0);
    }

    @Test
    void passesTruncatedHeadersWithoutCounting(BpfProgram xdp, @MapName("l4_stats") BpfMap stats) {
        byte[] full = PacketBuilder.ethernet().vlan(5).ipv4().tcp().dstPort(Parser.BLOCKED_PORT).build();
        for (int length = 14; length < full.length; length++) {
            assertThat(xdp.run(Arrays.copyOf(full, length))).as("first %d bytes", length).passes();
        }
        assertThat(stats).hasSum(Parser.TCP, 0).hasSum(Parser.UDP, 0).hasSum(Parser.OTHER, 0);
    }
}
