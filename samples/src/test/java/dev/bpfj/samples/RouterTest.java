package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.interpreter.XdpInput;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouterTest {
    static final String OUT_MAC = "02:00:00:00:00:03";
    static final String NEXT_HOP_MAC = "02:00:00:00:33:01";
    static final int FAR = ip(192, 168, 7, 9);
    static final byte[] FAR6 = HexFormat.of().parseHex("fd070000000000000000000000000009"); // fd07::9

    final Interpreter vm = Interpreter.load(new Router().build());

    /** Packets arrive on interface 2 and leave through 3 towards a gateway. */
    @BeforeEach
    void routes() {
        vm.environment().fib()
                .addInterface(2, "02:00:00:00:00:02", 1500)
                .addInterface(3, OUT_MAC, 1500)
                .addRoute("192.168.0.0/16", "10.3.0.1", 3)
                .addRoute("fd07::/64", "fd03::1", 3)
                .addNeighbor(3, "10.3.0.1", NEXT_HOP_MAC)
                .addNeighbor(3, "fd03::1", NEXT_HOP_MAC);
        vm.map("tx_ports").put(3, 3);
    }

    RunResult run(byte[] packet) {
        return vm.program().run(XdpInput.of(packet).ingress(2));
    }

    static byte[] mac(String text) {
        return HexFormat.ofDelimiter(":").parseHex(text);
    }

    @Test
    void forwardsIpv4DecrementingTheTtl() {
        byte[] in = eth(IPV4, udp4(A, FAR, 1, 2, new byte[4]));
        RunResult r = run(in);
        assertThat(r.action()).isEqualTo(XdpAction.REDIRECT);
        assertThat(r.redirect().ifindex()).isEqualTo(3);
        byte[] out = r.packet();
        assertThat(range(out, 0, 6)).isEqualTo(mac(NEXT_HOP_MAC));
        assertThat(range(out, 6, 6)).isEqualTo(mac(OUT_MAC));
        assertThat(out[22]).as("TTL").isEqualTo((byte) 63);
        assertThat(verifies(out, 14, 20, 0)).as("header checksum").isTrue();
        assertThat(range(out, 26, out.length - 26)).isEqualTo(range(in, 26, in.length - 26));
    }

    @Test
    void forwardsIpv6DecrementingTheHopLimit() {
        byte[] in = eth(IPV6, ipv6(17, A6, FAR6, 64, udp(1, 2, new byte[0])));
        RunResult r = run(in);
        assertThat(r.action()).isEqualTo(XdpAction.REDIRECT);
        byte[] out = r.packet();
        assertThat(range(out, 0, 6)).isEqualTo(mac(NEXT_HOP_MAC));
        assertThat(out[21]).as("hop limit").isEqualTo((byte) 63);
        assertThat(range(out, 22, out.length - 22)).isEqualTo(range(in, 22, in.length - 22));
    }

    @Test
    void passesExpiringPacketsUnchanged() {
        for (byte[] in : new byte[][] {eth(IPV4, ipv4(17, A, FAR, 1, udp(1, 2, new byte[0]))),
                eth(IPV6, ipv6(17, A6, FAR6, 1, udp(1, 2, new byte[0])))}) {
            RunResult r = run(in);
            assertThat(r.action()).isEqualTo(XdpAction.PASS);
            assertThat(r.packet()).isEqualTo(in);
        }
    }

    @Test
    void passesWhatTheFibCannotForwardUnchanged() {
        for (byte[] in : new byte[][] {eth(IPV4, udp4(A, B, 1, 2, new byte[4])), // no route
                eth(IPV6, ipv6(17, A6, B6, 64, udp(1, 2, new byte[0]))), eth(ARP, new byte[28])}) {
            RunResult r = run(in);
            assertThat(r.action()).isEqualTo(XdpAction.PASS);
            assertThat(r.packet()).isEqualTo(in);
        }
    }
}
