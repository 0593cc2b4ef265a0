package dev.bpfj.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.testing.PacketBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The objects bpfj-maven-plugin wrote behave the same in the running kernel as in bpfj's interpreter:
 * same verdicts, same output packets, same maps — so what the samples' interpreter tests show holds on
 * Linux too. Skipped, with the reason, where bpf() is not permitted.
 */
class KernelAgreementTest {

    /** A mix every sample sees: UDP, TCP, ICMP over IPv4 and IPv6, VLAN tags, options, extension headers, ARP, truncated frames. */
    static List<byte[]> mix() {
        List<byte[]> m = new ArrayList<>(List.of(
                udp4().dstPort(9999).payloadOfLength(10).build(),
                udp4().srcPort(5555).dstPort(8080).payload("hello").build(),
                udp4().dstPort(53).payloadOfLength(3).build(),
                PacketBuilder.ethernet().ipv4().src(A).options(new byte[] {1, 1, 1, 0}).udp().dstPort(9999).build(),
                PacketBuilder.ethernet().vlan(7).ipv4().src(A).tcp().dstPort(23).build(),
                PacketBuilder.ethernet().qinq(5, 6).ipv4().src(A).tcp().dstPort(80).build(),
                PacketBuilder.ethernet().ipv4().src(A).icmp().echoRequest(7, 1).payload("ping").build(),
                PacketBuilder.ethernet().ipv4().src(A).ttl(1).udp().build(),
                udp6().dstPort(23).build(),
                ParserTest.ipv6(0, ParserTest.extension(17, 0, 0), ParserTest.transport(17, 23)),
                ParserTest.ipv6(43, ParserTest.extension(51, 43, 2), ParserTest.extension(6, 51, 2), ParserTest.transport(6, 23)),
                ParserTest.ipv6(44, ParserTest.extension(17, 44, 0xff), ParserTest.transport(17, 23)),
                PacketBuilder.ethernet().ipv6().src(A6).icmpv6().echoRequest(1, 1).payloadOfLength(4).build(),
                PacketBuilder.ethernet().ipv6().src(A6).tcp().syn().ack(1).build(),
                PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build(),
                PacketBuilder.ethernet().vlan(100).ipv4().src(A).udp().build(),
                new byte[14]));
        byte[] full = PacketBuilder.ethernet().vlan(5).ipv4().src(A).tcp().dstPort(23).build();
        for (int length : new int[] {15, 18, 20, 37, 38, 50, full.length - 1}) {
            m.add(Arrays.copyOf(full, length));
        }
        return m;
    }

    static final String A = "10.0.0.1";
    static final String A6 = "fd00::1";

    static PacketBuilder.Udp udp4() {
        return PacketBuilder.ethernet().ipv4().src(A).udp().srcPort(1234);
    }

    static PacketBuilder.Udp udp6() {
        return PacketBuilder.ethernet().ipv6().src(A6).udp().srcPort(1234);
    }

    static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    /** Runs the mix in both, then compares every data map. */
    static void agreeOnTheMix(String name) {
        try (Twin t = Twin.of(name)) {
            for (byte[] p : mix()) {
                t.run(p);
            }
            t.assertMapsAgree();
        }
    }

    @Test
    void passAll() {
        agreeOnTheMix("pass_all");
    }

    @Test
    void dropUdpPort() {
        try (Twin t = Twin.of("drop_udp_port")) {
            mix().forEach(t::run);
            assertThat(t.vm.map("drops").sumLong(0)).isEqualTo(2);
            t.assertMapsAgree();
        }
    }

    @Test
    void protocolCounters() {
        try (Twin t = Twin.of("proto_counters")) {
            mix().forEach(t::run);
            assertThat(t.vm.map("proto_stats").sumLong(17)).isPositive();
            t.assertMapsAgree();
        }
    }

    @Test
    void parser() {
        try (Twin t = Twin.of("parser")) {
            assertThat(mix().stream().map(t::run).filter(r -> r.action() == XdpAction.DROP).count()).isEqualTo(5);
            t.assertMapsAgree();
        }
    }

    @Test
    void portRewrite() {
        agreeOnTheMix("port_rewrite");
    }

    @Test
    void vlanPopAndPush() {
        agreeOnTheMix("vlan_pop");
        agreeOnTheMix("vlan_push");
    }

    @Test
    void echoReply() {
        try (Twin t = Twin.of("echo_reply")) {
            assertThat(mix().stream().map(t::run).filter(r -> r.action() == XdpAction.TX).count()).isEqualTo(2);
        }
    }

    @Test
    void devmapRedirect() {
        try (Twin t = Twin.of("devmap_redirect")) {
            mix().forEach(t::run);
            t.put("tx_port", le32(0), le32(1)); // loopback
            assertThat(t.run(mix().get(0)).action()).isEqualTo(XdpAction.REDIRECT);
        }
    }

    @Test
    void xskRedirect() {
        agreeOnTheMix("xsk_redirect"); // no AF_XDP socket can be inserted here: every queue passes
    }

    @Test
    void router() {
        // test_run's packets arrive on loopback, where the FIB forwards nothing; the interpreter's FIB is empty
        agreeOnTheMix("router");
    }

    @Test
    void prefixBlocklist() {
        try (Twin t = Twin.of("lpm_blocklist")) {
            mix().forEach(t::run);
            t.put("blocked_v4", new byte[] {8, 0, 0, 0, 10, 0, 0, 0}, new byte[] {1});
            byte[] k6 = new byte[20];
            k6[0] = 16;
            k6[4] = (byte) 0xfd;
            t.put("blocked_v6", k6, new byte[] {1});
            assertThat(mix().stream().map(t::run).filter(r -> r.action() == XdpAction.DROP).count()).isEqualTo(9);
            t.assertMapsAgree();
        }
    }

    @Test
    void rateLimiter() {
        try (Twin t = Twin.of("rate_limiter")) {
            byte[] p = mix().get(0);
            // the kernel's clock runs, the interpreter's stands still: within one second both count alike
            for (int i = 0; i < RateLimiter.LIMIT + 5; i++) {
                assertThat(t.run(p).action()).isEqualTo(i < RateLimiter.LIMIT ? XdpAction.PASS : XdpAction.DROP);
            }
            var rate = t.spec.map("rate").orElseThrow();
            assertThat(t.contents(rate, false).keySet()).isEqualTo(t.contents(rate, true).keySet());
            byte[] value = t.kernel.map("rate").lookup(PacketBuilder.ip(A, 4)).orElseThrow();
            assertThat(ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getLong(8)).isEqualTo(RateLimiter.LIMIT + 5);
        }
    }

    @Test
    void tailTimestamp() {
        try (Twin t = Twin.of("tail_timestamp")) {
            for (byte[] p : mix()) {
                t.run(p, 8); // the trailer holds each one's clock
            }
        }
    }
}
