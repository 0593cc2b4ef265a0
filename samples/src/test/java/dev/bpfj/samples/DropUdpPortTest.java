package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

class DropUdpPortTest {
    final Interpreter vm = Interpreter.load(new DropUdpPort().build());

    XdpAction run(byte[] packet) {
        return vm.program().run(packet).action();
    }

    @Test
    void dropsUdpToTheBlockedPortAndCountsIt() {
        assertThat(run(eth(IPV4, udp4(A, B, 1234, DropUdpPort.PORT, new byte[10])))).isEqualTo(XdpAction.DROP);
        assertThat(run(eth(IPV4, udp4(A, B, 1234, DropUdpPort.PORT, new byte[0])))).isEqualTo(XdpAction.DROP);
        assertThat(vm.map("drops").sumLong(0)).isEqualTo(2);
    }

    @Test
    void findsTheUdpHeaderAfterIpv4Options() {
        byte[] options = {1, 1, 1, 0}; // NOP, NOP, NOP, end of options
        byte[] packet = eth(IPV4, ipv4(17, A, B, 64, options, udp(1, DropUdpPort.PORT, new byte[2])));
        assertThat(run(packet)).isEqualTo(XdpAction.DROP);
    }

    @Test
    void passesEverythingElseWithoutCounting() {
        assertThat(run(eth(IPV4, udp4(A, B, 1234, 53, new byte[10])))).isEqualTo(XdpAction.PASS);
        assertThat(run(eth(IPV4, ipv4(6, A, B, 64, tcp(1, DropUdpPort.PORT, 2))))).isEqualTo(XdpAction.PASS);
        assertThat(run(eth(IPV6, ipv6(17, A6, B6, 64, udp(1, DropUdpPort.PORT, new byte[0]))))).isEqualTo(XdpAction.PASS);
        assertThat(run(eth(ARP, new byte[28]))).isEqualTo(XdpAction.PASS);
        assertThat(vm.map("drops").sumLong(0)).isZero();
    }

    @Test
    void passesTruncatedPackets() {
        byte[] full = eth(IPV4, udp4(A, B, 1234, DropUdpPort.PORT, new byte[0]));
        for (int length : new int[] {14, 20, 34, 38, full.length - 1}) {
            assertThat(run(range(full, 0, length))).as("first %d bytes", length).isEqualTo(XdpAction.PASS);
        }
    }
}
