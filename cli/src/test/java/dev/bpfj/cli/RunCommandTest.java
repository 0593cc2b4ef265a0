package dev.bpfj.cli;

import static dev.bpfj.cli.CliTest.SCRATCH;
import static dev.bpfj.cli.CliTest.badInput;
import static dev.bpfj.cli.CliTest.bpfj;
import static dev.bpfj.cli.CliTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.interpreter.Pcap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunCommandTest {
    /** IPv4 UDP 10.0.0.1:1234 -> 10.0.0.2:9999 with 18 bytes of payload. */
    static final String TO_9999 = "02000000000202000000000108004500002e00000000401100000a0000010a00000204d2270f001a0000"
            + "000102030405060708090a0b0c0d0e0f1011";
    static final String TO_53 = TO_9999.replace("04d2270f", "04d20035");

    /** A program that counts packets in an array map and returns the count: state across packets shows. */
    static Path counter() throws Exception {
        MapSpec m = MapSpec.builder("count", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(1).build();
        ProgramSpec p = ProgramSpec.of("counter", "xdp", AsmParser.parse("""
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = map[count] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = *(u64 *)(r0 + 0)
                r1 += 1
                *(u64 *)(r0 + 0) = r1
                r0 = r1
                exit
                out:
                r0 = 0
                exit
                """));
        Files.createDirectories(SCRATCH);
        Path file = SCRATCH.resolve("counter.o");
        ElfWriter.write(new ObjectSpec(List.of(p), List.of(m), "GPL"), file);
        return file;
    }

    @Test
    void runsOnePacket() {
        CliTest.Outcome o = bpfj("run", fixture("drop_udp_port"), "--packet", TO_9999);
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("packet 1 xdp_drop_udp: r0=0x0000000000000001 XDP_DROP")
                .contains("out: " + TO_9999);
        assertThat(bpfj("run", fixture("drop_udp_port"), "--packet", TO_53).out()).contains("XDP_PASS");
    }

    @Test
    void jsonHasTheDocumentedFields() {
        CliTest.Outcome o = bpfj("run", fixture("drop_udp_port"), "--packet", TO_9999, "--json");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("\"packet\": 1", "\"program\": \"xdp_drop_udp\"",
                "\"r0\": \"0x0000000000000001\"", "\"retval\": 1", "\"action\": \"drop\"", "\"output\": \"" + TO_9999,
                "\"metadata\": \"\"", "\"redirect\": null", "\"prints\": []", "\"events\": []", "\"instructions\": ");
    }

    @Test
    void stdinPacketsShareTheMaps() throws Exception {
        Path obj = counter();
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("# three packets\n" + TO_53 + "\n\n" + TO_53 + "\n" + TO_9999
                    + "\n").getBytes(StandardCharsets.US_ASCII)));
            CliTest.Outcome o = bpfj("run", obj.toString());
            assertThat(o.exit()).as(o.err()).isZero();
            assertThat(o.out()).contains("packet 1 counter: r0=0x0000000000000001")
                    .contains("packet 2 counter: r0=0x0000000000000002")
                    .contains("packet 3 counter: r0=0x0000000000000003");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void pcapInAndOut() throws Exception {
        Files.createDirectories(SCRATCH);
        Path in = SCRATCH.resolve("in.pcap");
        Path out = SCRATCH.resolve("out.pcap");
        HexFormat h = HexFormat.of();
        Pcap.writePackets(in, List.of(h.parseHex(TO_53), h.parseHex(TO_9999)));
        CliTest.Outcome o = bpfj("run", fixture("adjust_head_tail"), "--pcap", in.toString(), "--out-pcap",
                out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("packet 1 ").contains("packet 2 ").contains("XDP_TX");
        List<byte[]> written = Pcap.packets(out);
        assertThat(written).hasSize(2);
        assertThat(h.formatHex(written.get(0))).startsWith("deadbeef");
    }

    @Test
    void repeatReportsNanosecondsPerRun() {
        CliTest.Outcome o = bpfj("run", fixture("drop_udp_port"), "--packet", TO_9999, "--repeat", "2000");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).containsPattern("repeat 2000: [0-9.]+ ns/run \\(mean of the last 1000 runs\\)");
        assertThat(bpfj("run", fixture("drop_udp_port"), "--packet", TO_9999, "--repeat", "10", "--json").out())
                .contains("\"repeat\": 10", "\"ns_per_run\": ");
    }

    @Test
    void faultIsReportedWithItsPlaceAndExitsOne() throws Exception {
        ProgramSpec p = ProgramSpec.of("wild", "xdp", AsmParser.parse("r1 = 0x1234\nr0 = *(u64 *)(r1 + 0)\nexit"));
        Path file = SCRATCH.resolve("wild.o");
        Files.createDirectories(SCRATCH);
        ElfWriter.write(new ObjectSpec(List.of(p), List.of(), "GPL"), file);
        CliTest.Outcome o = bpfj("run", file.toString(), "--packet", TO_53);
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.out()).contains("packet 1 wild: fault").contains("insn 1").contains("not a pointer")
                .contains("registers:");
    }

    @Test
    void traceListsInstructions() {
        CliTest.Outcome o = bpfj("run", fixture("pass_all"), "--packet", TO_53, "--trace");
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("0: w0 = 2").contains("1: exit").contains("r0=0x2 r1=ctx");
    }

    @Test
    void badInputIsOneLine() {
        badInput(bpfj("run", fixture("drop_udp_port"), "--packet", "zz"), "--packet: not hex bytes");
        badInput(bpfj("run", fixture("drop_udp_port"), "--packet", "0102"), "shorter than an Ethernet header");
        badInput(bpfj("run", fixture("drop_udp_port"), "--packet", TO_53, "--pcap", "x.pcap"), "not both");
        badInput(bpfj("run", "nope.o", "--packet", TO_53), "no such file");
        badInput(bpfj("run", fixture("drop_udp_port"), "--pcap", "nope.pcap"), "nope.pcap");
        badInput(bpfj("run", fixture("drop_udp_port"), "--packet", TO_53, "--program", "nope"), "no program named");
    }

    @Test
    void mapsLeftForTheLoaderToSizeAreSizedWithMaxEntries() throws Exception {
        MapSpec m = MapSpec.builder("per_cpu", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(0).build();
        ProgramSpec p = ProgramSpec.of("sized", "xdp", AsmParser.parse("""
                *(u32 *)(r10 - 4) = 1
                r2 = r10
                r2 += -4
                r1 = map[per_cpu] ll
                call bpf_map_lookup_elem
                r0 = 2
                exit
                """));
        Files.createDirectories(SCRATCH);
        Path file = SCRATCH.resolve("sized.o");
        ElfWriter.write(new ObjectSpec(List.of(p), List.of(m), "GPL"), file);
        badInput(bpfj("run", file.toString(), "--packet", TO_53), "--max-entries MAP=N");
        CliTest.Outcome sized = bpfj("run", file.toString(), "--packet", TO_53, "--max-entries", "per_cpu=4");
        assertThat(sized.exit()).as(sized.err()).isZero();
        assertThat(sized.out()).contains("XDP_PASS");
        badInput(bpfj("run", file.toString(), "--packet", TO_53, "--max-entries", "nope=4"), "nope");
    }

    @Test
    void aTcProgramRunsOnAnSkb() throws Exception {
        // mark = skb->len; return TC_ACT_SHOT when the packet is longer than 40 bytes
        ProgramSpec tc = ProgramSpec.of("classifier", "tc", AsmParser.parse("""
                r2 = *(u32 *)(r1 + 0)
                *(u32 *)(r1 + 8) = r2
                r0 = 0
                if r2 <= 40 goto out
                r0 = 2
                out:
                exit
                """));
        Files.createDirectories(SCRATCH);
        Path file = SCRATCH.resolve("tc.o");
        ElfWriter.write(new ObjectSpec(List.of(tc), List.of(), "GPL"), file);
        CliTest.Outcome ran = bpfj("run", file.toString(), "--packet", TO_53);
        assertThat(ran.exit()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("TC_ACT_SHOT");
        CliTest.Outcome json = bpfj("run", file.toString(), "--packet", TO_53, "--json");
        assertThat(json.out()).contains("\"action\": \"shot\"").contains("\"mark\": " + TO_53.length() / 2);
        // forced to be XDP, the same code writes to the read-only xdp_md and faults
        CliTest.Outcome forced = bpfj("run", file.toString(), "--packet", TO_53, "--type", "xdp");
        assertThat(forced.exit()).as(forced.err()).isEqualTo(1);
        assertThat(forced.out()).contains("read-only");
    }

    @Test
    void aProgramOfAnotherTypeIsNotRun() throws Exception {
        ProgramSpec probe = ProgramSpec.of("probe", "kprobe/do_nanosleep", AsmParser.parse("r0 = 0\nexit"));
        Files.createDirectories(SCRATCH);
        Path file = SCRATCH.resolve("kprobe.o");
        ElfWriter.write(new ObjectSpec(List.of(probe), List.of(), "GPL"), file);
        badInput(bpfj("run", file.toString(), "--packet", TO_53), "bpfj run runs XDP and tc programs and socket filters");
    }

    @Test
    void aSocketFilterRunsFromTheNetworkHeader() throws Exception {
        // r0 = skb->len: the packet without its Ethernet header
        ProgramSpec filter = ProgramSpec.of("filter", "socket", AsmParser.parse("r0 = *(u32 *)(r1 + 0)\nexit"));
        Files.createDirectories(SCRATCH);
        Path file = SCRATCH.resolve("socket.o");
        ElfWriter.write(new ObjectSpec(List.of(filter), List.of(), "GPL"), file);
        CliTest.Outcome ran = bpfj("run", file.toString(), "--packet", TO_53, "--json");
        assertThat(ran.exit()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("\"retval\": " + (TO_53.length() / 2 - 14));
    }
}
