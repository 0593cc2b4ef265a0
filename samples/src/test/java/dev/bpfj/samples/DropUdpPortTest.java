package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.MapName;
import dev.bpfj.testing.PacketBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@BpfTest(program = DropUdpPort.class)
class DropUdpPortTest {
    static PacketBuilder.Udp udpTo(int port) {
        return PacketBuilder.ethernet().ipv4().src("10.0.0.1").dst("10.0.0.2").udp().srcPort(1234).dstPort(port);
    }

    @Test
    void dropsUdpToTheBlockedPortAndCountsIt(BpfProgram xdp, @MapName("drops") BpfMap drops) {
        assertThat(xdp.run(udpTo(DropUdpPort.PORT).payload("hello").build())).drops();
        assertThat(xdp.run(udpTo(DropUdpPort.PORT).build())).drops();
        assertThat(drops).hasSum(0, 2);
    }

    @Test
    void findsTheUdpHeaderAfterIpv4Options(BpfProgram xdp) {
        byte[] packet = PacketBuilder.ethernet().ipv4().options(new byte[] {1, 1, 1, 0}) // NOP, NOP, NOP, end
                .udp().dstPort(DropUdpPort.PORT).build();
        assertThat(xdp.run(packet)).drops();
    }

    @Test
    void passesEverythingElseWithoutCounting(BpfProgram xdp, @MapName("drops") BpfMap drops) {
        assertThat(xdp.run(udpTo(53).build())).passes();
        assertThat(xdp.run(PacketBuilder.ethernet().ipv4().tcp().dstPort(DropUdpPort.PORT).build())).passes();
        assertThat(xdp.run(PacketBuilder.ethernet().ipv6().udp().dstPort(DropUdpPort.PORT).build())).passes();
        assertThat(xdp.run(PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build())).passes();
        assertThat(drops).hasSum(0, 0);
    }

    @Test
    void passesTruncatedPackets(BpfProgram xdp, @MapName("drops") BpfMap drops) {
        byte[] full = udpTo(DropUdpPort.PORT).build();
        for (int length : new int[] {14, 20, 34, 38, full.length - 1}) {
            assertThat(xdp.run(Arrays.copyOf(full, length))).as("first %d bytes", length).passes();
        }
        assertThat(drops).hasSum(0, 0);
    }
}
