package dev.bpfj.samples;

import static dev.bpfj.samples.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final Interpreter vm = Interpreter.load(new RateLimiter().build());
    final byte[] fromA = eth(IPV4, udp4(A, B, 1, 2, new byte[4]));
    final byte[] fromB = eth(IPV4, udp4(B, A, 1, 2, new byte[4]));

    XdpAction run(byte[] packet) {
        return vm.program().run(packet).action();
    }

    /** The state of a source: {window_start, packets}; the key is the address as it is in the packet. */
    long[] state(int source) {
        byte[] key = {(byte) (source >> 24), (byte) (source >> 16), (byte) (source >> 8), (byte) source};
        byte[] v = vm.map("rate").get(key);
        return new long[] {le64(v, 0), le64(v, 8)};
    }

    @Test
    void dropsASourcePastTheLimitWithinOneWindow() {
        vm.environment().time(5_000_000_000L);
        for (int i = 0; i < RateLimiter.LIMIT; i++) {
            assertThat(run(fromA)).as("packet %d", i + 1).isEqualTo(XdpAction.PASS);
        }
        assertThat(run(fromA)).isEqualTo(XdpAction.DROP);
        assertThat(run(fromB)).as("another source has its own budget").isEqualTo(XdpAction.PASS);
        assertThat(state(A)).containsExactly(5_000_000_000L, RateLimiter.LIMIT + 1);
        assertThat(state(B)).containsExactly(5_000_000_000L, 1);
    }

    @Test
    void startsANewWindowAfterASecond() {
        vm.environment().time(5_000_000_000L);
        for (int i = 0; i <= RateLimiter.LIMIT; i++) {
            run(fromA);
        }
        assertThat(run(fromA)).isEqualTo(XdpAction.DROP);
        vm.environment().time(5_000_000_000L + RateLimiter.WINDOW_NS + 1);
        assertThat(run(fromA)).isEqualTo(XdpAction.PASS);
        assertThat(state(A)).containsExactly(5_000_000_000L + RateLimiter.WINDOW_NS + 1, 1);
    }

    @Test
    void passesNonIpv4() {
        assertThat(run(eth(IPV6, ipv6(17, A6, B6, 64, udp(1, 2, new byte[0]))))).isEqualTo(XdpAction.PASS);
        assertThat(vm.map("rate").keys()).isEmpty();
    }
}
