package dev.bpfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliTest {
    static final Path FIXTURES = Path.of(System.getProperty("user.dir")).resolve("../fixtures").normalize();
    static final Path SCRATCH = Path.of(System.getProperty("user.dir"), "target", "scratch", "cli");

    record Outcome(int exit, String out, String err) {}

    static Outcome bpfj(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String fixture(String name) {
        return FIXTURES.resolve(name + ".o").toString();
    }

    /** Bad input: exit 2 and exactly one line on stderr, with no stack trace. */
    static void badInput(Outcome o, String expected) {
        assertThat(o.exit()).as(o.err()).isEqualTo(2);
        assertThat(o.err().strip()).doesNotContain("\n").startsWith("bpfj: ").contains(expected)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(o.out()).isEmpty();
    }

    @Test
    void disasmPrintsTheObjectTextWithSourceLines() {
        Outcome o = bpfj("disasm", fixture("drop_udp_port"));
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).contains(".license \"GPL\"")
                .contains(".program xdp_drop_udp section=xdp type=xdp attach=xdp")
                .contains(";> ./drop_udp_port.c:")
                .contains("if (udp->dest == bpf_htons(BLOCKED_PORT))")
                .containsPattern("\\d+: if w1 == 3879 goto");
    }

    @Test
    void asmOfTheDisassemblyGivesAnEquivalentObject() throws IOException {
        Files.createDirectories(SCRATCH);
        for (String f : new String[] {"hash_percpu", "subprograms", "global_data", "legacy_maps"}) {
            Path text = SCRATCH.resolve(f + ".s");
            Path obj = SCRATCH.resolve(f + ".o");
            Outcome d = bpfj("disasm", fixture(f), "-o", text.toString());
            assertThat(d.exit()).as(d.err()).isZero();
            Outcome a = bpfj("asm", text.toString(), "-o", obj.toString());
            assertThat(a.exit()).as(a.err()).isZero();
            assertThat(a.err()).isEmpty();
            ObjectSpec original = ElfReader.read(Path.of(fixture(f))).object();
            ObjectSpec copy = ElfReader.read(obj).object();
            assertThat(copy.programs()).hasSameSizeAs(original.programs());
            for (int i = 0; i < original.programs().size(); i++) {
                assertThat(copy.programs().get(i).instructions()).isEqualTo(original.programs().get(i).instructions());
            }
            assertThat(copy.maps()).extracting(m -> m.name() + " " + m.type() + " " + m.keySize() + " " + m.valueSize())
                    .containsExactlyElementsOf(original.maps().stream()
                            .map(m -> m.name() + " " + m.type() + " " + m.keySize() + " " + m.valueSize()).toList());
        }
    }

    @Test
    void inspectShowsProgramsMapsAndWhatWasGuessed() {
        Outcome o = bpfj("inspect", fixture("noncanonical"));
        assertThat(o.exit()).isZero();
        assertThat(o.out()).contains("3 programs")
                .contains("prog_xdp1  section xdp1  type xdp (guessed from section name)  attach xdp  2 insns")
                .contains("redirect_ports  devmap  key 4  value 4  max_entries 1")
                .contains("warning: program 'prog_xdp1'");
        Outcome forced = bpfj("inspect", "--type", "xdp", fixture("legacy_elf_map"));
        assertThat(forced.out()).contains("xdp_numbered  section 1  type xdp (forced by --type)")
                .contains("elf_counter  array  key 4  value 8  max_entries 1  (legacy maps section)");
    }

    @Test
    void inspectJsonHasStableFieldNames() {
        Outcome o = bpfj("inspect", "--json", fixture("hash_percpu"));
        assertThat(o.exit()).isZero();
        assertThat(o.out()).contains("\"license\": \"GPL\"", "\"gpl_compatible\": true", "\"name\": \"xdp_flows\"",
                "\"section\": \"xdp\"", "\"type\": \"xdp\"", "\"type_source\": \"section\"", "\"type_guessed\": false",
                "\"attach_type\": \"xdp\"", "\"instructions\": 58", "\"name\": \"flows\"", "\"type\": \"hash\"",
                "\"key_size\": 4", "\"value_size\": 24", "\"key_type\": \"__u32\"", "\"value_type\": \"struct flow_stats\"",
                "\"max_entries\": 1024", "\"flags\": 0", "\"pinning\": \"none\"", "\"definition\": \"btf\"",
                "\"diagnostics\": []");
        assertThat(o.out().strip()).startsWith("{").endsWith("}");
        Outcome guessed = bpfj("inspect", "--json", fixture("legacy_maps"));
        assertThat(guessed.out()).contains("\"type_guessed\": true", "\"definition\": \"legacy\"", "\"severity\": \"note\"");
    }

    @Test
    void programFilter() {
        Outcome o = bpfj("inspect", "--program", "xdp_sub_other", fixture("subprograms"));
        assertThat(o.out()).contains("1 program").contains("xdp_sub_other").doesNotContain("xdp_sub_main");
        badInput(bpfj("inspect", "--program", "nope", fixture("subprograms")),
                "no program named 'nope' (programs: xdp_sub_main, xdp_sub_other)");
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() throws IOException {
        badInput(bpfj("inspect", "no/such/file.o"), "no/such/file.o: no such file");
        badInput(bpfj("disasm", FIXTURES.resolve("build.sh").toString()), "not an ELF file");
        badInput(bpfj("inspect", "--type", "nonsense", fixture("pass_all")), "unknown program type 'nonsense'");
        badInput(bpfj("inspect"), "Missing required parameter");
        badInput(bpfj("inspect", "--frobnicate", fixture("pass_all")), "Unknown option");
        badInput(bpfj("frobnicate"), "Unmatched argument");
        Files.createDirectories(SCRATCH);
        Path bad = SCRATCH.resolve("bad.s");
        Files.writeString(bad, ".program p section=xdp\n r0 = 2\n r9 = *(u99 *)(r1 + 0)\n exit\n");
        badInput(bpfj("asm", bad.toString(), "-o", SCRATCH.resolve("bad.o").toString()), "bad.s:3:");
        badInput(bpfj("asm", bad.toString()), "Missing required option");
        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(Path.of(fixture("pass_all"))), 100);
        Path cut = SCRATCH.resolve("cut.o");
        Files.write(cut, truncated);
        badInput(bpfj("inspect", cut.toString()), "cut.o: ELF header:");
    }

    @Test
    void helpAndVersionSucceed() {
        Outcome help = bpfj("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("disasm").contains("inspect").contains("asm");
        assertThat(bpfj("--version").out()).startsWith("bpfj ");
    }

    @Test
    void theTypeOptionIsSharedByCommands() {
        ObjectInput in = new ObjectInput();
        in.object = Path.of(fixture("legacy_elf_map"));
        in.type = "tc";
        ObjectInput.Opened o = in.open();
        assertThat(o.object().programs().get(0).type()).isEqualTo(ProgramType.SCHED_CLS);
        ObjectSpec direct = ElfReader.read(in.object, ReadOptions.withType(ProgramType.SCHED_CLS)).object();
        assertThat(o.object()).isEqualTo(direct);
    }
}
