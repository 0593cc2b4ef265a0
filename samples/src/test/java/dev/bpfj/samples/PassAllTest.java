package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

@BpfTest(program = PassAll.class)
class PassAllTest {
    @Test
    void passesEveryPacketUnchanged(BpfProgram xdp) {
        for (byte[] packet : new byte[][] {PacketBuilder.ethernet().ipv4().udp().build(),
                PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build(), new byte[14]}) {
            assertThat(xdp.run(packet)).passes().hasOutputPacket(packet);
        }
    }
}
