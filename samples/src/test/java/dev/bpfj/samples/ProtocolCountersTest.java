package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.Environment;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.MapName;
import dev.bpfj.testing.PacketBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

@BpfTest(program = ProtocolCounters.class)
class ProtocolCountersTest {
    /** The bytes counter of a protocol (the second u64), summed over CPUs. */
    static long bytes(BpfMap stats, int protocol) {
        return stats.lookupPerCpu(protocol).orElseThrow().stream()
                .mapToLong(v -> ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong(8)).sum();
    }

    @Test
    void countsPacketsAndBytesPerIpProtocolOnEveryCpu(BpfProgram xdp, Environment env,
                                                      @MapName("proto_stats") BpfMap stats) {
        byte[] udp = PacketBuilder.ethernet().ipv4().udp().payloadOfLength(6).build();
        byte[] tcp6 = PacketBuilder.ethernet().ipv6().tcp().syn().build();
        assertThat(xdp.run(udp)).passes();
        env.cpu(1);
        assertThat(xdp.run(udp)).passes();
        assertThat(xdp.run(tcp6)).passes();
        assertThat(stats).hasSum(17, 2).hasSum(6, 1);
        assertThat(bytes(stats, 17)).isEqualTo(2L * udp.length);
        assertThat(bytes(stats, 6)).isEqualTo(tcp6.length);
    }

    @Test
    void passesOtherEtherTypesAndShortPacketsWithoutCounting(BpfProgram xdp, @MapName("proto_stats") BpfMap stats) {
        assertThat(xdp.run(PacketBuilder.ethernet().type(PacketBuilder.ETH_P_ARP).payloadOfLength(28).build())).passes();
        assertThat(xdp.run(PacketBuilder.ethernet().type(PacketBuilder.ETH_P_IPV4).payloadOfLength(10).build())).passes();
        for (int p = 0; p < 256; p++) {
            assertThat(stats).hasSum(p, 0);
        }
    }
}
