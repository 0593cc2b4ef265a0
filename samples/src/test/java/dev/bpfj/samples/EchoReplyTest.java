package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@BpfTest(program = EchoReply.class)
class EchoReplyTest {
    static final String CLIENT = "02:00:00:00:00:0a";
    static final String US = "02:00:00:00:00:0b";

    @Test
    void answersIcmpEchoRequestsInPlace(BpfProgram xdp) {
        byte[] request = PacketBuilder.ethernet().src(CLIENT).dst(US).ipv4().src("10.0.0.1").dst("10.0.0.2")
                .icmp().echoRequest(7, 1).payload("ping").build();
        var r = xdp.run(request);
        assertThat(r).transmits().outputPacket().hasValidChecksums().hasDestinationMac(CLIENT)
                .hasSourceMac(US).satisfiesParsed(p -> {
                    assertThat(p.ipv4().orElseThrow().src()).isEqualTo("10.0.0.2");
                    assertThat(p.ipv4().orElseThrow().dst()).isEqualTo("10.0.0.1");
                    assertThat(p.transport().orElseThrow().icmpType()).isZero(); // echo reply
                });
        byte[] out = r.packet();
        assertThat(Arrays.copyOfRange(out, 38, out.length)).as("id, sequence, data").isEqualTo(Arrays.copyOfRange(request, 38, request.length));
    }

    @Test
    void answersIcmpv6EchoRequestsInPlace(BpfProgram xdp) {
        byte[] request = PacketBuilder.ethernet().src(CLIENT).dst(US).ipv6().src("fd00::1").dst("fd00::2")
                .icmpv6().echoRequest(7, 1).payload("ping").build();
        assertThat(xdp.run(request)).transmits().outputPacket().hasValidChecksums().hasDestinationMac(CLIENT)
                .satisfiesParsed(p -> {
                    assertThat(p.ipv6().orElseThrow().src()).isEqualTo("fd00:0:0:0:0:0:0:2");
                    assertThat(p.transport().orElseThrow().icmpType()).isEqualTo(129); // echo reply
                });
    }

    @Test
    void passesEverythingElseUnchanged(BpfProgram xdp) {
        byte[] request = PacketBuilder.ethernet().ipv4().icmp().echoRequest(7, 1).build();
        for (byte[] in : new byte[][] {PacketBuilder.ethernet().ipv4().icmp().echoReply(7, 1).build(),
                PacketBuilder.ethernet().ipv6().icmpv6().echoReply(1, 1).build(),
                PacketBuilder.ethernet().ipv4().udp().build(),
                PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build(),
                Arrays.copyOf(request, 36)}) {
            assertThat(xdp.run(in)).passes().hasOutputPacket(in);
        }
    }
}
