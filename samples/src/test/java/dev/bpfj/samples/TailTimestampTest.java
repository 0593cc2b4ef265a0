package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

class TailTimestampTest {
    final Interpreter vm = Interpreter.load(new TailTimestamp().build());

    @Test
    void appendsTheReceiveTimeLittleEndian() {
        vm.environment().time(0x0102030405060708L);
        byte[] in = eth(IPV4, udp4(A, B, 1, 2, new byte[4]));
        RunResult r = vm.program().run(in);
        assertThat(r.action()).isEqualTo(XdpAction.PASS);
        byte[] out = r.packet();
        assertThat(out).hasSize(in.length + 8);
        assertThat(range(out, 0, in.length)).isEqualTo(in);
        assertThat(le64(out, in.length)).isEqualTo(0x0102030405060708L);
    }
}
