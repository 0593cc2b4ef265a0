package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

class PassAllTest {
    final Interpreter vm = Interpreter.load(new PassAll().build());

    @Test
    void passesEveryPacketUnchanged() {
        for (byte[] packet : new byte[][] {eth(IPV4, udp4(A, B, 1, 2, new byte[4])), eth(ARP, new byte[28]), new byte[14]}) {
            RunResult r = vm.program().run(packet);
            assertThat(r.action()).isEqualTo(XdpAction.PASS);
            assertThat(r.packet()).isEqualTo(packet);
        }
    }
}
