package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.Environment;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@BpfTest(program = TailTimestamp.class)
class TailTimestampTest {
    @Test
    void appendsTheReceiveTimeLittleEndian(BpfProgram xdp, Environment env) {
        env.time(0x0102030405060708L);
        byte[] in = PacketBuilder.ethernet().ipv4().udp().payload("data").build();
        var r = xdp.run(in);
        assertThat(r).passes();
        byte[] out = r.packet();
        assertThat(out).hasSize(in.length + 8);
        assertThat(Arrays.copyOf(out, in.length)).isEqualTo(in);
        assertThat(ByteBuffer.wrap(out, in.length, 8).order(ByteOrder.LITTLE_ENDIAN).getLong()).isEqualTo(0x0102030405060708L);
    }
}
