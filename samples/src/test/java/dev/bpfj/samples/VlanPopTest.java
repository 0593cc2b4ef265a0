package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

class VlanPopTest {
    final Interpreter vm = Interpreter.load(new VlanPop().build());

    @Test
    void removesTheOuterTag() {
        byte[] inner = udp4(A, B, 1, 2, new byte[4]);
        RunResult r = vm.program().run(eth(IPV4, inner, 100));
        assertThat(r.action()).isEqualTo(XdpAction.PASS);
        assertThat(r.packet()).isEqualTo(eth(IPV4, inner));
    }

    @Test
    void leavesUntaggedAndQinQFramesAlone() {
        byte[] untagged = eth(IPV4, udp4(A, B, 1, 2, new byte[4]));
        byte[] qinq = eth(IPV4, udp4(A, B, 1, 2, new byte[4]), 10, 20); // outer 802.1ad
        for (byte[] in : new byte[][] {untagged, qinq}) {
            RunResult r = vm.program().run(in);
            assertThat(r.action()).isEqualTo(XdpAction.PASS);
            assertThat(r.packet()).isEqualTo(in);
        }
    }
}
