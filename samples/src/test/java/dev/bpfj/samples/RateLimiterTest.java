package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.Environment;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

@BpfTest(program = RateLimiter.class)
class RateLimiterTest {
    static final long START = 5_000_000_000L;
    final byte[] fromA = PacketBuilder.ethernet().ipv4().src("10.0.0.1").udp().build();
    final byte[] fromB = PacketBuilder.ethernet().ipv4().src("10.0.0.2").udp().build();

    /** The state of a source, {window_start, packets}: keyed by the address as it is in the packet. */
    static byte[] state(long windowStart, long packets) {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(windowStart).putLong(packets).array();
    }

    static byte[] source(String address) {
        return PacketBuilder.ip(address, 4);
    }

    @Test
    void dropsASourcePastTheLimitWithinOneWindow(BpfProgram xdp, Environment env, BpfMap rate) {
        env.time(START);
        for (int i = 0; i < RateLimiter.LIMIT; i++) {
            assertThat(xdp.run(fromA)).as("packet %d", i + 1).passes();
        }
        assertThat(xdp.run(fromA)).drops();
        assertThat(xdp.run(fromB)).as("another source has its own budget").passes();
        assertThat(rate).containsEntry(source("10.0.0.1"), state(START, RateLimiter.LIMIT + 1))
                .containsEntry(source("10.0.0.2"), state(START, 1));
    }

    @Test
    void startsANewWindowAfterASecond(BpfProgram xdp, Environment env, BpfMap rate) {
        env.time(START);
        for (int i = 0; i <= RateLimiter.LIMIT; i++) {
            xdp.run(fromA);
        }
        assertThat(xdp.run(fromA)).drops();
        env.time(START + RateLimiter.WINDOW_NS + 1);
        assertThat(xdp.run(fromA)).passes();
        assertThat(rate).containsEntry(source("10.0.0.1"), state(START + RateLimiter.WINDOW_NS + 1, 1));
    }

    @Test
    void passesNonIpv4(BpfProgram xdp, BpfMap rate) {
        assertThat(xdp.run(PacketBuilder.ethernet().ipv6().udp().build())).passes();
        assertThat(rate).isEmpty();
    }
}
