package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.MapName;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

@BpfTest(program = PrefixBlocklist.class)
class PrefixBlocklistTest {
    /** An LPM key: the prefix length (u32, host order) then the address bytes. */
    static byte[] key(int prefixLength, String address, int bytes) {
        byte[] a = PacketBuilder.ip(address, bytes);
        byte[] k = new byte[4 + bytes];
        k[0] = (byte) prefixLength;
        System.arraycopy(a, 0, k, 4, bytes);
        return k;
    }

    static byte[] from4(String source) {
        return PacketBuilder.ethernet().ipv4().src(source).udp().build();
    }

    static byte[] from6(String source) {
        return PacketBuilder.ethernet().ipv6().src(source).udp().build();
    }

    @Test
    void dropsSourcesInABlockedIpv4Prefix(BpfProgram xdp, @MapName("blocked_v4") BpfMap blocked) {
        blocked.put(key(8, "10.0.0.0", 4), new byte[] {1});
        assertThat(xdp.run(from4("10.1.2.3"))).drops();
        assertThat(xdp.run(from4("11.0.0.1"))).passes();
    }

    @Test
    void dropsSourcesInABlockedIpv6Prefix(BpfProgram xdp, @MapName("blocked_v6") BpfMap blocked) {
        blocked.put(key(16, "fd00::", 16), new byte[] {1});
        assertThat(xdp.run(from6("fd00::1"))).drops();
        assertThat(xdp.run(from6("2001:db8::1"))).passes();
    }

    @Test
    void passesEverythingWhileTheListsAreEmpty(BpfProgram xdp) {
        assertThat(xdp.run(from4("10.0.0.1"))).passes();
        assertThat(xdp.run(from6("fd00::1"))).passes();
        assertThat(xdp.run(PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build())).passes();
    }
}
