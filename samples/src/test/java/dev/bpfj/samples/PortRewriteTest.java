package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@BpfTest(program = PortRewrite.class)
class PortRewriteTest {
    @Test
    void rewritesThePortAndKeepsTheUdpChecksumValid(BpfProgram xdp) {
        byte[] in = PacketBuilder.ethernet().ipv4().udp().srcPort(5555).dstPort(PortRewrite.FROM).payload("hello").build();
        var r = xdp.run(in);
        assertThat(r).passes().outputPacket().hasValidChecksums()
                .satisfiesParsed(p -> assertThat(p.transport().orElseThrow().dstPort()).isEqualTo(PortRewrite.TO));
        assertThat(Arrays.copyOf(r.packet(), 36)).isEqualTo(Arrays.copyOf(in, 36)); // nothing before the port changed
    }

    @Test
    void leavesAZeroChecksumAlone(BpfProgram xdp) {
        byte[] in = PacketBuilder.ethernet().ipv4().udp().dstPort(PortRewrite.FROM).noChecksum().payloadOfLength(3).build();
        byte[] out = xdp.run(in).packet();
        assertThat(out[36] << 8 | out[37] & 0xff).isEqualTo(PortRewrite.TO);
        assertThat(new byte[] {out[40], out[41]}).containsOnly(0);
    }

    @Test
    void leavesOtherTrafficUnchanged(BpfProgram xdp) {
        for (byte[] in : new byte[][] {PacketBuilder.ethernet().ipv4().udp().dstPort(81).build(),
                PacketBuilder.ethernet().ipv4().tcp().dstPort(PortRewrite.FROM).build(),
                PacketBuilder.ethernet().ipv6().udp().dstPort(PortRewrite.FROM).build()}) {
            assertThat(xdp.run(in)).passes().hasOutputPacket(in);
        }
    }
}
