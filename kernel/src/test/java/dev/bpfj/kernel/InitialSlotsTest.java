package dev.bpfj.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.ElfReader;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The loader fills program arrays and map-in-map maps from the object's {@code .values} initialisers,
 * as libbpf does (fixture {@code map_values}: UDP is tail-called to a program returning XDP_TX, TCP to
 * one returning XDP_DROP, through slots no test filled).
 */
class InitialSlotsTest {

    @Test
    void valuesInitialisersAreFilledAtLoad() {
        String reason = Kernel.unavailableReason();
        if (reason != null) {
            System.out.println("InitialSlotsTest skipped: " + reason);
        }
        assumeTrue(reason == null, reason);
        ObjectSpec spec = ElfReader.read(Path.of("../fixtures/map_values.o")).object();
        try (LoadedObject o = LoadedObject.load(spec)) {
            LoadedProgram entry = o.program("xdp_values_entry");
            assertThat(entry.run(ipv4(17)).retval()).as("UDP, tail call through jmp[2]").isEqualTo(3);
            assertThat(entry.run(ipv4(6)).retval()).as("TCP, tail call through jmp[5]").isEqualTo(1);
            assertThat(entry.run(ipv4(1)).retval()).as("ICMP, slot 1 of by_proto is empty").isEqualTo(2);
            byte[] zero = new byte[4];
            assertThat(o.map("tcp_count").lookup(zero).orElseThrow()).as("the inner map in by_proto[3] counted the TCP packet")
                    .isEqualTo(ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(1).array());
        }
    }

    private static byte[] ipv4(int protocol) {
        ByteBuffer b = ByteBuffer.allocate(60);
        b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) 46).putInt(0).put((byte) 64).put((byte) protocol)
                .putShort((short) 0).putInt(0x0a000001).putInt(0x0a000002);
        return b.array();
    }
}
