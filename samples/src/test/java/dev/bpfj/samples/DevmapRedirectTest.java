package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

class DevmapRedirectTest {
    final Interpreter vm = Interpreter.load(new DevmapRedirect().build());
    final byte[] packet = eth(IPV4, udp4(A, B, 1, 2, new byte[4]));

    @Test
    void passesWhileThePortIsNotConfigured() {
        assertThat(vm.program().run(packet).action()).isEqualTo(XdpAction.PASS);
    }

    @Test
    void redirectsToTheInterfaceInSlotZero() {
        vm.map("tx_port").put(0, 3);
        RunResult r = vm.program().run(packet);
        assertThat(r.action()).isEqualTo(XdpAction.REDIRECT);
        assertThat(r.redirect().map()).isEqualTo("tx_port");
        assertThat(r.redirect().ifindex()).isEqualTo(3);
        assertThat(r.packet()).isEqualTo(packet);
    }
}
