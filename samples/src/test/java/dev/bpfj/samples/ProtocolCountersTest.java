package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolCountersTest {
    final Interpreter vm = Interpreter.load(new ProtocolCounters().build());

    /** {packets, bytes} of a protocol, summed over CPUs. */
    long[] stats(int protocol) {
        long[] sum = new long[2];
        for (byte[] v : vm.map("proto_stats").lookupPerCpu(protocol).orElseThrow()) {
            sum[0] += le64(v, 0);
            sum[1] += le64(v, 8);
        }
        return sum;
    }

    @Test
    void countsPacketsAndBytesPerIpProtocolOnEveryCpu() {
        byte[] udp = eth(IPV4, udp4(A, B, 1, 2, new byte[6]));
        byte[] tcp6 = eth(IPV6, ipv6(6, A6, B6, 64, tcp(1, 2, 0x02)));
        assertThat(vm.program().run(udp).action()).isEqualTo(XdpAction.PASS);
        vm.environment().cpu(1);
        vm.program().run(udp);
        vm.program().run(tcp6);
        assertThat(stats(17)).containsExactly(2, 2L * udp.length);
        assertThat(stats(6)).containsExactly(1, tcp6.length);
        List<byte[]> perCpu = vm.map("proto_stats").lookupPerCpu(17).orElseThrow();
        assertThat(le64(perCpu.get(0), 0)).isEqualTo(1);
        assertThat(le64(perCpu.get(1), 0)).isEqualTo(1);
    }

    @Test
    void passesOtherEtherTypesAndShortPacketsWithoutCounting() {
        assertThat(vm.program().run(eth(ARP, new byte[28])).action()).isEqualTo(XdpAction.PASS);
        assertThat(vm.program().run(eth(IPV4, new byte[10])).action()).isEqualTo(XdpAction.PASS);
        for (int p = 0; p < 256; p++) {
            assertThat(stats(p)).containsExactly(0, 0);
        }
    }
}
