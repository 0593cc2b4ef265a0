package dev.bpfj.testing;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static dev.bpfj.testing.BpfAssertions.assertThatPacket;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

/** Failing assertions explain themselves: the action, the packets decoded, where bytes differ. */
@BpfTest(program = DropUdpProgram.class)
class AssertionMessagesTest {
    static final byte[] TO_9999 = PacketBuilder.ethernet().ipv4().src("10.1.1.1").udp().dstPort(9999).build();

    @Test
    void wrongAction(BpfProgram xdp) {
        RunResult r = xdp.run(TO_9999);
        assertThatThrownBy(() -> assertThat(r).returns(XdpAction.PASS))
                .hasMessageContaining("Expecting drop_udp to return XDP_PASS but it returned XDP_DROP (r0=0x1)")
                .hasMessageContaining("IPv4 10.1.1.1 > 198.51.100.1 ttl 64 UDP 1234 > 9999");
    }

    @Test
    void differentPacket(BpfProgram xdp) {
        byte[] other = PacketBuilder.ethernet().ipv4().src("10.1.1.1").ttl(63).udp().dstPort(9999).build();
        RunResult r = xdp.run(TO_9999);
        assertThatThrownBy(() -> assertThat(r).outputPacket().isEqualTo(other))
                .hasMessageContaining("ttl 64")
                .hasMessageContaining("ttl 63")
                .hasMessageContaining("first difference at byte 22");
    }

    @Test
    void badChecksum() {
        byte[] broken = PacketBuilder.ethernet().ipv4().checksum(0).udp().build();
        assertThatThrownBy(() -> assertThatPacket(broken).hasValidChecksums())
                .hasMessageContaining("bad header checksum 0x0");
    }

    @Test
    void mapContents(BpfProgram xdp, BpfMap drops) {
        xdp.run(TO_9999);
        assertThatThrownBy(() -> assertThat(drops).containsEntry(0, 5L))
                .hasMessageContaining("Expecting map drops[0] to be 5 (0500000000000000) but it is 0100000000000000");
        assertThatThrownBy(() -> assertThat(drops).containsKey(7)).hasMessageContaining("to contain key 7");
        assertThatThrownBy(() -> assertThat(drops).hasSum(0, 2))
                .hasMessageContaining("to sum to 2 but they sum to 1");
    }
}
