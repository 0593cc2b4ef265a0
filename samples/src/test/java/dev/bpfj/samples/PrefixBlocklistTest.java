package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

class PrefixBlocklistTest {
    final Interpreter vm = Interpreter.load(new PrefixBlocklist().build());

    XdpAction run(byte[] packet) {
        return vm.program().run(packet).action();
    }

    /** An LPM key: the prefix length (u32, host order) then the address bytes. */
    static byte[] key(int prefixLength, byte[] address) {
        byte[] k = new byte[4 + address.length];
        System.arraycopy(le32(prefixLength), 0, k, 0, 4);
        System.arraycopy(address, 0, k, 4, address.length);
        return k;
    }

    @Test
    void dropsSourcesInABlockedIpv4Prefix() {
        vm.map("blocked_v4").put(key(8, new byte[] {10, 0, 0, 0}), new byte[] {1});
        assertThat(run(eth(IPV4, udp4(A, B, 1, 2, new byte[4])))).isEqualTo(XdpAction.DROP);
        assertThat(run(eth(IPV4, udp4(ip(11, 0, 0, 1), A, 1, 2, new byte[4])))).isEqualTo(XdpAction.PASS);
    }

    @Test
    void dropsSourcesInABlockedIpv6Prefix() {
        byte[] prefix = new byte[16];
        prefix[0] = (byte) 0xfd;
        vm.map("blocked_v6").put(key(16, prefix), new byte[] {1});
        assertThat(run(eth(IPV6, ipv6(17, A6, B6, 64, udp(1, 2, new byte[0]))))).isEqualTo(XdpAction.DROP);
        byte[] other = v6(1);
        other[0] = 0x20;
        assertThat(run(eth(IPV6, ipv6(17, other, B6, 64, udp(1, 2, new byte[0]))))).isEqualTo(XdpAction.PASS);
    }

    @Test
    void passesEverythingWhileTheListsAreEmpty() {
        assertThat(run(eth(IPV4, udp4(A, B, 1, 2, new byte[4])))).isEqualTo(XdpAction.PASS);
        assertThat(run(eth(IPV6, ipv6(17, A6, B6, 64, udp(1, 2, new byte[0]))))).isEqualTo(XdpAction.PASS);
        assertThat(run(eth(ARP, new byte[28]))).isEqualTo(XdpAction.PASS);
    }
}
