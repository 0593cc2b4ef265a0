package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.Environment;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.interpreter.XdpInput;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@BpfTest(program = Router.class)
class RouterTest {
    static final String OUT_MAC = "02:00:00:00:00:03";
    static final String NEXT_HOP_MAC = "02:00:00:00:33:01";

    /** Packets arrive on interface 2 and leave through 3 towards a gateway. */
    @BeforeEach
    void routes(Environment env, BpfMap txPorts) {
        env.fib()
                .addInterface(2, "02:00:00:00:00:02", 1500)
                .addInterface(3, OUT_MAC, 1500)
                .addRoute("192.168.0.0/16", "10.3.0.1", 3)
                .addRoute("fd07::/64", "fd03::1", 3)
                .addNeighbor(3, "10.3.0.1", NEXT_HOP_MAC)
                .addNeighbor(3, "fd03::1", NEXT_HOP_MAC);
        txPorts.put(3, 3);
    }

    static RunResult arriving(BpfProgram xdp, byte[] packet) {
        return xdp.run(XdpInput.of(packet).ingress(2));
    }

    @Test
    void forwardsIpv4DecrementingTheTtl(BpfProgram xdp) {
        byte[] in = PacketBuilder.ethernet().ipv4().src("10.0.0.1").dst("192.168.7.9").udp().payload("data").build();
        RunResult r = arriving(xdp, in);
        assertThat(r).redirectsTo(3).outputPacket().hasDestinationMac(NEXT_HOP_MAC).hasSourceMac(OUT_MAC)
                .hasIpv4Ttl(63).hasValidChecksums();
        assertThat(Arrays.copyOfRange(r.packet(), 26, in.length)).isEqualTo(Arrays.copyOfRange(in, 26, in.length));
    }

    @Test
    void forwardsIpv6DecrementingTheHopLimit(BpfProgram xdp) {
        byte[] in = PacketBuilder.ethernet().ipv6().src("fd00::1").dst("fd07::9").udp().build();
        RunResult r = arriving(xdp, in);
        assertThat(r).redirectsTo(3).outputPacket().hasDestinationMac(NEXT_HOP_MAC).hasValidChecksums()
                .satisfiesParsed(p -> assertThat(p.ipv6().orElseThrow().hopLimit()).isEqualTo(63));
        assertThat(Arrays.copyOfRange(r.packet(), 22, in.length)).isEqualTo(Arrays.copyOfRange(in, 22, in.length));
    }

    @Test
    void passesExpiringPacketsUnchanged(BpfProgram xdp) {
        for (byte[] in : new byte[][] {PacketBuilder.ethernet().ipv4().dst("192.168.7.9").ttl(1).udp().build(),
                PacketBuilder.ethernet().ipv6().dst("fd07::9").hopLimit(1).udp().build()}) {
            assertThat(arriving(xdp, in)).passes().hasOutputPacket(in);
        }
    }

    @Test
    void passesWhatTheFibCannotForwardUnchanged(BpfProgram xdp) {
        for (byte[] in : new byte[][] {PacketBuilder.ethernet().ipv4().dst("10.0.0.2").udp().build(), // no route
                PacketBuilder.ethernet().ipv6().dst("fd00::2").udp().build(),
                PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build()}) {
            assertThat(arriving(xdp, in)).passes().hasOutputPacket(in);
        }
    }
}
