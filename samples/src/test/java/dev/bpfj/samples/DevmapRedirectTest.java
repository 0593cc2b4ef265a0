package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

@BpfTest(program = DevmapRedirect.class)
class DevmapRedirectTest {
    final byte[] packet = PacketBuilder.ethernet().ipv4().udp().build();

    @Test
    void passesWhileThePortIsNotConfigured(BpfProgram xdp) {
        assertThat(xdp.run(packet)).passes();
    }

    @Test
    void redirectsToTheInterfaceInSlotZero(BpfProgram xdp, BpfMap txPort) {
        txPort.put(0, 3);
        assertThat(xdp.run(packet)).redirectsThrough("tx_port", 0).redirectsTo(3).hasOutputPacket(packet);
    }
}
