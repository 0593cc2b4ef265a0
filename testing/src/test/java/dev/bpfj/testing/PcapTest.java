package dev.bpfj.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.interpreter.Pcap;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PcapTest {
    @Test
    void writesAndReadsBack() {
        byte[] a = PacketBuilder.ethernet().ipv4().udp().dstPort(53).build();
        byte[] b = PacketBuilder.ethernet().ipv6().tcp().syn().build();
        Path file = Path.of("target", "pcap-test", "two.pcap");
        Pcap.write(file, List.of(new Pcap.Record(Instant.ofEpochSecond(1_700_000_000L, 123_456_000), a, a.length),
                new Pcap.Record(b)));
        List<Pcap.Record> read = Pcap.read(file);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).data()).isEqualTo(a);
        assertThat(read.get(0).time()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L, 123_456_000));
        assertThat(read.get(1).data()).isEqualTo(b);
        assertThat(Pcap.packets(file)).hasSize(2);
    }

    @Test
    void readsBigEndianNanosecondPcap() throws Exception {
        ByteBuffer bb = ByteBuffer.allocate(24 + 16 + 4).order(ByteOrder.BIG_ENDIAN);
        bb.putInt(0xa1b23c4d).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        bb.putInt(10).putInt(999).putInt(4).putInt(60).put(new byte[] {1, 2, 3, 4});
        List<Pcap.Record> r = Pcap.read(new ByteArrayInputStream(bb.array()));
        assertThat(r).singleElement().satisfies(rec -> {
            assertThat(rec.data()).containsExactly(1, 2, 3, 4);
            assertThat(rec.originalLength()).isEqualTo(60);
            assertThat(rec.time()).isEqualTo(Instant.ofEpochSecond(10, 999));
        });
    }

    @Test
    void readsPcapng() throws Exception {
        byte[] pkt = PacketBuilder.ethernet().ipv4().udp().build();
        int padded = (pkt.length + 3) & ~3;
        ByteBuffer bb = ByteBuffer.allocate(28 + 20 + 32 + padded + 16).order(ByteOrder.LITTLE_ENDIAN);
        // section header block
        bb.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1)
                .putInt(28);
        // interface description block: Ethernet, if_tsresol = 9 (nanoseconds)
        bb.putInt(1).putInt(20 + 8).putShort((short) 1).putShort((short) 0).putInt(0)
                .putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]).putInt(20 + 8);
        // enhanced packet block
        long ts = 5_000_000_007L;
        int len = 32 + padded;
        bb.putInt(6).putInt(len).putInt(0).putInt((int) (ts >>> 32)).putInt((int) ts).putInt(pkt.length)
                .putInt(pkt.length).put(pkt).put(new byte[padded - pkt.length]).putInt(len);
        byte[] file = java.util.Arrays.copyOf(bb.array(), bb.position());
        List<Pcap.Record> r = Pcap.read(new ByteArrayInputStream(file));
        assertThat(r).singleElement().satisfies(rec -> {
            assertThat(rec.data()).isEqualTo(pkt);
            assertThat(rec.time()).isEqualTo(Instant.ofEpochSecond(5, 7));
        });
    }

    @Test
    void refusesOtherLinkTypesAndGarbage() {
        ByteBuffer bb = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        bb.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(101);
        assertThatThrownBy(() -> Pcap.read(new ByteArrayInputStream(bb.array()))).hasMessageContaining("link type 101");
        assertThatThrownBy(() -> Pcap.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5})))
                .hasMessageContaining("not a pcap");
    }
}
