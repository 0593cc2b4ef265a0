package dev.bpfj.docs.testkit;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

/** The same test kit on an object clang built from C (the C twin of the drop_udp_port sample). */
// tag::class[]
@BpfTest(file = "../samples/c/obj/drop_udp_port.bpf.o")
class ClangObjectTest {

    @Test
    void dropsUdpToPort9999(BpfProgram xdp, BpfMap drops, ObjectSpec object) {
        assertThat(object).verifies();
        assertThat(xdp.run(PacketBuilder.ethernet().ipv4().udp().dstPort(9999).build())).drops();
        assertThat(xdp.run(PacketBuilder.ethernet().ipv4().udp().dstPort(53).build())).passes();
        assertThat(drops).hasSum(0, 1);
    }
}
// end::class[]
