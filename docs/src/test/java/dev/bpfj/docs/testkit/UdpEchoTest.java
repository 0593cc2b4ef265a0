package dev.bpfj.docs.testkit;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static dev.bpfj.testing.BpfAssertions.assertThatPacket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.docs.dsl.UdpEcho;
import dev.bpfj.interpreter.Coverage;
import dev.bpfj.interpreter.XdpInput;
import dev.bpfj.testing.BpfExtension;
import dev.bpfj.testing.PacketBuilder;
import dev.bpfj.interpreter.Pcap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UdpEchoTest {
    // tag::register[]
    @RegisterExtension
    final BpfExtension bpf = BpfExtension.of(UdpEcho.class);
    // end::register[]

    @Test
    void repliesInPlace() {
        // tag::builders[]
        byte[] request = PacketBuilder.ethernet().src("02:00:00:00:00:0a").dst("02:00:00:00:00:0b").vlan(100)
                .ipv4().src("192.0.2.1").dst("192.0.2.2").ttl(64)
                .udp().srcPort(40000).dstPort(7)
                .payload("ping")
                .build();

        assertThat(bpf.run(request)).transmits()
                .outputPacket()
                .hasDestinationMac("02:00:00:00:00:0a")
                .hasVlans(100)
                .hasValidChecksums()
                .satisfiesParsed(p -> {
                    assertThat(p.ipv4().orElseThrow().dst()).isEqualTo("192.0.2.1");
                    assertThat(p.transport().orElseThrow().dstPort()).isEqualTo(40000);
                });
        // end::builders[]
    }

    @Test
    void brokenPacketsOnPurpose() {
        // tag::broken[]
        byte[] badChecksum = PacketBuilder.ethernet().ipv4().checksum(0xdead).udp().dstPort(7).build();
        byte[] lying = PacketBuilder.ethernet().ipv4().totalLength(1500).udp().dstPort(7).build();
        byte[] cut = java.util.Arrays.copyOf(PacketBuilder.ethernet().ipv4().udp().dstPort(7).build(), 30);

        assertThat(bpf.run(badChecksum)).transmits();    // the program does not check the IP checksum
        assertThat(bpf.run(lying)).transmits();          // nor the total length
        assertThat(bpf.run(cut)).passes();               // but it never reads past the end
        // end::broken[]
    }

    @Test
    void replaysACaptureAndWritesOneForWireshark() {
        // tag::pcap[]
        List<byte[]> capture = List.of(
                PacketBuilder.ethernet().ipv4().udp().dstPort(7).payload("one").build(),
                PacketBuilder.ethernet().ipv6().udp().dstPort(7).build(),
                PacketBuilder.ethernet().ipv4().tcp().dstPort(7).syn().build());
        Pcap.writePackets(Path.of("target/echo-in.pcap"), capture);

        List<byte[]> out = new ArrayList<>();
        for (byte[] packet : Pcap.packets(Path.of("target/echo-in.pcap"))) {
            out.add(bpf.run(packet).packet());
        }
        Pcap.writePackets(Path.of("target/echo-out.pcap"), out);     // open it in Wireshark
        // end::pcap[]
        assertThat(Pcap.read(Path.of("target/echo-out.pcap"))).hasSize(3);
        assertThatPacket(out.get(1)).isEqualTo(capture.get(1));
    }

    @Test
    void coverageShowsWhichLinesRan() {
        // tag::coverage[]
        Coverage udp = bpf.program().run(XdpInput.of(PacketBuilder.ethernet().ipv4().udp().dstPort(7).build())
                .withCoverage()).coverage();
        Coverage other = bpf.program().run(XdpInput.of(PacketBuilder.ethernet().ipv6().build())
                .withCoverage()).coverage();
        Coverage both = udp.merge(other);

        assertThat(both).coversAtLeast(0.6);
        System.out.println(both);                         // the listing, each instruction with its hit count
        // end::coverage[]
        assertThat(both.ratio()).isGreaterThan(udp.ratio());
        assertThat(both.uncoveredSlots()).isNotEmpty();     // the VLAN tags and the short-packet exits
        assertThat(both.lines()).isNotEmpty();
    }

    @Test
    void tracesShowEveryInstructionWithRegisters() {
        // tag::trace[]
        var result = bpf.program().run(XdpInput.of(PacketBuilder.ethernet().ipv6().build()).traced());
        result.trace().forEach(System.out::println);      // slot, instruction, registers, Java line
        // end::trace[]
        assertThat(result.trace()).isNotEmpty();
        assertThat(result.trace().get(0).source().fileName()).isEqualTo("UdpEcho.java");
    }
}
