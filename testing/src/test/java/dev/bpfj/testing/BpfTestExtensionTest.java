package dev.bpfj.testing;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.Environment;
import dev.bpfj.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

/** A test class as a user writes one: the program from a DSL class, parameters injected. */
@BpfTest(program = DropUdpProgram.class)
class BpfTestExtensionTest {
    static final byte[] TO_9999 = PacketBuilder.ethernet().ipv4().udp().dstPort(9999).payload("x").build();
    static final byte[] TO_53 = PacketBuilder.ethernet().ipv4().udp().dstPort(53).build();

    @Test
    void dropsPort9999(BpfProgram xdp, BpfMap drops) {
        assertThat(xdp.run(TO_9999)).returns(XdpAction.DROP);
        assertThat(xdp.run(TO_53)).passes().outputPacket().isEqualTo(TO_53).hasValidChecksums();
        assertThat(drops).hasSum(0, 1);
    }

    @Test
    void eachTestStartsWithEmptyMaps(@MapName("drops") BpfMap drops, Interpreter vm, Environment env,
                                     ObjectSpec spec) {
        assertThat(drops).hasSum(0, 0);
        assertThat(vm.program().name()).isEqualTo("drop_udp");
        env.cpu(2);
        vm.program().run(TO_9999);
        assertThat(drops.lookupPerCpu(0).orElseThrow().get(2)).containsExactly(1, 0, 0, 0, 0, 0, 0, 0);
        assertThat(spec).verifies();
    }

    @Test
    void namedProgram(@ProgramName("drop_udp") BpfProgram xdp) {
        assertThat(xdp.run(PacketBuilder.ethernet().ipv6().udp().dstPort(9999).build())).passes();
    }
}
