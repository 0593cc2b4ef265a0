package dev.bpfj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Packets compared with ones built by an independent implementation (Python's struct, RFC 1071 sums). */
class PacketBuilderTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void vlanIpv4Udp() {
        byte[] p = PacketBuilder.ethernet().vlan(100).ipv4().src("10.0.0.1").dst("10.0.0.2").udp().srcPort(1234)
                .dstPort(9999).payload("hello").build();
        assertThat(p).isEqualTo(hex("0200000000020200000000018100006408004500002100000000401166ca0a0000010a000002"
                + "04d2270f000d7c1e68656c6c6f"));
    }

    @Test
    void ipv6TcpSyn() {
        byte[] p = PacketBuilder.ethernet().ipv6().tcp().seq(1).syn().build();
        assertThat(p).isEqualTo(hex("02000000000202000000000186dd600000000014064020010db80000000000000000000000012001"
                + "0db800000000000000000000000204d2005000000001000000005002ffff4f4b0000"));
    }

    @Test
    void ipv4IcmpEcho() {
        byte[] p = PacketBuilder.ethernet().ipv4().dontFragment().icmp().echoRequest(1, 2).payload("ping").build();
        assertThat(p).isEqualTo(hex("0200000000020200000000010800450000200000400040014ea7c0000201c63364010800192c00"
                + "01000270696e67"));
    }

    @Test
    void ipv6Icmpv6Echo() {
        byte[] p = PacketBuilder.ethernet().ipv6().hopLimit(255).icmpv6().echoRequest(7, 9).payload("abc").build();
        assertThat(p).isEqualTo(hex("02000000000202000000000186dd60000000000b3aff20010db8000000000000000000000001"
                + "20010db800000000000000000000000280005fd200070009616263"));
    }

    @Test
    void ipv4HeaderChecksumOfTheRfcExample() {
        byte[] h = hex("450000730000400040110000c0a80001c0a800c7");
        assertThat(Checksums.checksum(h, 0, h.length)).isEqualTo(0xb861);
    }

    @Test
    void optionsAndTagsShapeTheHeaders() {
        byte[] p = PacketBuilder.ethernet().qinq(10, 20).ipv4().options(new byte[] {1, 1, 1}).tcp().syn().ack(5)
                .options(new byte[] {2, 4, 5, (byte) 0xb4}).payloadOfLength(10).build();
        ParsedPacket parsed = ParsedPacket.parse(p);
        assertThat(parsed.vlans()).containsExactly(10, 20);
        assertThat(p[12] & 0xff).isEqualTo(0x88);
        assertThat(parsed.ipv4().orElseThrow().headerLength()).isEqualTo(24);
        assertThat(parsed.transport().orElseThrow().tcpFlags()).isEqualTo(PacketBuilder.Tcp.SYN | PacketBuilder.Tcp.ACK);
        assertThat(parsed.payload()).hasSize(10);
        assertThat(parsed.checksumsValid()).isTrue();
        assertThat(parsed.toString()).contains("vlan 10 vlan 20", "TCP 1234 > 80", "10 bytes payload");
    }

    @Test
    void brokenPacketsOnPurpose() {
        byte[] p = PacketBuilder.ethernet().ipv4().checksum(0x1234).udp().checksum(7).build();
        ParsedPacket parsed = ParsedPacket.parse(p);
        assertThat(parsed.ipv4().orElseThrow().checksumValid()).isFalse();
        assertThat(parsed.transport().orElseThrow().checksumValid()).isFalse();
        assertThat(parsed.toString()).contains("bad header checksum 0x1234", "bad checksum 0x7");
        assertThat(PacketBuilder.ethernet().ipv4().udp().noChecksum().build()).satisfies(
                b -> assertThat(ParsedPacket.parse(b).checksumsValid()).isTrue());
    }

    @Test
    void padsToTheEthernetMinimum() {
        byte[] p = PacketBuilder.ethernet().ipv4().udp().padTo(60).build();
        assertThat(p).hasSize(60);
        assertThat(ParsedPacket.parse(p).checksumsValid()).isTrue();
    }

    @Test
    void rejectsWhatCannotBeBuilt() {
        assertThatThrownBy(() -> PacketBuilder.ethernet().vlan(5000)).hasMessageContaining("0..4095");
        assertThatThrownBy(() -> PacketBuilder.ethernet().ipv4().src("2001:db8::1")).hasMessageContaining("IPv4");
        assertThatThrownBy(() -> PacketBuilder.ethernet().src("zz")).hasMessageContaining("MAC");
        assertThatThrownBy(() -> PacketBuilder.ethernet().ipv4().options(new byte[41])).hasMessageContaining("40");
    }
}
