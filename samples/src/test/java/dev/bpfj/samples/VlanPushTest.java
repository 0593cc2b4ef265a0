package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

class VlanPushTest {
    final Interpreter vm = Interpreter.load(new VlanPush().build());

    @Test
    void tagsUntaggedFramesWithVlan100() {
        byte[] inner = udp4(A, B, 1, 2, new byte[4]);
        RunResult r = vm.program().run(eth(IPV4, inner));
        assertThat(r.action()).isEqualTo(XdpAction.PASS);
        assertThat(r.packet()).isEqualTo(eth(IPV4, inner, VlanPush.VLAN_ID));
    }

    @Test
    void leavesTaggedFramesAlone() {
        byte[] tagged = eth(IPV6, new byte[40], 7);
        RunResult r = vm.program().run(tagged);
        assertThat(r.action()).isEqualTo(XdpAction.PASS);
        assertThat(r.packet()).isEqualTo(tagged);
    }
}
