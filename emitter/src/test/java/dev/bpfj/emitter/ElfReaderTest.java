package dev.bpfj.emitter;

import static dev.bpfj.core.Opcodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.AttachType;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.spec.TypeSource;
import dev.bpfj.emitter.elf.ElfFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ElfReaderTest {

    private static ProgramSpec program(ReadResult r, String name) {
        return r.object().program(name).orElseThrow(() -> new AssertionError("no program " + name + " in " + r.object()));
    }

    private static MapSpec map(ReadResult r, String name) {
        return r.object().map(name).orElseThrow(() -> new AssertionError("no map " + name + " in " + r.object()));
    }

    @Test
    void passAll() {
        ReadResult r = Fixtures.read("pass_all");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.object().license()).isEqualTo("GPL");
        ProgramSpec p = program(r, "xdp_pass");
        assertThat(p.section()).isEqualTo("xdp");
        assertThat(p.type()).isEqualTo(ProgramType.XDP);
        assertThat(p.attachType()).isEqualTo(AttachType.XDP);
        assertThat(p.typeSource()).isEqualTo(TypeSource.SECTION);
        assertThat(p.instructions()).extracting(Instruction::toString).containsExactly("w0 = 2", "exit");
        assertThat(p.instructions().get(0).source().fileName()).isEqualTo("pass_all.c");
        assertThat(p.instructions().get(0).source().text()).contains("return XDP_PASS;");
        BtfType ctx = p.functions().get(0).proto().params().get(0).type();
        assertThat(ctx).isEqualTo(new BtfType.Ptr(dev.bpfj.emitter.btf.FuncTypes.XDP_MD));
    }

    @Test
    void btfMapsWithTheirKeyAndValueTypes() {
        ReadResult r = Fixtures.read("hash_percpu");
        assertThat(r.diagnostics()).isEmpty();
        MapSpec flows = map(r, "flows");
        assertThat(flows.type()).isEqualTo(MapType.HASH);
        assertThat(flows.keyType()).isEqualTo(BtfType.Typedef.U32);
        assertThat(flows.valueType()).isInstanceOf(BtfType.Struct.class);
        assertThat(((BtfType.Struct) flows.valueType()).name()).isEqualTo("flow_stats");
        assertThat(flows.valueSize()).isEqualTo(24);
        assertThat(flows.maxEntries()).isEqualTo(1024);
        assertThat(flows.definition()).isEqualTo(MapDefinitionKind.BTF);
        MapSpec packets = map(r, "packets");
        assertThat(packets.type()).isEqualTo(MapType.PERCPU_ARRAY);
        assertThat(packets.valueType()).isEqualTo(BtfType.Typedef.U64);
        assertThat(program(r, "xdp_flows").mapReferences()).containsExactly("packets", "flows");
        Instruction load = program(r, "xdp_flows").instructions().stream().filter(Instruction::isMapLoad).findFirst()
                .orElseThrow();
        assertThat(load.src()).isEqualTo(PSEUDO_MAP_FD);
        assertThat(load.imm()).isZero();

        MapSpec lpm = map(Fixtures.read("lpm_trie"), "deny_src");
        assertThat(lpm.flags()).isEqualTo(MapSpec.F_NO_PREALLOC);
        assertThat(lpm.keySize()).isEqualTo(8);
        MapSpec ring = map(Fixtures.read("ringbuf"), "events");
        assertThat(ring.type()).isEqualTo(MapType.RINGBUF);
        assertThat(ring.maxEntries()).isEqualTo(4096);
        MapSpec dev = map(Fixtures.read("devmap_redirect"), "tx_ports");
        assertThat(dev.type()).isEqualTo(MapType.DEVMAP);
        assertThat(dev.keyType()).isNull();
        assertThat(dev.valueSize()).isEqualTo(8);
        assertThat(program(Fixtures.read("devmap_redirect"), "xdp_devmap_egress").attachType())
                .isEqualTo(AttachType.XDP_DEVMAP);
    }

    @Test
    void globalDataSectionsBecomeOneEntryArraysWithFixedUpDatasecs() {
        ReadResult r = Fixtures.read("global_data");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.object().maps()).extracting(MapSpec::name).containsExactly(".rodata", ".bss", ".data", ".rodata.str1.1");
        MapSpec rodata = map(r, ".rodata");
        assertThat(rodata.definition()).isEqualTo(MapDefinitionKind.DATA_SECTION);
        assertThat(rodata.flags()).isEqualTo(MapSpec.F_RDONLY_PROG | MapSpec.F_MMAPABLE);
        assertThat(Arrays.copyOf(rodata.initialData(), 4)).containsExactly(0xdc, 0x05, 0, 0);
        BtfType.Datasec bss = (BtfType.Datasec) map(r, ".bss").valueType();
        assertThat(bss.size()).as("clang writes 0, the section size is 16").isEqualTo(16);
        assertThat(bss.vars()).extracting(v -> v.type().name() + "@" + v.offset()).containsExactly("passed@0", "dropped@8");
        MapSpec strings = map(r, ".rodata.str1.1");
        assertThat(strings.valueType()).isNull();
        assertThat(new String(strings.initialData())).isEqualTo("pass\n\0");
        assertThat(strings.flags()).isEqualTo(MapSpec.F_RDONLY_PROG);
        Instruction fmt = program(r, "xdp_global_data").instructions().stream()
                .filter(i -> i.isMapLoad() && ".rodata".equals(i.reference()) && i.nextImm() == 4).findFirst().orElseThrow();
        assertThat(fmt.src()).isEqualTo(PSEUDO_MAP_VALUE);
        Instruction dropped = program(r, "xdp_global_data").instructions().stream()
                .filter(i -> i.isMapLoad() && ".bss".equals(i.reference()) && i.nextImm() == 8).findFirst().orElseThrow();
        assertThat(dropped.imm32()).isZero();
    }

    @Test
    void textSubprogramsAreLinkedIntoEachCallerAsLibbpfLinksThem() {
        ReadResult r = Fixtures.read("subprograms");
        assertThat(r.diagnostics()).isEmpty();
        ProgramSpec main = program(r, "xdp_sub_main");
        assertThat(main.functions()).extracting(FunctionInfo::name).containsExactly("xdp_sub_main", "frame_len", "add_byte");
        ProgramSpec other = program(r, "xdp_sub_other");
        assertThat(other.functions()).extracting(FunctionInfo::name).containsExactly("xdp_sub_other", "frame_len", "classify");
        FunctionInfo classify = other.functions().get(2);
        assertThat(classify.linkage()).isEqualTo(BtfType.Linkage.GLOBAL);
        assertThat(classify.proto()).hasToString("int (__u32 len)");
        assertThat(main.functions().get(1).linkage()).isEqualTo(BtfType.Linkage.STATIC);
        Instruction[] bySlot = main.bySlot();
        for (int slot = 0; slot < bySlot.length; slot++) {
            Instruction i = bySlot[slot];
            if (i != null && i.isLocalCall()) {
                int target = slot + 1 + i.imm32();
                assertThat(main.functionAt(target).slot()).as("calls land on a function start").isEqualTo(target);
                assertThat(main.functionAt(target).name()).isEqualTo(i.reference());
            }
            if (i != null && i.opcode() == LDDW && i.src() == PSEUDO_FUNC) {
                assertThat(main.functionAt(slot + 1 + i.imm32()).name()).isEqualTo("add_byte");
            }
        }
    }

    @Test
    void bigEndianObjectsReadLikeLittleEndianOnes() {
        ReadResult le = Fixtures.read("percpu_counters");
        ReadResult be = Fixtures.read("percpu_counters_be");
        assertThat(be.diagnostics()).isEmpty();
        assertThat(ElfFile.parse(Fixtures.bytes("percpu_counters_be")).order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(be.object().maps()).isEqualTo(le.object().maps());
        ProgramSpec bp = be.object().programs().get(0);
        ProgramSpec lp = le.object().programs().get(0);
        assertThat(bp.name()).isEqualTo(lp.name());
        assertThat(bp.functions().get(0).proto()).isEqualTo(lp.functions().get(0).proto());
        // the code itself differs where clang folded bpf_htons() for a big-endian machine
        assertThat(bp.instructions()).filteredOn(i -> i.imm() == 0x800).isNotEmpty();
        assertThat(lp.instructions()).filteredOn(i -> i.imm() == 8).isNotEmpty();
        assertThat(bp.instructions().get(0).source()).isEqualTo(lp.instructions().get(0).source());
    }

    @Test
    void legacyMapsAndBtfMapsInOneObject() {
        ReadResult r = Fixtures.read("legacy_maps");
        MapSpec count = map(r, "legacy_count");
        assertThat(count.definition()).isEqualTo(MapDefinitionKind.LEGACY);
        assertThat(count.type()).isEqualTo(MapType.HASH);
        assertThat(count.keySize()).isEqualTo(4);
        assertThat(count.valueSize()).isEqualTo(8);
        assertThat(count.maxEntries()).isEqualTo(64);
        assertThat(map(r, "legacy_cfg").type()).isEqualTo(MapType.ARRAY);
        assertThat(map(r, "btf_total").definition()).isEqualTo(MapDefinitionKind.BTF);
        assertThat(program(r, "xdp_legacy_prog").mapReferences()).containsExactlyInAnyOrder("legacy_count",
                "btf_total", "legacy_cfg");
        assertThat(program(r, "xdp_legacy_prog").typeSource()).isEqualTo(TypeSource.GUESSED);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).anySatisfy(d -> assertThat(d)
                .contains("legacy map definitions").contains("libbpf 1.x refuses"));
        assertThat(r.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);

        ReadResult elf = Fixtures.read("legacy_elf_map");
        MapSpec counter = map(elf, "elf_counter");
        assertThat(counter.legacyExtra()).as("id, pinning, inner_id, inner_idx of struct bpf_elf_map").hasSize(16);
        assertThat(program(elf, "xdp_numbered").typeSource()).isEqualTo(TypeSource.OVERRIDDEN);
        assertThat(program(elf, "xdp_numbered").attachType()).isEqualTo(AttachType.XDP);
    }

    @Test
    void legacyDefinitionsWithoutSymbolSizesDivideTheSectionEvenly() {
        byte[] ok = Fixtures.bytes("legacy_maps");
        ElfFile elf = ElfFile.parse(ok);
        var symtab = elf.section(".symtab").orElseThrow();
        byte[] unsized = ok.clone();
        ByteBuffer b = ByteBuffer.wrap(unsized).order(ByteOrder.LITTLE_ENDIAN);
        for (var sym : elf.symbols()) {
            if (sym.name().startsWith("legacy_")) {
                b.putLong((int) (symtab.offset() + sym.index() * 24L + 16), 0); // st_size, as old compilers left it
            }
        }
        assertThat(ElfReader.read(unsized).object().maps()).isEqualTo(Fixtures.read("legacy_maps").object().maps());
    }

    @Test
    void sectionNamesLibbpfDoesNotKnowAreGuessedOrLeftToTheUser() {
        ReadResult r = Fixtures.read("noncanonical");
        for (String name : new String[] {"prog_xdp1", "prog_xdp_prog", "prog_redirect_map"}) {
            assertThat(program(r, name).type()).isEqualTo(ProgramType.XDP);
            assertThat(program(r, name).typeSource()).isEqualTo(TypeSource.GUESSED);
        }
        assertThat(r.diagnostics()).filteredOn(d -> d.message().contains("guessed from its prefix")).hasSize(3);

        ReadResult bare = ElfReader.read(Fixtures.bytes("legacy_elf_map"));
        ProgramSpec numbered = program(bare, "xdp_numbered");
        assertThat(numbered.type()).isEqualTo(ProgramType.UNSPEC);
        assertThat(numbered.typeSource()).isEqualTo(TypeSource.UNKNOWN);
        assertThat(bare.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("--type"));

        ReadResult forced = ElfReader.read(Fixtures.bytes("noncanonical"), ReadOptions.withType(ProgramType.SCHED_CLS));
        assertThat(forced.object().programs()).allMatch(p -> p.type() == ProgramType.SCHED_CLS
                && p.typeSource() == TypeSource.OVERRIDDEN);
    }

    @Test
    void sectionsWithoutFunctionSymbolsAreOneProgramEach() {
        ReadResult r = Fixtures.read("sections_only");
        assertThat(r.object().programs()).extracting(ProgramSpec::name).containsExactly("xdp", "xdp_tx");
        assertThat(program(r, "xdp").slotCount()).isEqualTo(7);
        assertThat(program(r, "xdp_tx").instructions()).extracting(Instruction::toString).containsExactly("w0 = 3", "exit");
        assertThat(r.diagnostics()).filteredOn(d -> d.message().contains("no function symbols")).hasSize(2);
    }

    @Test
    void staticEntryFunctionsAreReadWithAWarning() {
        ReadResult r = Fixtures.read("static_entry");
        ProgramSpec p = program(r, "xdp_static_pass");
        assertThat(p.functions().get(0).linkage()).isEqualTo(BtfType.Linkage.STATIC);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.toString()).contains("program 'xdp_static_pass'").contains("static and not supported");
        });
    }

    // ---- malformed input ----

    private static byte[] patch(byte[] in, int offset, long value, int width) {
        byte[] out = in.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        switch (width) {
            case 2 -> b.putShort(offset, (short) value);
            case 4 -> b.putInt(offset, (int) value);
            default -> b.putLong(offset, value);
        }
        return out;
    }

    private static long shoff(byte[] elf) {
        return ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN).getLong(40);
    }

    @Test
    void malformedObjectsAreTypedErrorsNamingWhatAndWhere() {
        byte[] ok = Fixtures.bytes("pass_all");
        assertThatThrownBy(() -> ElfReader.read(Arrays.copyOf(ok, 40))).isInstanceOf(ElfFormatException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> ElfReader.read(patch(ok, 18, 62, 2))).isInstanceOf(ElfFormatException.class)
                .hasMessageContaining("e_machine 62 is not BPF");
        byte[] class32 = ok.clone();
        class32[4] = 1;
        assertThatThrownBy(() -> ElfReader.read(class32)).hasMessageContaining("not a 64-bit ELF object");
        assertThatThrownBy(() -> ElfReader.read(patch(ok, 16, 2, 2))).hasMessageContaining("not ET_REL");
        assertThatThrownBy(() -> ElfReader.read(Arrays.copyOf(ok, ok.length - 100)))
                .isInstanceOf(ElfFormatException.class).hasMessageContaining("section header");
        assertThatThrownBy(() -> ElfReader.read(patch(ok, 60, 60000, 2))).isInstanceOf(ElfFormatException.class)
                .hasMessageContaining("60000 section headers");
        // section 2 (.text) moved onto section 3 (xdp)
        ElfFile elf = ElfFile.parse(ok);
        long xdpOffset = elf.section("xdp").orElseThrow().offset();
        int license = elf.section("license").orElseThrow().index();
        assertThatThrownBy(() -> ElfReader.read(patch(ok, (int) shoff(ok) + license * 64 + 24, xdpOffset, 8)))
                .isInstanceOf(ElfFormatException.class).hasMessageContaining("overlaps");
        // a symbol name outside the string table
        int symtab = elf.section(".symtab").orElseThrow().index();
        long symOff = ByteBuffer.wrap(ok).order(ByteOrder.LITTLE_ENDIAN).getLong((int) shoff(ok) + symtab * 64 + 24);
        assertThatThrownBy(() -> ElfReader.read(patch(ok, (int) symOff + 24, 0x7fffffff, 4)))
                .isInstanceOf(ElfFormatException.class).hasMessageContaining("symbol #1").hasMessageContaining("name offset");
        assertThatThrownBy(() -> ElfReader.read(new byte[0])).isInstanceOf(ElfFormatException.class);
    }

    @Test
    void oneBadProgramIsADiagnosticAndTheOthersAreStillRead() {
        byte[] ok = Fixtures.bytes("two_programs");
        ElfFile elf = ElfFile.parse(ok);
        var xdp = elf.section("xdp").orElseThrow();
        long second = elf.symbols().stream().filter(s -> s.name().equals("xdp_count_drop")).findFirst().orElseThrow().value();
        byte[] bad = ok.clone();
        bad[(int) (xdp.offset() + second)] = (byte) 0x8e; // an opcode the kernel does not know
        ReadResult r = ElfReader.read(bad);
        assertThat(r.object().programs()).extracting(ProgramSpec::name).containsExactly("xdp_count_pass");
        assertThat(r.errors()).singleElement().satisfies(d -> assertThat(d.toString())
                .startsWith("error: program 'xdp_count_drop': insn 0: unknown opcode 8e (8e "));
    }

    @Test
    void aRelocationAgainstAMissingMapFailsOnlyItsProgram() {
        byte[] ok = Fixtures.bytes("two_programs");
        ElfFile elf = ElfFile.parse(ok);
        var rel = elf.section(".relxdp").orElseThrow();
        // point the first relocation at the license section's _license symbol instead of the map
        int license = elf.symbols().stream().filter(s -> s.name().equals("_license")).findFirst().orElseThrow().index();
        byte[] bad = patch(ok, (int) rel.offset() + 12, license, 4);
        ReadResult r = ElfReader.read(bad);
        assertThat(r.object().programs()).extracting(ProgramSpec::name).containsExactly("xdp_count_drop");
        assertThat(r.errors()).singleElement().satisfies(d -> assertThat(d.toString())
                .contains("program 'xdp_count_pass'").contains("_license").contains("neither maps, data nor code"));
    }

    @Test
    void readingOurOwnObjectsGivesBackTheSpec() {
        for (ObjectSpec spec : new ObjectSpec[] {SampleObjects.passAll(), SampleObjects.perCpuAndHash(),
                SampleObjects.devmap()}) {
            ReadResult r = ElfReader.read(ElfWriter.write(spec));
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.object().maps()).isEqualTo(spec.maps());
            assertThat(r.object().license()).isEqualTo(spec.license());
            for (ProgramSpec p : spec.programs()) {
                ProgramSpec q = program(r, p.name());
                assertThat(q.instructions()).isEqualTo(p.instructions());
                assertThat(q.section()).isEqualTo(p.section());
                assertThat(q.type()).isEqualTo(p.type());
                assertThat(q.attachType()).isEqualTo(p.attachType());
            }
        }
    }
}
