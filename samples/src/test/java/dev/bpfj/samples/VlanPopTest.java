package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

@BpfTest(program = VlanPop.class)
class VlanPopTest {
    @Test
    void removesTheOuterTag(BpfProgram xdp) {
        byte[] tagged = PacketBuilder.ethernet().vlan(100).ipv4().udp().payload("data").build();
        byte[] untagged = PacketBuilder.ethernet().ipv4().udp().payload("data").build();
        assertThat(xdp.run(tagged)).passes().hasOutputPacket(untagged);
    }

    @Test
    void leavesUntaggedAndQinQFramesAlone(BpfProgram xdp) {
        for (byte[] in : new byte[][] {PacketBuilder.ethernet().ipv4().udp().build(),
                PacketBuilder.ethernet().qinq(10, 20).ipv4().udp().build()}) {
            assertThat(xdp.run(in)).passes().hasOutputPacket(in);
        }
    }
}
