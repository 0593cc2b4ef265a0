package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The objects bpfj-maven-plugin wrote behave the same in the running kernel as in bpfj's interpreter:
 * same verdicts, same output packets, same maps — so what the samples' interpreter tests show holds on
 * Linux too. Skipped, with the reason, where bpf() is not permitted.
 */
class KernelAgreementTest {

    /** A mix every sample sees: UDP, TCP, ICMP over IPv4 and IPv6, VLAN tags, options, ARP, truncated frames. */
    static List<byte[]> mix() {
        List<byte[]> m = new ArrayList<>(List.of(
                eth(IPV4, udp4(A, B, 1234, 9999, new byte[10])),
                eth(IPV4, udp4(A, B, 5555, 8080, "hello".getBytes())),
                eth(IPV4, udp4(A, B, 1, 53, new byte[3])),
                eth(IPV4, ipv4(17, A, B, 64, new byte[] {1, 1, 1, 0}, udp(1, 9999, new byte[2]))),
                eth(IPV4, ipv4(6, A, B, 64, tcp(1, 23, 2)), 7),
                eth(IPV4, ipv4(6, A, B, 64, tcp(1, 80, 2)), 5, 6),
                eth(IPV4, ipv4(1, A, B, 64, icmpEcho(8, 7, 1, "ping".getBytes()))),
                eth(IPV4, ipv4(17, A, B, 1, udp(1, 2, new byte[0]))),
                eth(IPV6, ipv6(17, A6, B6, 64, udp(1, 23, new byte[0]))),
                eth(IPV6, ipv6(0, A6, B6, 64, ParserTest.concat(ParserTest.extension(17), udp(1, 23, new byte[0])))),
                eth(IPV6, ipv6(43, A6, B6, 64, ParserTest.concat(ParserTest.extension(51, 43, 2),
                        ParserTest.extension(6, 51, 2), tcp(1, 23, 2)))),
                eth(IPV6, ipv6(44, A6, B6, 64, ParserTest.concat(ParserTest.extension(17, 44, 0xff), udp(1, 23, new byte[0])))),
                eth(IPV6, ipv6(58, A6, B6, 64, icmp6Echo(A6, B6, 128, 1, 1, new byte[4]))),
                eth(IPV6, ipv6(6, A6, B6, 64, tcp(1, 2, 0x12))),
                eth(ARP, new byte[28]),
                eth(IPV4, udp4(A, B, 1, 2, new byte[4]), 100),
                new byte[14]));
        byte[] full = eth(IPV4, ipv4(6, A, B, 64, tcp(1, 23, 2)), 5);
        for (int length : new int[] {15, 18, 20, 37, 38, 50, full.length - 1}) {
            m.add(range(full, 0, length));
        }
        return m;
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
            assertThat(mix().stream().map(t::run).filter(r -> r.action() == XdpAction.DROP).count()).isEqualTo(12);
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
            byte[] key = range(p, 26, 4);
            assertThat(le64(t.kernel.map("rate").lookup(key).orElseThrow(), 8)).isEqualTo(RateLimiter.LIMIT + 5);
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
