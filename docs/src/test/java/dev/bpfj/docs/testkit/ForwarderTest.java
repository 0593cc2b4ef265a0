package dev.bpfj.docs.testkit;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.docs.dsl.Forwarder;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.Environment;
import dev.bpfj.interpreter.XdpInput;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.MapName;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

// tag::class[]
@BpfTest(program = Forwarder.class, cpus = 2)
class ForwarderTest {
    static final byte[] PACKET = PacketBuilder.ethernet().ipv4().ttl(64).udp().dstPort(53).build();

    @Test
    void forwardsBetweenPairedPorts(BpfProgram xdp, @MapName("ports") BpfMap ports,
                                    @MapName("last_forward") BpfMap lastForward, Environment env) {
        ports.put(3, 4);                              // seed the devmap: ingress 3 goes out on 4
        env.time(1_000_000);                          // what bpf_ktime_get_ns() returns

        assertThat(xdp.run(XdpInput.of(PACKET).ingress(3)))
                .redirectsTo(4)
                .outputPacket().hasIpv4Ttl(63).hasValidChecksums();
        assertThat(lastForward).containsEntry(0, 1_000_000L);
    }

    @Test
    void passesWhatItCannotForward(BpfProgram xdp) {
        assertThat(xdp.run(XdpInput.of(PACKET).ingress(9))).passes();        // no pair for port 9
        byte[] expiring = PacketBuilder.ethernet().ipv4().ttl(1).udp().build();
        assertThat(xdp.run(XdpInput.of(expiring).ingress(3)))
                .passes()
                .printed("ttl expired on 3\n")
                .outputPacket().isEqualTo(expiring);                         // untouched
    }

    @Test
    void eachTestStartsWithEmptyMaps(@MapName("ports") BpfMap ports, ObjectSpec object) {
        assertThat(ports).isEmpty();
        assertThat(object).verifies();                                       // bpfj's verifier, as Linux would
    }
}
// end::class[]
