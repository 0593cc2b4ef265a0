// tag::test[]
package com.example.xdp;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

@BpfTest(program = DropUdp.class)
class DropUdpTest {

    @Test
    void dropsDatagramsToPort9999AndCountsThem(BpfProgram xdp, BpfMap drops) {
        byte[] toPort9999 = PacketBuilder.ethernet().ipv4().udp().dstPort(9999).payload("hello").build();

        assertThat(xdp.run(toPort9999)).drops();
        assertThat(xdp.run(toPort9999)).drops();
        assertThat(drops).hasSum(0, 2);
    }

    @Test
    void passesEverythingElse(BpfProgram xdp, BpfMap drops) {
        byte[] dns = PacketBuilder.ethernet().ipv4().udp().dstPort(53).build();
        byte[] tcp = PacketBuilder.ethernet().ipv4().tcp().dstPort(9999).syn().build();
        byte[] udp6 = PacketBuilder.ethernet().ipv6().udp().dstPort(9999).build();

        assertThat(xdp.run(dns)).passes().outputPacket().isEqualTo(dns);
        assertThat(xdp.run(tcp)).passes();
        assertThat(xdp.run(udp6)).passes();
        assertThat(drops).hasSum(0, 0);
    }
}
// end::test[]
