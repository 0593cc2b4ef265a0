package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.interpreter.XdpInput;
import org.junit.jupiter.api.Test;

class XskRedirectTest {
    final Interpreter vm = Interpreter.load(new XskRedirect().build());
    final byte[] packet = eth(IPV4, udp4(A, B, 1, 2, new byte[4]));

    @Test
    void handsPacketsToTheSocketOfTheirQueue() {
        vm.map("xsks_map").put(3, 42); // the AF_XDP socket bound to queue 3
        RunResult r = vm.program().run(XdpInput.of(packet).ingress(2, 3));
        assertThat(r.action()).isEqualTo(XdpAction.REDIRECT);
        assertThat(r.redirect().map()).isEqualTo("xsks_map");
        assertThat(r.redirect().target()).isEqualTo(3);
    }

    @Test
    void passesPacketsOfQueuesWithoutASocket() {
        vm.map("xsks_map").put(3, 42);
        assertThat(vm.program().run(XdpInput.of(packet).ingress(2, 1)).action()).isEqualTo(XdpAction.PASS);
    }
}
