package dev.bpfj.emitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.BpfException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.Opcodes;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.btf.Btf;
import dev.bpfj.emitter.btf.ObjectBtf;
import dev.bpfj.emitter.elf.Elf;
import dev.bpfj.emitter.elf.ElfFile;
import dev.bpfj.emitter.elf.ElfFile.Rel;
import dev.bpfj.emitter.elf.ElfFile.Section;
import dev.bpfj.emitter.elf.ElfFile.Symbol;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElfWriterTest {

    private static Symbol symbol(ElfFile elf, String name) {
        return elf.symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Section section(ElfFile elf, String name) {
        return elf.section(name).orElseThrow(() -> new AssertionError("no section " + name));
    }

    @Test
    void aPassAllObjectIsLaidOutAsClangLaysItOut() {
        ElfFile elf = ElfFile.parse(ElfWriter.write(SampleObjects.passAll()));
        assertThat(elf.machine()).isEqualTo(Elf.EM_BPF);
        assertThat(elf.order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
        assertThat(elf.sections()).extracting(Section::name)
                .containsExactly("", ".strtab", "xdp", "license", ".BTF", ".BTF.ext", ".symtab");
        Section xdp = section(elf, "xdp");
        assertThat(xdp.flags()).isEqualTo(Elf.SHF_ALLOC | Elf.SHF_EXECINSTR);
        assertThat(xdp.size()).isEqualTo(16);
        Symbol prog = symbol(elf, "xdp_pass");
        assertThat(prog.type()).isEqualTo(Elf.STT_FUNC);
        assertThat(prog.bind()).isEqualTo(Elf.STB_GLOBAL);
        assertThat(prog.size()).as("exact function size").isEqualTo(16);
        assertThat(prog.shndx()).isEqualTo(xdp.index());
        Section symtab = section(elf, ".symtab");
        long locals = elf.symbols().stream().filter(Symbol::isLocal).count();
        assertThat(symtab.info()).as("sh_info = first non-local symbol").isEqualTo((int) locals);
        assertThat(elf.symbols().subList(0, (int) locals)).allMatch(Symbol::isLocal);
        assertThat(new String(elf.data(section(elf, "license")).bytes())).isEqualTo("GPL\0");
        assertThat(symbol(elf, "_license").size()).isEqualTo(4);
    }

    @Test
    void theSameSpecGivesTheSameBytes() {
        byte[] a = ElfWriter.write(SampleObjects.perCpuAndHash());
        byte[] b = ElfWriter.write(SampleObjects.perCpuAndHash());
        assertThat(a).isEqualTo(b);
        assertThat(ElfWriter.write(SampleObjects.twoPrograms())).isEqualTo(ElfWriter.write(SampleObjects.twoPrograms()));
    }

    @Test
    void mapsAreBtfDefinedWithRelocationsAgainstTheirSymbols() {
        ObjectSpec spec = SampleObjects.perCpuAndHash();
        byte[] bytes = ElfWriter.write(spec);
        ElfFile elf = ElfFile.parse(bytes);
        Section maps = section(elf, ".maps");
        assertThat(maps.size()).isEqualTo(64);
        assertThat(elf.data(maps).allZero()).isTrue();
        Symbol stats = symbol(elf, "stats");
        Symbol verdicts = symbol(elf, "verdicts");
        assertThat(List.of(stats.type(), stats.bind(), stats.value(), stats.size()))
                .containsExactly(Elf.STT_OBJECT, Elf.STB_GLOBAL, 0L, 32L);
        assertThat(verdicts.value()).isEqualTo(32);
        Section rel = section(elf, ".relxdp");
        assertThat(rel.info()).isEqualTo(section(elf, "xdp").index());
        assertThat(rel.link()).isEqualTo(section(elf, ".symtab").index());
        assertThat(rel.entsize()).isEqualTo(16);
        List<Rel> rels = elf.relocations(rel);
        assertThat(rels).extracting(Rel::type).containsOnly(Elf.R_BPF_64_64);
        assertThat(rels).extracting(r -> elf.symbols().get(r.symbol()).name()).containsExactly("stats", "verdicts");
        // the lddw as stored: src 0, imm 0 (libbpf fills in the fd)
        long off = rels.get(0).offset();
        ByteBuffer code = ByteBuffer.wrap(elf.data(section(elf, "xdp")).bytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(code.get((int) off) & 0xff).isEqualTo(Opcodes.LDDW);
        assertThat(code.get((int) off + 1) & 0xf0).isZero();
        assertThat(code.getInt((int) off + 4)).isZero();

        Btf btf = Btf.parse(elf.data(section(elf, ".BTF")).bytes(), ByteOrder.LITTLE_ENDIAN);
        int ds = btf.find(BtfType.KIND_DATASEC, ".maps").orElseThrow();
        assertThat(btf.sizeOrType(ds)).as("exact DATASEC size, which the kernel needs").isEqualTo(64);
        assertThat(btf.type(ds)).isInstanceOf(BtfType.Datasec.class);
    }

    @Test
    void subprogramsAreSharedInTextAndCalledThroughRelocations() {
        ObjectSpec spec = SampleObjects.twoPrograms();
        ElfFile elf = ElfFile.parse(ElfWriter.write(spec));
        Section text = section(elf, ".text");
        assertThat(elf.sections().indexOf(text)).as(".text comes first, as in clang's objects").isEqualTo(2);
        Symbol plusOne = symbol(elf, "plus_one");
        Symbol twice = symbol(elf, "twice");
        assertThat(plusOne.bind()).isEqualTo(Elf.STB_GLOBAL);
        assertThat(twice.bind()).isEqualTo(Elf.STB_LOCAL);
        assertThat(plusOne.shndx()).isEqualTo(text.index());
        assertThat(text.size()).as("plus_one (3) and twice (5) once each").isEqualTo(8 * 8);
        assertThat(elf.symbols().stream().filter(s -> s.name().equals("plus_one")).count()).isEqualTo(1);
        List<Rel> calls = elf.relocations(section(elf, ".relxdp"));
        assertThat(calls).extracting(Rel::type).containsOnly(Elf.R_BPF_64_32);
        List<Rel> textCalls = elf.relocations(section(elf, ".rel.text"));
        assertThat(textCalls).hasSize(2).allMatch(r -> elf.symbols().get(r.symbol()).name().equals("plus_one"));

        ReadResult back = ElfReader.read(ElfWriter.write(spec));
        assertThat(back.diagnostics()).isEmpty();
        for (ProgramSpec p : spec.programs()) {
            ProgramSpec q = back.object().program(p.name()).orElseThrow();
            // plus_one is shared, written once with the first program's line info
            assertThat(q.instructions()).extracting(i -> i.withSource(null))
                    .isEqualTo(p.instructions().stream().map(i -> i.withSource(null)).toList());
            assertThat(q.instructions().get(0).source()).isEqualTo(p.instructions().get(0).source());
            assertThat(q.functions()).extracting(FunctionInfo::name, FunctionInfo::slot, FunctionInfo::linkage)
                    .containsExactlyElementsOf(p.functions().stream()
                            .map(f -> org.assertj.core.groups.Tuple.tuple(f.name(), f.slot(), f.linkage())).toList());
        }
    }

    @Test
    void globalDataIsReferencedThroughItsSectionSymbol() {
        BtfType.Var limit = new BtfType.Var("limit", BtfType.Typedef.U32, BtfType.Linkage.GLOBAL);
        BtfType.Var label = new BtfType.Var("label", new BtfType.Array(BtfType.Int.CHAR_TYPE, 4), BtfType.Linkage.STATIC);
        MapSpec rodata = MapSpec.builder(".rodata", MapType.ARRAY).keySize(4).maxEntries(1)
                .flags(MapSpec.F_RDONLY_PROG | MapSpec.F_MMAPABLE).definition(MapDefinitionKind.DATA_SECTION)
                .valueType(new BtfType.Datasec(".rodata", 8, List.of(new BtfType.VarSecinfo(limit, 0, 4),
                        new BtfType.VarSecinfo(label, 4, 4))))
                .initialData(new byte[] {(byte) 0xdc, 5, 0, 0, 'a', 'b', 'c', 0}).build();
        MapSpec bss = MapSpec.builder(".bss", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(1)
                .definition(MapDefinitionKind.DATA_SECTION).initialData(new byte[8]).build();
        ProgramSpec p = ProgramSpec.of("xdp_data", "xdp", AsmParser.parse("""
                r1 = map_value[.rodata]+4 ll
                r2 = map_value[.bss] ll
                r0 = *(u32 *)(r1 + 0)
                r0 = 2
                exit
                """));
        ObjectSpec spec = new ObjectSpec(List.of(p), List.of(rodata, bss), "GPL");
        byte[] bytes = ElfWriter.write(spec);
        ElfFile elf = ElfFile.parse(bytes);
        assertThat(section(elf, ".rodata").flags()).isEqualTo(Elf.SHF_ALLOC);
        assertThat(section(elf, ".bss").type()).isEqualTo(Elf.SHT_NOBITS);
        List<Rel> rels = elf.relocations(section(elf, ".relxdp"));
        Symbol target = elf.symbols().get(rels.get(0).symbol());
        assertThat(target.type()).isEqualTo(Elf.STT_SECTION);
        ByteBuffer code = ByteBuffer.wrap(elf.data(section(elf, "xdp")).bytes()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(code.getInt(4)).as("offset in the first half, as clang writes it").isEqualTo(4);
        assertThat(symbol(elf, "limit").bind()).isEqualTo(Elf.STB_GLOBAL);
        assertThat(symbol(elf, "label").bind()).isEqualTo(Elf.STB_LOCAL);

        ReadResult back = ElfReader.read(bytes);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.object().maps()).isEqualTo(spec.maps());
        assertThat(back.object().programs().get(0).instructions()).isEqualTo(p.instructions());
    }

    @Test
    void namesTheKernelWouldRefuseAreRejectedBeforeWriting() {
        ProgramSpec bad = ProgramSpec.of("xdp-pass", "xdp", AsmParser.parse("r0 = 2\nexit"));
        assertThatThrownBy(() -> ElfWriter.write(new ObjectSpec(List.of(bad), List.of(), "GPL")))
                .isInstanceOf(BpfException.class).hasMessageContaining("'xdp-pass' is not valid");
        MapSpec badMap = MapSpec.builder("my map", MapType.ARRAY).keySize(4).valueSize(4).maxEntries(1).build();
        assertThatThrownBy(() -> ElfWriter.write(new ObjectSpec(List.of(), List.of(badMap), "GPL")))
                .isInstanceOf(BpfException.class).hasMessageContaining("map name 'my map'");
        ProgramSpec tcInXdp = ProgramSpec.of("p", "tc", AsmParser.parse("r0 = 2\nexit"))
                .withType(dev.bpfj.core.ProgramType.XDP, dev.bpfj.core.AttachType.XDP, dev.bpfj.core.spec.TypeSource.DECLARED);
        assertThatThrownBy(() -> ElfWriter.write(new ObjectSpec(List.of(tcInXdp), List.of(), "GPL")))
                .isInstanceOf(BpfException.class).hasMessageContaining("libbpf loads section 'tc' as sched_cls")
                .hasMessageContaining("(e.g. \"xdp\")");
        ProgramSpec inText = ProgramSpec.of("p", ".text", AsmParser.parse("r0 = 2\nexit"));
        assertThatThrownBy(() -> ElfWriter.write(new ObjectSpec(List.of(inText), List.of(), "GPL")))
                .isInstanceOf(BpfException.class).hasMessageContaining("section '.text'");
    }

    @Test
    void referencesToUndeclaredMapsAndStrayJumpsAreReportedWithTheirPlace() {
        ProgramSpec p = ProgramSpec.of("xdp_x", "xdp", AsmParser.parse("r1 = map[missing] ll\nr0 = 2\nexit"));
        assertThatThrownBy(() -> ElfWriter.write(new ObjectSpec(List.of(p), List.of(), "GPL")))
                .isInstanceOf(BpfException.class).hasMessageContaining("function 'xdp_x' insn 0")
                .hasMessageContaining("map 'missing'");
        AsmParser.Result r = AsmParser.parse("""
                    call f
                    goto +2
                    exit
                f:
                    r0 = 2
                    exit
                """, "t.s");
        ProgramSpec jumpy = new ProgramSpec("xdp_j", "xdp", dev.bpfj.core.ProgramType.XDP, null, 0,
                dev.bpfj.core.spec.TypeSource.DECLARED, r.instructions(),
                List.of(new FunctionInfo("xdp_j", 0), new FunctionInfo("f", r.labels().get("f"))));
        assertThatThrownBy(() -> ElfWriter.write(new ObjectSpec(List.of(jumpy), List.of(), "GPL")))
                .isInstanceOf(BpfException.class).hasMessageContaining("insn 1").hasMessageContaining("outside its function");
    }

    @Test
    void aProgramMayCallAnotherProgramsEntryFunctionAsCiliumLinksIt() {
        ProgramSpec callee = ProgramSpec.of("xdp_callee", "xdp", AsmParser.parse("r0 = 1\nexit"));
        AsmParser.Result r = AsmParser.parse("""
                    call xdp_callee
                    exit
                xdp_callee:
                    r0 = 1
                    exit
                """, "t.s");
        ProgramSpec caller = new ProgramSpec("xdp_caller", "xdp_other", dev.bpfj.core.ProgramType.XDP,
                dev.bpfj.core.AttachType.XDP, 0, dev.bpfj.core.spec.TypeSource.DECLARED, r.instructions(),
                List.of(new FunctionInfo("xdp_caller", 0), new FunctionInfo("xdp_callee", 2, null, BtfType.Linkage.GLOBAL)));
        ObjectSpec spec = new ObjectSpec(List.of(callee, caller), List.of(), "GPL");
        ElfFile elf = ElfFile.parse(ElfWriter.write(spec));
        assertThat(elf.section(".text")).as("no copy of the callee").isEmpty();
        Rel call = elf.relocations(section(elf, ".relxdp_other")).get(0);
        assertThat(elf.symbols().get(call.symbol()).name()).isEqualTo("xdp_callee");
        ProgramSpec back = ElfReader.read(ElfWriter.write(spec)).object().program("xdp_caller").orElseThrow();
        assertThat(back.bareInstructions()).isEqualTo(caller.bareInstructions());
        assertThat(back.functions()).extracting(FunctionInfo::name).containsExactly("xdp_caller", "xdp_callee");
    }

    @Test
    void twoDifferentSubprogramsOfOneNameAreRefused() {
        ObjectSpec two = SampleObjects.twoPrograms();
        ProgramSpec plus = two.programs().get(0);
        List<Instruction> changed = new java.util.ArrayList<>(plus.instructions());
        changed.set(4, changed.get(4).withImm(5)); // plus_one: r0 += 5 here only
        ObjectSpec clash = two.withPrograms(List.of(plus.withInstructions(changed), two.programs().get(1)));
        assertThatThrownBy(() -> ElfWriter.write(clash)).isInstanceOf(BpfException.class)
                .hasMessageContaining("subprogram named 'plus_one' with different instructions");
    }

    @Test
    void theLoaderBtfDescribesMapsAndFunctionsWithKernelReadyInfo() {
        ObjectSpec spec = SampleObjects.twoPrograms();
        ObjectBtf btf = ObjectBtf.of(spec);
        Btf parsed = Btf.parse(btf.bytes(), ByteOrder.LITTLE_ENDIAN);
        ProgramSpec twice = spec.program("xdp_twice").orElseThrow();
        ObjectBtf.ProgramInfo info = btf.programInfo(twice);
        assertThat(info.funcInfoCount()).isEqualTo(3);
        ByteBuffer f = ByteBuffer.wrap(info.funcInfo()).order(ByteOrder.nativeOrder());
        for (int k = 0; k < 3; k++) {
            assertThat(f.getInt(8 * k)).isEqualTo(twice.functions().get(k).slot());
            int type = f.getInt(8 * k + 4);
            assertThat(parsed.kind(type)).isEqualTo(BtfType.KIND_FUNC);
            assertThat(parsed.name(type)).isEqualTo(twice.functions().get(k).name());
        }
        ByteBuffer l = ByteBuffer.wrap(info.lineInfo()).order(ByteOrder.nativeOrder());
        assertThat(info.lineInfoCount()).isEqualTo(twice.slotCount()); // every line differs
        assertThat(parsed.string(l.getInt(4))).isEqualTo("Sample.java");
        assertThat(l.getInt(12) >>> 10).isEqualTo(1);

        ObjectSpec maps = SampleObjects.perCpuAndHash();
        ObjectBtf mb = ObjectBtf.of(maps);
        Btf mp = Btf.parse(mb.bytes(), ByteOrder.LITTLE_ENDIAN);
        MapSpec verdicts = maps.map("verdicts").orElseThrow();
        assertThat(mp.name(mb.valueTypeId(verdicts))).isEqualTo("verdict");
        assertThat(mp.name(mb.keyTypeId(verdicts))).isEqualTo("__u32");
        assertThat(mb.keyTypeId(SampleObjects.devmap().maps().get(0))).as("libbpf sends no BTF for devmaps").isZero();
    }
}
