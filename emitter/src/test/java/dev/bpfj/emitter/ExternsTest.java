package dev.bpfj.emitter;

import static dev.bpfj.core.Opcodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.elf.Elf;
import dev.bpfj.emitter.elf.ElfFile;
import dev.bpfj.emitter.text.ObjectTextParser;
import dev.bpfj.emitter.text.ObjectTextWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** kfuncs, ksyms and kconfig values: read as libbpf reads them, written as clang writes them. */
class ExternsTest {

    private static ProgramSpec only(ObjectSpec o) {
        assertThat(o.programs()).hasSize(1);
        return o.programs().get(0);
    }

    private static List<Instruction> referring(ProgramSpec p, String name) {
        return p.instructions().stream().filter(i -> name.equals(i.reference())).toList();
    }

    @Test
    void kfuncCallsAreNamedCallsWithTheObjectsPrototype() {
        ReadResult r = Fixtures.read("kfunc_ct");
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        ObjectSpec o = r.object();
        assertThat(o.externs()).extracting(ExternSpec::name)
                .containsExactlyInAnyOrder("bpf_xdp_ct_lookup", "bpf_ct_release");
        ExternSpec lookup = o.extern("bpf_xdp_ct_lookup").orElseThrow();
        assertThat(lookup.kind()).isEqualTo(ExternSpec.Kind.KFUNC);
        assertThat(lookup.weak()).isFalse();
        // clang keeps no parameter names for extern declarations: the kernel's own prototype names them
        assertThat(lookup.proto().params()).extracting(pm -> pm.type().toString().replaceAll(" \\{.*", ""))
                .containsExactly("struct xdp_md", "struct bpf_sock_tuple", "__u32", "struct bpf_ct_opts", "__u32");
        assertThat(lookup.proto().returnType().toString()).startsWith("struct nf_conn");
        List<Instruction> calls = referring(only(o), "bpf_xdp_ct_lookup");
        assertThat(calls).hasSize(1);
        Instruction call = calls.get(0);
        assertThat(call.isKfuncCall()).isTrue();
        assertThat(call.imm()).as("the BTF id is the loader's to fill in").isZero();
        assertThat(call.offset()).isZero();
        assertThat(call.toString()).isEqualTo("call kfunc[bpf_xdp_ct_lookup]");
    }

    @Test
    void kconfigValuesLiveInAKconfigMapLaidOutAsLibbpfDoes() {
        ObjectSpec o = Fixtures.read("kfunc_config").object();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        o.externs().stream().filter(e -> e.kind() == ExternSpec.Kind.KCONFIG).forEach(e -> offsets.put(e.name(), e.offset()));
        // what libbpf 1.1 prints for this object ("extern (kcfg) #i: symbol N, off O, name X"), see below
        assertThat(offsets).containsExactlyInAnyOrderEntriesOf(Map.of("CONFIG_BPFJ_NO_SUCH_OPTION", 0, "CONFIG_HZ", 4,
                "CONFIG_NF_CONNTRACK", 8, "LINUX_KERNEL_VERSION", 12, "CONFIG_BPF_SYSCALL", 16,
                "CONFIG_DEFAULT_HOSTNAME", 17));
        MapSpec kconfig = o.map(ExternSpec.KCONFIG_MAP).orElseThrow();
        assertThat(kconfig.type()).isEqualTo(MapType.ARRAY);
        assertThat(kconfig.valueSize()).isEqualTo(25);
        assertThat(kconfig.isReadOnlyForProgram()).isTrue();
        assertThat(kconfig.initialData()).as("values come from the kernel the object is loaded into").isNull();
        ProgramSpec p = only(o);
        Instruction version = p.instructions().stream().filter(i -> i.isMapLoad() && i.nextImm() == 12).findFirst()
                .orElseThrow();
        assertThat(version.src()).isEqualTo(PSEUDO_MAP_VALUE);
        assertThat(version.reference()).isEqualTo(ExternSpec.KCONFIG_MAP);
        assertThat(o.extern("CONFIG_NF_CONNTRACK").orElseThrow().weak()).isTrue();
        assertThat(o.extern("LINUX_KERNEL_VERSION").orElseThrow().weak()).isFalse();
    }

    @Test
    void kconfigLayoutEqualsLibbpfs() throws Exception {
        String reason = Bpftool.unavailableReason();
        Assumptions.assumeTrue(reason == null, reason);
        Path pins = Bpftool.pinDir("kfunc_config_layout");
        try {
            Bpftool.Result r = Bpftool.run("-d", "prog", "loadall", Fixtures.path("kfunc_config").toString(), pins.toString());
            Matcher m = Pattern.compile("extern \\(kcfg\\) #\\d+: symbol \\d+, off (\\d+), name (\\w+)").matcher(r.err());
            Map<String, Integer> libbpf = new LinkedHashMap<>();
            while (m.find()) {
                libbpf.put(m.group(2), Integer.parseInt(m.group(1)));
            }
            assertThat(libbpf).as(r.err()).hasSize(6);
            for (ExternSpec e : Fixtures.read("kfunc_config").object().externs()) {
                if (e.kind() == ExternSpec.Kind.KCONFIG) {
                    assertThat(e.offset()).as(e.name()).isEqualTo(libbpf.get(e.name()));
                }
            }
        } finally {
            Bpftool.removePins(pins);
        }
    }

    @Test
    void ksymsAndKfuncAddressesAreNamedLoads() {
        ObjectSpec o = Fixtures.read("kfunc_config").object();
        ProgramSpec p = only(o);
        ExternSpec typeless = o.extern("bpf_map_put").orElseThrow();
        assertThat(typeless.kind()).isEqualTo(ExternSpec.Kind.KSYM);
        assertThat(typeless.isTypeless()).isTrue();
        Instruction load = referring(p, "bpf_map_put").get(0);
        assertThat(load.isKsymLoad()).isTrue();
        assertThat(load.src()).as("a typeless ksym is a plain lddw of its address").isZero();
        assertThat(load.toString()).isEqualTo("r1 = ksym[bpf_map_put] ll");
        assertThat(o.extern("bpfj_no_such_symbol").orElseThrow().weak()).isTrue();
        ExternSpec weakKfunc = o.extern("bpfj_no_such_kfunc").orElseThrow();
        assertThat(weakKfunc.kind()).isEqualTo(ExternSpec.Kind.KFUNC);
        assertThat(weakKfunc.weak()).isTrue();
        List<Instruction> uses = referring(p, "bpfj_no_such_kfunc");
        assertThat(uses).extracting(Instruction::toString).anyMatch(s -> s.matches("r\\d = btf_id\\[bpfj_no_such_kfunc\\] ll"))
                .contains("call kfunc[bpfj_no_such_kfunc]");
    }

    @Test
    void writtenAsClangWritesThem() {
        for (String fixture : List.of("kfunc_ct", "kfunc_config", "kfunc_metadata", "kfunc_dynptr")) {
            ObjectSpec o = Fixtures.read(fixture).object();
            byte[] bytes = ElfWriter.write(o);
            ReadResult again = ElfReader.read(bytes);
            assertThat(again.hasErrors()).as(fixture + ": " + again.diagnostics()).isFalse();
            assertThat(again.object().externs()).as(fixture).isEqualTo(o.externs());
            assertThat(again.object().maps()).as(fixture).isEqualTo(o.maps());
            for (ProgramSpec p : o.programs()) {
                assertThat(again.object().program(p.name()).orElseThrow().instructions()).as(fixture)
                        .isEqualTo(p.instructions());
            }
            ElfFile elf = ElfFile.parse(bytes);
            for (ExternSpec e : o.externs()) {
                ElfFile.Symbol sym = elf.symbols().stream().filter(s -> s.name().equals(e.name())).findFirst().orElseThrow();
                assertThat(sym.shndx()).isEqualTo(Elf.SHN_UNDEF);
                assertThat(sym.type()).isEqualTo(Elf.STT_NOTYPE);
                assertThat(sym.bind()).isEqualTo(e.weak() ? Elf.STB_WEAK : Elf.STB_GLOBAL);
            }
            assertThat(elf.section(".kconfig")).as("kconfig values are externs, not a section").isEmpty();
        }
    }

    @Test
    void kfuncCallsAreWrittenAsClangsPseudoCallsWithARelocation() throws Exception {
        Path obj = Fixtures.scratch("externs").resolve("kfunc_ct.o");
        Files.write(obj, ElfWriter.write(Fixtures.read("kfunc_ct").object()));
        Process p;
        try {
            p = new ProcessBuilder("llvm-objdump-19", "-dr", "--no-show-raw-insn", obj.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("llvm-objdump-19 is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        assertThat(out).containsPattern("call -0x1\\s+\\S+:\\s+R_BPF_64_32\\s+bpf_xdp_ct_lookup")
                .containsPattern("call -0x1\\s+\\S+:\\s+R_BPF_64_32\\s+bpf_ct_release");
    }

    @Test
    void objectTextCarriesExterns() {
        for (String fixture : List.of("kfunc_ct", "kfunc_config", "kfunc_metadata", "kfunc_dynptr")) {
            ObjectSpec o = Fixtures.read(fixture).object();
            String text = ObjectTextWriter.write(o);
            assertThat(text).contains(".extern ");
            ObjectSpec back = ObjectTextParser.parse(text, fixture + ".s");
            assertThat(back.externs()).as(fixture).isEqualTo(o.externs());
            assertThat(back.maps()).as(fixture).isEqualTo(o.maps());
            assertThat(ObjectTextWriter.write(back)).isEqualTo(text);
        }
    }

    private static final String HEAD = ".license \"GPL\"\n.struct xdp_md { __u32 data; __u32 data_end; }\n";

    @Test
    void objectTextChecksExternUse() {
        String kfunc = HEAD + ".extern kfunc bpf_ct_release proto=\"void (struct nf_conn *nfct)\"\n"
                + ".extern kconfig CONFIG_HZ type=int offset=0 weak\n"
                + ".program p section=xdp\n r1 = 0\n call kfunc[bpf_ct_release]\n r1 = map_value[.kconfig] ll\n"
                + " r0 = *(u32 *)(r1 + 0)\n exit\n";
        ObjectSpec o = ObjectTextParser.parse(kfunc, "k.s");
        assertThat(o.extern("CONFIG_HZ").orElseThrow().weak()).isTrue();
        assertThat(o.map(".kconfig")).isPresent();
        assertThatThrownBy(() -> ObjectTextParser.parse(HEAD + ".program p section=xdp\n call kfunc[bpf_ct_release]\n exit\n",
                "u.s")).isInstanceOf(BpfException.class).hasMessageContaining("u.s:4")
                .hasMessageContaining("'bpf_ct_release' is not declared (add an .extern directive)");
        assertThatThrownBy(() -> ObjectTextParser.parse(HEAD + ".extern ksym jiffies type=\"const void\"\n"
                + ".program p section=xdp\n call kfunc[jiffies]\n exit\n", "w.s")).isInstanceOf(BpfException.class)
                .hasMessageContaining("does not fit extern ksym const void jiffies");
        assertThatThrownBy(() -> ObjectTextParser.parse(HEAD + ".extern kconfig CONFIG_HZ type=int offset=4\n"
                + ".program p section=xdp\n r0 = 0\n exit\n", "o.s")).isInstanceOf(BpfException.class)
                .hasMessageContaining("o.s:3").hasMessageContaining("at offset 0 of .kconfig by libbpf's layout, not 4");
        assertThatThrownBy(() -> ObjectTextParser.parse(HEAD + ".extern kconfig CONFIG_X type=\"struct xdp_md\"\n"
                + ".program p section=xdp\n r0 = 0\n exit\n", "t.s")).isInstanceOf(BpfException.class)
                .hasMessageContaining("is unsupported");
    }

    @Test
    void writerRefusesWhatLibbpfWouldMisread() {
        String text = HEAD + ".extern kconfig CONFIG_DEFAULT_HOSTNAME type=\"char[8]\"\n"
                + ".program p section=xdp\n r1 = map_value[.kconfig]+3 ll\n r0 = *(u8 *)(r1 + 0)\n exit\n";
        ObjectSpec o = ObjectTextParser.parse(text, "x.s");
        assertThatThrownBy(() -> ElfWriter.write(o)).isInstanceOf(BpfException.class)
                .hasMessageContaining("loads .kconfig at offset 3, where no kconfig extern starts");
        ObjectSpec byId = o.withPrograms(List.of(ProgramSpec.of("q", "xdp", List.of(
                new Instruction(CALL_OP, 0, PSEUDO_KFUNC_CALL, 0, 1234), new Instruction(EXIT_OP, 0, 0, 0, 0)))));
        assertThatThrownBy(() -> ElfWriter.write(byId)).isInstanceOf(BpfException.class)
                .hasMessageContaining("a kfunc call by BTF id cannot be written");
    }

    @Test
    void anExternWithoutBtfIsReportedAndOnlyItsProgramsAreDropped() {
        // a hand-made object: the kfunc_ct fixture with its .BTF removed
        byte[] bytes = Fixtures.bytes("kfunc_ct");
        ElfFile elf = ElfFile.parse(bytes);
        ElfFile.Section btf = elf.section(".BTF").orElseThrow();
        byte[] copy = bytes.clone();
        // break the BTF magic: the reader then ignores .BTF
        copy[(int) btf.offset()] = 0;
        ReadResult r = ElfReader.read(copy);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString)
                .anyMatch(d -> d.contains("extern 'bpf_xdp_ct_lookup'") && d.contains("has no BTF"));
        assertThat(r.object().programs()).isEmpty();
    }
}
