package dev.bpfj.emitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.AttachType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.text.ObjectTextParser;
import dev.bpfj.emitter.text.ObjectTextWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Objects written by the emitter, checked by Linux and libbpf through bpftool: libbpf loads them
 * (with their BTF and line info, not "BTF is optional, ignoring"), {@code bpftool btf dump} shows
 * the map types, the libbpf linker ({@code bpftool gen object}) accepts them, and {@code bpftool
 * prog run} returns the expected XDP action. And clang's fixtures taken through the object text
 * ({@code disasm} then {@code asm}) load and behave exactly like the originals on every packet.
 * Skipped, with the reason printed, where bpftool cannot load programs.
 */
class KernelConformanceTest {
    static final List<Path> PINS = new ArrayList<>();

    @BeforeEach
    void needsTheKernel() {
        String reason = Bpftool.unavailableReason();
        if (reason != null) {
            System.out.println("KernelConformanceTest skipped: " + reason);
        }
        Assumptions.assumeTrue(reason == null, reason);
    }

    @AfterAll
    static void removePins() {
        PINS.forEach(Bpftool::removePins);
    }

    private static Path pins(String name) {
        Path p = Bpftool.pinDir(name);
        PINS.add(p);
        return p;
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path p = Fixtures.scratch("kernel").resolve(name + ".o");
        Files.write(p, bytes);
        return p;
    }

    /** Loads every program (and pins maps); fails with libbpf's output, which includes the verifier log. */
    private static Path[] load(Path obj, String name) {
        Path progs = pins(name);
        Path maps = pins(name + "-maps");
        Bpftool.Result r = Bpftool.run("-d", "prog", "loadall", obj.toString(), progs.toString(), "pinmaps", maps.toString());
        assertThat(r.ok()).as("bpftool prog loadall %s failed:%n%s", obj, tail(r.err())).isTrue();
        assertThat(r.err()).as("libbpf must take the BTF").doesNotContain("BTF is optional").doesNotContain("Retrying without BTF");
        return new Path[] {progs, maps};
    }

    private static String tail(String s) {
        String[] lines = s.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }

    private static int run(Path pinned, byte[] packet) throws IOException {
        StringBuilder why = new StringBuilder();
        Bpftool.Run r = Bpftool.runProgram(pinned, packet, Fixtures.scratch("kernel"), why);
        assertThat(r).as("bpftool prog run %s: %s", pinned, why).isNotNull();
        return r.retval();
    }

    private static void conforms(ObjectSpec spec, String name, String... btfExpected) throws IOException {
        Path obj = write(name, ElfWriter.write(spec));
        Bpftool.Result dump = Bpftool.run("btf", "dump", "file", obj.toString());
        assertThat(dump.ok()).as(dump.all()).isTrue();
        for (String e : btfExpected) {
            assertThat(dump.out()).contains(e);
        }
        Path linked = Fixtures.scratch("kernel").resolve(name + ".linked.o");
        Bpftool.Result gen = Bpftool.run("gen", "object", linked.toString(), obj.toString());
        assertThat(gen.ok()).as("the libbpf linker refuses %s: %s", obj, gen.all()).isTrue();
        Path[] dirs = load(obj, name);
        for (ProgramSpec p : spec.programs()) {
            Path pinned = dirs[0].resolve(p.name());
            Bpftool.Result show = Bpftool.run("prog", "show", "pinned", pinned.toString());
            assertThat(show.out()).as("program %s carries its BTF", p.name()).contains("btf_id");
            Bpftool.Result xlated = Bpftool.run("prog", "dump", "xlated", "pinned", pinned.toString(), "linum");
            assertThat(xlated.out()).as("line info reached the kernel").contains("Sample.java");
        }
    }

    @Test
    void passAll() throws IOException {
        conforms(SampleObjects.passAll(), "pass_all", "FUNC 'xdp_pass'", "STRUCT 'xdp_md'");
        Path[] dirs = load(write("pass_all_run", ElfWriter.write(SampleObjects.passAll())), "pass_all_run");
        for (byte[] packet : Packets.all().values()) {
            assertThat(run(dirs[0].resolve("xdp_pass"), packet)).isEqualTo(2);
        }
    }

    @Test
    void perCpuArrayAndHash() throws IOException {
        ObjectSpec spec = SampleObjects.perCpuAndHash();
        conforms(spec, "maps", "VAR 'stats'", "VAR 'verdicts'", "STRUCT 'verdict'", "DATASEC '.maps'");
        Path[] dirs = load(write("maps_run", ElfWriter.write(spec)), "maps_run");
        Path prog = dirs[0].resolve("xdp_verdict");
        byte[] udp = Packets.ipv4(17, 1, 2, 10); // starts with 0xaa
        assertThat(run(prog, udp)).isEqualTo(2);
        Bpftool.Result update = Bpftool.run("map", "update", "pinned", dirs[1].resolve("verdicts").toString(),
                "key", "0xaa", "0", "0", "0", "value", "1", "0", "0", "0");
        assertThat(update.ok()).as(update.all()).isTrue();
        assertThat(run(prog, udp)).as("the HASH map now says drop").isEqualTo(1);
        assertThat(run(prog, Packets.arp())).isEqualTo(2);
        Bpftool.Result stats = Bpftool.run("-j", "map", "lookup", "pinned", dirs[1].resolve("stats").toString(),
                "key", "0", "0", "0", "0");
        assertThat(stats.ok()).as(stats.all()).isTrue();
        long counted = java.util.regex.Pattern.compile("\"value\":\\s*(\\d+)").matcher(stats.out()).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
        assertThat(counted).as("per-CPU counters of 3 runs: %s", stats.out()).isEqualTo(3);
    }

    @Test
    void twoProgramsSharingSubprograms() throws IOException {
        ObjectSpec spec = SampleObjects.twoPrograms();
        conforms(spec, "two", "FUNC 'xdp_plus'", "FUNC 'xdp_twice'", "FUNC 'plus_one'", "FUNC 'twice'");
        Path[] dirs = load(write("two_run", ElfWriter.write(spec)), "two_run");
        assertThat(run(dirs[0].resolve("xdp_plus"), Packets.arp())).isEqualTo(2);
        assertThat(run(dirs[0].resolve("xdp_twice"), Packets.arp())).isEqualTo(1);
    }

    @Test
    void devmapRedirect() throws IOException {
        ObjectSpec spec = SampleObjects.devmap();
        conforms(spec, "devmap", "VAR 'ports'", "FUNC 'xdp_egress'");
        Path[] dirs = load(write("devmap_run", ElfWriter.write(spec)), "devmap_run");
        assertThat(run(dirs[0].resolve("xdp_redirect"), Packets.arp())).as("empty slot: the fallback action").isEqualTo(2);
        assertThat(Files.exists(dirs[0].resolve("xdp_egress"))).isTrue();
        assertThat(spec.program("xdp_egress").orElseThrow().attachType()).isEqualTo(AttachType.XDP_DEVMAP);
    }

    /** Clang fixtures libbpf 1.x loads (the legacy and oddly named ones need bpfj's own loader). */
    static Stream<String> loadableFixtures() {
        return Stream.of("pass_all", "drop_udp_port", "drop_udp_port_v4", "percpu_counters", "hash_percpu", "two_programs",
                "devmap_redirect", "subprograms", "subprograms_v4", "global_data", "global_data_v4", "lpm_trie", "ringbuf",
                "adjust_head_tail", "map_in_map", "map_values", "kfunc_ct", "kfunc_config", "kfunc_dynptr");
    }

    @Test
    void initialSlotsWrittenByBpfjAreFilledByLibbpf() throws IOException {
        ReadResult r = Fixtures.read("map_values");
        assertThat(r.object().maps().stream().filter(m -> m.name().equals("jmp")).findFirst().orElseThrow().initialSlots())
                .containsExactly(Map.entry(2, "xdp_tail_tx"), Map.entry(5, "xdp_tail_drop"));
        Path copy = write("map_values_bpfj", ElfWriter.write(r.object()));
        assertThat(ElfReader.read(copy).object().maps()).extracting(MapSpec::initialSlots)
                .isEqualTo(r.object().maps().stream().map(MapSpec::initialSlots).toList());
        Path[] dirs = load(copy, "map_values_bpfj");
        Path entry = dirs[0].resolve("xdp_values_entry");
        assertThat(run(entry, Packets.all().get("udp to 53"))).as("UDP: slot 2 holds xdp_tail_tx").isEqualTo(3);
        assertThat(run(entry, Packets.all().get("tcp"))).as("TCP: slot 5 holds xdp_tail_drop").isEqualTo(1);
        assertThat(run(entry, Packets.all().get("arp"))).isEqualTo(2);
        Bpftool.Result inner = Bpftool.run("-j", "map", "lookup", "pinned", dirs[1].resolve("by_proto").toString(),
                "key", "3", "0", "0", "0");
        assertThat(inner.ok()).as("slot 3 of by_proto holds a map: %s", inner.all()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("loadableFixtures")
    void disasmThenAsmBehavesLikeTheOriginal(String fixture) throws IOException {
        ReadResult r = Fixtures.read(fixture);
        String text = ObjectTextWriter.write(r.object(), r.diagnostics());
        ObjectSpec assembled = ObjectTextParser.parse(text, fixture + ".s");
        Path again = write(fixture + "_roundtrip", ElfWriter.write(assembled));
        Path[] original = load(Fixtures.path(fixture), fixture + "-orig");
        Path[] copy = load(again, fixture + "-copy");
        int compared = 0;
        for (ProgramSpec p : r.object().programs()) {
            for (Map.Entry<String, byte[]> packet : Packets.all().entrySet()) {
                StringBuilder why1 = new StringBuilder();
                StringBuilder why2 = new StringBuilder();
                Bpftool.Run a = Bpftool.runProgram(original[0].resolve(p.name()), packet.getValue(),
                        Fixtures.scratch("kernel"), why1);
                Bpftool.Run b = Bpftool.runProgram(copy[0].resolve(p.name()), packet.getValue(), Fixtures.scratch("kernel"),
                        why2);
                String what = fixture + " " + p.name() + " on " + packet.getKey();
                if (a == null) {
                    assertThat(b).as("%s: the original cannot run (%s), nor may the copy", what, why1).isNull();
                    continue;
                }
                assertThat(b).as("%s: %s", what, why2).isNotNull();
                assertThat(b.retval()).as(what).isEqualTo(a.retval());
                assertThat(b.dataOut()).as(what).isEqualTo(a.dataOut());
                compared++;
            }
        }
        assertThat(compared).as("programs of %s that ran", fixture).isPositive();
    }
}
