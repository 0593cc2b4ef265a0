package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

@BpfTest(program = VlanPush.class)
class VlanPushTest {
    @Test
    void tagsUntaggedFramesWithTheVlan(BpfProgram xdp) {
        byte[] untagged = PacketBuilder.ethernet().ipv4().udp().payload("data").build();
        byte[] tagged = PacketBuilder.ethernet().vlan(VlanPush.VLAN_ID).ipv4().udp().payload("data").build();
        assertThat(xdp.run(untagged)).passes().hasOutputPacket(tagged).outputPacket().hasVlans(VlanPush.VLAN_ID);
    }

    @Test
    void leavesTaggedFramesAlone(BpfProgram xdp) {
        byte[] tagged = PacketBuilder.ethernet().vlan(7).ipv6().udp().build();
        assertThat(xdp.run(tagged)).passes().hasOutputPacket(tagged);
    }
}
