package dev.bpfj.emitter;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.btf.BtfExt;
import dev.bpfj.emitter.btf.LineTable;
import dev.bpfj.emitter.btf.ObjectBtf;
import dev.bpfj.emitter.elf.ByteSink;
import dev.bpfj.emitter.elf.Elf;
import dev.bpfj.emitter.elf.ElfBuilder;
import dev.bpfj.emitter.link.CodeFunction;
import dev.bpfj.emitter.link.ObjectLayout;
import dev.bpfj.emitter.link.Splitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes an {@link ObjectSpec} as an ELF64 relocatable BPF object of the kind clang produces:
 * entry functions in their program sections, subprograms once in {@code .text} (called through
 * {@code R_BPF_64_32} relocations), map and global-data loads through {@code R_BPF_64_64}
 * relocations, {@code license}, BTF-defined maps in {@code .maps}, data sections, {@code .BTF} and
 * {@code .BTF.ext} with func and line info, and a symbol table with exact function sizes. Externs
 * are written as clang writes them: undefined symbols (weak ones weak), kfunc calls as {@code call -1}
 * with an {@code R_BPF_64_32} relocation, ksym and kconfig loads as {@code R_BPF_64_64} relocations,
 * described in BTF DATASECs {@code .ksyms} and {@code .kconfig}. The same spec always gives the same
 * bytes.
 *
 * <p>Maps read from a legacy {@code maps} section are written as BTF-defined maps: that is the
 * form libbpf 1.x loads.
 */
public final class ElfWriter {
    private ElfWriter() {}

    private static final Pattern MERGED_STRINGS = Pattern.compile("\\.rodata\\.str\\d+\\.\\d+");

    /** Writes the object to a file. */
    public static void write(ObjectSpec spec, Path file) {
        byte[] bytes = write(spec);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The object's bytes.
     *
     * @throws BpfException naming the program, map or instruction when the spec cannot be written: an
     *     invalid name, a reference to a map the object does not declare, a call that does not land on
     *     a function, a BTF type the kernel would reject
     */
    public static byte[] write(ObjectSpec spec) {
        check(spec);
        return write(Splitter.split(spec));
    }

    private static void check(ObjectSpec spec) {
        for (MapSpec m : spec.maps()) {
            if (Externs.isKconfigMap(m, spec.externs())) {
                continue; // written as the kconfig externs
            }
            if (m.definition() == MapDefinitionKind.DATA_SECTION) {
                ObjectNames.checkDataSection(m.name());
            } else {
                ObjectNames.checkMap(m.name());
            }
        }
        spec.programs().forEach(p -> {
            ObjectNames.checkFunction(p.name());
            ObjectNames.checkProgramSection(p.name(), p.section());
            p.functions().forEach(f -> ObjectNames.checkFunction(f.name()));
            checkSectionAgrees(p);
        });
    }

    /**
     * An object says a program's type only through its section name: a section that libbpf maps to
     * another type or attach type would load the program as something else. (A section no rule
     * matches is allowed: the loader must be told the type, as for objects read with --type.)
     */
    private static void checkSectionAgrees(dev.bpfj.core.spec.ProgramSpec p) {
        dev.bpfj.core.SectionDefs.match(p.section()).ifPresent(def -> {
            boolean attachDiffers = p.attachType() != null && def.attachType() != p.attachType();
            if (def.type() != p.type() || attachDiffers) {
                String canonical = dev.bpfj.core.SectionDefs.forType(p.type(), p.attachType(), p.progFlags())
                        .map(d -> " (e.g. \"" + d.canonicalName() + "\")").orElse("");
                throw new BpfException("program '" + p.name() + "' is " + p.type().displayName()
                        + (p.attachType() == null ? "" : " with attach type " + p.attachType().displayName())
                        + ", but libbpf loads section '" + p.section() + "' as " + def.type().displayName()
                        + (def.attachType() == null ? "" : " with attach type " + def.attachType().displayName())
                        + ": put it in a section of its own type" + canonical);
            }
        });
    }

    /** Writes functions already laid out in sections. */
    public static byte[] write(ObjectLayout layout) {
        return new Assembly(layout).build();
    }

    /** What a relocation points at, resolved to a symbol index once symbols are numbered. */
    private record Reloc(long offset, int type, ElfBuilder.Symbol symbol) {}

    private static final class Assembly {
        final ObjectLayout layout;
        final Map<String, List<CodeFunction>> sections;
        final Map<String, CodeFunction> functions = new HashMap<>();
        final Map<String, Long> functionOffsets = new HashMap<>();
        final Map<String, MapSpec> maps = new LinkedHashMap<>();
        /** The maps written as maps or sections: all but the {@code .kconfig} map the externs imply. */
        final List<MapSpec> ownMaps = new ArrayList<>();
        final Map<String, ExternSpec> externs = new LinkedHashMap<>();
        final Map<String, ElfBuilder.Symbol> externSymbols = new HashMap<>();
        final ElfBuilder elf = new ElfBuilder(ByteOrder.LITTLE_ENDIAN);
        final Map<String, ElfBuilder.Section> codeSections = new LinkedHashMap<>();
        final Map<String, ElfBuilder.Section> dataSections = new LinkedHashMap<>();
        final Map<String, ElfBuilder.Symbol> sectionSymbols = new HashMap<>();
        final Map<String, ElfBuilder.Symbol> functionSymbols = new HashMap<>();
        final Map<String, ElfBuilder.Symbol> mapSymbols = new HashMap<>();
        ElfBuilder.Section mapsOut;
        ObjectBtf btf;

        Assembly(ObjectLayout layout) {
            this.layout = layout;
            Map<String, List<CodeFunction>> bySection = layout.sections();
            // clang's order: .text first, then program sections as they appear
            this.sections = new LinkedHashMap<>();
            if (bySection.containsKey(ObjectLayout.TEXT)) {
                sections.put(ObjectLayout.TEXT, bySection.get(ObjectLayout.TEXT));
            }
            bySection.forEach(sections::putIfAbsent);
            for (CodeFunction f : layout.functions()) {
                if (functions.putIfAbsent(f.name(), f) != null) {
                    throw new BpfException("two functions are named '" + f.name() + "'");
                }
            }
            layout.maps().forEach(m -> maps.put(m.name(), m));
            layout.externs().forEach(e -> externs.put(e.name(), e));
            for (MapSpec m : layout.maps()) {
                if (!Externs.isKconfigMap(m, layout.externs())) {
                    ownMaps.add(m);
                }
            }
        }

        byte[] build() {
            List<ObjectBtf.FunctionDecl> decls = new ArrayList<>();
            for (List<CodeFunction> fs : sections.values()) {
                for (CodeFunction f : fs) {
                    decls.add(new ObjectBtf.FunctionDecl(f.name(), f.proto(), f.linkage(), f.instructions(),
                            f.isProgram() ? f.program().type() : null));
                }
            }
            btf = ObjectBtf.build(decls, ownMaps, layout.license(), new ArrayList<>(sections.keySet()), layout.externs());

            // sections
            for (Map.Entry<String, List<CodeFunction>> e : sections.entrySet()) {
                codeSections.put(e.getKey(), elf.section(e.getKey(), Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_EXECINSTR,
                        8, 0));
                long off = 0;
                for (CodeFunction f : e.getValue()) {
                    functionOffsets.put(f.name(), off);
                    off += f.slotCount() * 8L;
                }
            }
            ElfBuilder.Section license = null;
            if (!layout.license().isEmpty()) {
                license = elf.section(ObjectBtf.LICENSE_SECTION, Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, 1, 0);
                license.data((layout.license() + "\0").getBytes(StandardCharsets.UTF_8));
            }
            // .maps where its first map is, data sections in map order: reading gives the maps back in order
            ElfBuilder.Section mapsSection = null;
            for (MapSpec m : ownMaps) {
                if (m.definition() == MapDefinitionKind.DATA_SECTION) {
                    dataSections.put(m.name(), dataSection(m));
                } else if (mapsSection == null) {
                    mapsSection = elf.section(ObjectBtf.MAPS_SECTION, Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, 8, 0);
                    mapsSection.data(new byte[btf.mapsSectionSize()]);
                    mapsOut = mapsSection;
                }
            }

            // symbols: section symbols and statics (local), then globals
            for (Map.Entry<String, ElfBuilder.Section> e : codeSections.entrySet()) {
                sectionSymbols.put(e.getKey(), elf.symbol(e.getKey(), Elf.STB_LOCAL, Elf.STT_SECTION, e.getValue().index(), 0, 0));
            }
            for (Map.Entry<String, ElfBuilder.Section> e : dataSections.entrySet()) {
                sectionSymbols.put(e.getKey(), elf.symbol(e.getKey(), Elf.STB_LOCAL, Elf.STT_SECTION, e.getValue().index(), 0, 0));
            }
            for (Map.Entry<String, List<CodeFunction>> e : sections.entrySet()) {
                for (CodeFunction f : e.getValue()) {
                    int bind = f.linkage() == BtfType.Linkage.STATIC ? Elf.STB_LOCAL : Elf.STB_GLOBAL;
                    functionSymbols.put(f.name(), elf.symbol(f.name(), bind, Elf.STT_FUNC, codeSections.get(e.getKey()).index(),
                            functionOffsets.get(f.name()), f.slotCount() * 8L));
                }
            }
            for (ObjectBtf.MapDef d : btf.mapDefinitions().values()) {
                mapSymbols.put(d.map().name(), elf.symbol(d.map().name(), Elf.STB_GLOBAL, Elf.STT_OBJECT,
                        mapsSection.index(), d.offset(), d.size()));
            }
            for (Map.Entry<String, ElfBuilder.Section> e : dataSections.entrySet()) {
                BtfType.Datasec ds = btf.dataSection(e.getKey());
                if (ds == null) {
                    continue;
                }
                for (BtfType.VarSecinfo v : ds.vars()) {
                    BtfType.Var var = (BtfType.Var) v.type();
                    elf.symbol(var.name(), var.linkage() == BtfType.Linkage.STATIC ? Elf.STB_LOCAL : Elf.STB_GLOBAL,
                            Elf.STT_OBJECT, e.getValue().index(), v.offset(), v.size());
                }
            }
            for (ExternSpec x : layout.externs()) {
                externSymbols.put(x.name(), elf.symbol(x.name(), x.weak() ? Elf.STB_WEAK : Elf.STB_GLOBAL,
                        Elf.STT_NOTYPE, Elf.SHN_UNDEF, 0, 0));
            }
            if (license != null) {
                elf.symbol(ObjectBtf.LICENSE_SYMBOL, Elf.STB_GLOBAL, Elf.STT_OBJECT, license.index(), 0,
                        layout.license().getBytes(StandardCharsets.UTF_8).length + 1);
            }
            elf.sortSymbols();

            // code and relocations
            Map<String, List<Reloc>> relocs = new LinkedHashMap<>();
            Map<String, List<BtfExt.FuncRecord>> funcInfo = new LinkedHashMap<>();
            Map<String, List<BtfExt.LineRecord>> lineInfo = new LinkedHashMap<>();
            boolean anySource = layout.functions().stream()
                    .anyMatch(f -> f.instructions().stream().anyMatch(i -> i.source() != null));
            for (Map.Entry<String, List<CodeFunction>> e : sections.entrySet()) {
                String name = e.getKey();
                List<Instruction> elfForm = new ArrayList<>();
                List<Instruction> all = new ArrayList<>();
                List<Reloc> rs = new ArrayList<>();
                List<Integer> starts = new ArrayList<>();
                long off = 0;
                for (CodeFunction f : e.getValue()) {
                    starts.add((int) (off / 8));
                    funcInfo.computeIfAbsent(name, k -> new ArrayList<>()).add(new BtfExt.FuncRecord((int) off,
                            btf.typeId(new ObjectBtf.FunctionDecl(f.name(), f.proto(), f.linkage(), f.instructions(),
                                    f.isProgram() ? f.program().type() : null).func())));
                    int slot = 0;
                    for (Instruction insn : f.instructions()) {
                        elfForm.add(relocate(f, slot, insn, off, rs));
                        all.add(insn);
                        off += insn.slots() * 8L;
                        slot += insn.slots();
                    }
                }
                codeSections.get(name).data(dev.bpfj.core.InstructionCodec.encode(elfForm, ByteOrder.LITTLE_ENDIAN));
                if (!rs.isEmpty()) {
                    relocs.put(name, rs);
                }
                if (anySource) {
                    List<BtfExt.LineRecord> lines = new ArrayList<>();
                    for (LineTable.Entry le : LineTable.entries(all, starts, 0)) {
                        var s = le.source();
                        lines.add(s == null ? new BtfExt.LineRecord(le.slot() * 8, "", "", 0, 0)
                                : new BtfExt.LineRecord(le.slot() * 8, s.file(), s.text(), s.line(), s.column()));
                    }
                    if (!lines.isEmpty()) {
                        lineInfo.put(name, lines);
                    }
                }
            }
            for (Map.Entry<String, List<Reloc>> e : relocs.entrySet()) {
                ElfBuilder.Section target = codeSections.get(e.getKey());
                ByteSink b = new ByteSink();
                for (Reloc r : e.getValue()) {
                    b.u64(r.offset()).u64((long) r.symbol().index() << 32 | r.type());
                }
                elf.section(".rel" + e.getKey(), Elf.SHT_REL, Elf.SHF_INFO_LINK, 8, Elf.REL_SIZE)
                        .info(target.index()).data(b.toByteArray());
            }

            mapSlotRelocations();

            elf.section(".BTF", Elf.SHT_PROGBITS, 0, 4, 0).data(btf.bytes());
            elf.section(".BTF.ext", Elf.SHT_PROGBITS, 0, 4, 0)
                    .data(new BtfExt(funcInfo, lineInfo).encode(ByteOrder.LITTLE_ENDIAN, btf.encoded()));
            return elf.build();
        }

        /** {@code .rel.maps}: one {@code R_BPF_64_ABS64} per initial slot, against the program or map it holds, as clang writes them. */
        private void mapSlotRelocations() {
            ByteSink b = new ByteSink();
            boolean any = false;
            for (ObjectBtf.MapDef d : btf.mapDefinitions().values()) {
                MapSpec m = d.map();
                for (var slot : m.initialSlots().entrySet()) {
                    String where = "map '" + m.name() + "' slot " + slot.getKey();
                    ElfBuilder.Symbol target;
                    if (m.type() == MapType.PROG_ARRAY) {
                        CodeFunction f = functions.get(slot.getValue());
                        if (f == null || !f.isProgram()) {
                            throw new BpfException(where + ": '" + slot.getValue() + "' is not a program of the object");
                        }
                        target = functionSymbols.get(slot.getValue());
                    } else if (m.type() == MapType.ARRAY_OF_MAPS || m.type() == MapType.HASH_OF_MAPS) {
                        target = mapSymbols.get(slot.getValue());
                        if (target == null) {
                            throw new BpfException(where + ": '" + slot.getValue() + "' is not a map of the object");
                        }
                    } else {
                        throw new BpfException(where + ": only program arrays and map-in-map maps have initial slots");
                    }
                    if (d.valuesOffset() < 0) {
                        throw new BpfException(where + ": a map-in-map needs its inner map template for initial slots");
                    }
                    b.u64(d.offset() + d.valuesOffset() + 8L * slot.getKey())
                            .u64((long) target.index() << 32 | Elf.R_BPF_64_ABS64);
                    any = true;
                }
            }
            if (any) {
                elf.section(".rel" + ObjectBtf.MAPS_SECTION, Elf.SHT_REL, Elf.SHF_INFO_LINK, 8, Elf.REL_SIZE)
                        .info(mapsOut.index()).data(b.toByteArray());
            }
        }

        private ElfBuilder.Section dataSection(MapSpec m) {
            String name = m.name();
            byte[] init = m.initialData();
            int size = m.valueSize();
            if (init != null && init.length != size) {
                throw new BpfException("data section '" + name + "' has " + init.length + " bytes of initial data but a value"
                        + " size of " + size);
            }
            if (size <= 0) {
                throw new BpfException("data section '" + name + "' is empty; libbpf ignores empty data sections");
            }
            if (name.startsWith(".bss")) {
                if (init != null) {
                    for (byte x : init) {
                        if (x != 0) {
                            throw new BpfException("data section '" + name + "' has non-zero initial data, but .bss"
                                    + " sections are zero-filled: name it .data instead");
                        }
                    }
                }
                return elf.nobits(name, Elf.SHF_ALLOC | Elf.SHF_WRITE, 8, size);
            }
            byte[] data = init != null ? init : new byte[size];
            if (name.startsWith(".rodata")) {
                boolean strings = MERGED_STRINGS.matcher(name).matches();
                return elf.section(name, Elf.SHT_PROGBITS, Elf.SHF_ALLOC | (strings ? Elf.SHF_MERGE | Elf.SHF_STRINGS : 0),
                        strings ? 1 : 8, strings ? 1 : 0).data(data);
            }
            return elf.section(name, Elf.SHT_PROGBITS, Elf.SHF_ALLOC | Elf.SHF_WRITE, 8, 0).data(data);
        }

        /** The instruction as the object stores it, recording the relocation it needs. */
        private Instruction relocate(CodeFunction f, int slot, Instruction insn, long sectionOffset, List<Reloc> out) {
            String where = "function '" + f.name() + "' insn " + slot + " (" + insn + ")";
            Instruction bare = insn.withoutMetadata();
            if (insn.opcode() == LDDW) {
                switch (insn.src()) {
                    case PSEUDO_MAP_FD -> {
                        MapSpec m = mapNamed(insn.reference(), where);
                        if (m.definition() == MapDefinitionKind.DATA_SECTION) {
                            throw new BpfException(where + ": loads the fd of data section '" + m.name()
                                    + "'; an object can only load its values (map_value[" + m.name() + "])");
                        }
                        if (insn.imm() != 0) {
                            throw new BpfException(where + ": a map load carries no immediate (got " + insn.imm() + ")");
                        }
                        out.add(new Reloc(sectionOffset, Elf.R_BPF_64_64, mapSymbols.get(m.name())));
                        return new Instruction(LDDW, insn.dst(), 0, insn.offset(), 0);
                    }
                    case PSEUDO_MAP_VALUE -> {
                        MapSpec m = mapNamed(insn.reference(), where);
                        if (Externs.isKconfigMap(m, layout.externs())) {
                            out.add(new Reloc(sectionOffset, Elf.R_BPF_64_64, kconfigSymbol(insn, where)));
                            return new Instruction(LDDW, insn.dst(), 0, insn.offset(), 0);
                        }
                        if (m.definition() != MapDefinitionKind.DATA_SECTION) {
                            throw new BpfException(where + ": direct value access to map '" + m.name()
                                    + "' cannot be written to an object (libbpf relocates only global data that way)");
                        }
                        int valueOffset = insn.nextImm();
                        if (valueOffset < 0 || valueOffset > m.valueSize() || insn.imm32() != 0) {
                            throw new BpfException(where + ": offset " + valueOffset + " lies outside data section '"
                                    + m.name() + "' (" + m.valueSize() + " bytes)");
                        }
                        out.add(new Reloc(sectionOffset, Elf.R_BPF_64_64, sectionSymbols.get(m.name())));
                        return new Instruction(LDDW, insn.dst(), 0, insn.offset(), valueOffset & 0xffffffffL);
                    }
                    case PSEUDO_FUNC -> {
                        CodeFunction target = functionNamed(insn.reference(), where);
                        long targetOffset = functionOffsets.get(target.name());
                        if (target.linkage() == BtfType.Linkage.STATIC) {
                            out.add(new Reloc(sectionOffset, Elf.R_BPF_64_64, sectionSymbols.get(target.section())));
                            return new Instruction(LDDW, insn.dst(), 0, insn.offset(), targetOffset);
                        }
                        out.add(new Reloc(sectionOffset, Elf.R_BPF_64_64, functionSymbols.get(target.name())));
                        return new Instruction(LDDW, insn.dst(), 0, insn.offset(), 0);
                    }
                    case 0, PSEUDO_BTF_ID -> {
                        if (insn.reference() != null) {
                            // a kernel variable or a kfunc's address: the loader fills in the BTF id or address
                            ExternSpec x = externNamed(insn.reference(), where);
                            boolean fits = insn.src() == 0 ? x.isTypeless()
                                    : x.kind() == ExternSpec.Kind.KFUNC || x.kind() == ExternSpec.Kind.KSYM && !x.isTypeless();
                            if (!fits || insn.imm() != 0) {
                                throw new BpfException(where + ": does not load extern " + x + " as libbpf would");
                            }
                            out.add(new Reloc(sectionOffset, Elf.R_BPF_64_64, externSymbols.get(x.name())));
                            return new Instruction(LDDW, insn.dst(), 0, insn.offset(), 0);
                        }
                        if (insn.src() == 0) {
                            return bare;
                        }
                        throw new BpfException(where + ": an lddw with a raw BTF id cannot be written to an object file;"
                                + " name the kernel variable (btf_id[name])");
                    }
                    default -> throw new BpfException(where + ": an lddw with src " + insn.src()
                            + " (map index, BTF id) cannot be written to an object file");
                }
            }
            if (insn.isLocalCall()) {
                // a target outside .text (another program's entry) is what cilium/ebpf links and libbpf refuses
                CodeFunction target = functionNamed(insn.reference(), where);
                long targetSlot = functionOffsets.get(target.name()) / 8;
                if (target.linkage() == BtfType.Linkage.STATIC) {
                    out.add(new Reloc(sectionOffset, Elf.R_BPF_64_32, sectionSymbols.get(target.section())));
                    return bare.withImm(targetSlot - 1);
                }
                out.add(new Reloc(sectionOffset, Elf.R_BPF_64_32, functionSymbols.get(target.name())));
                return bare.withImm(-1);
            }
            if (insn.isKfuncCall()) {
                if (insn.reference() == null) {
                    throw new BpfException(where + ": a kfunc call by BTF id cannot be written to an object file;"
                            + " name the kfunc (call kfunc[name])");
                }
                ExternSpec x = externNamed(insn.reference(), where);
                if (x.kind() != ExternSpec.Kind.KFUNC) {
                    throw new BpfException(where + ": calls " + x + ", which is not a kfunc");
                }
                out.add(new Reloc(sectionOffset, Elf.R_BPF_64_32, externSymbols.get(x.name())));
                return new Instruction(CALL_OP, 0, PSEUDO_CALL, 0, -1);
            }
            return bare;
        }

        private ExternSpec externNamed(String name, String where) {
            ExternSpec x = externs.get(name);
            if (x == null) {
                throw new BpfException(where + ": refers to extern '" + name + "', which the object does not declare");
            }
            return x;
        }

        /** The kconfig extern a {@code .kconfig} value load reads: libbpf relocates only to an extern's start. */
        private ElfBuilder.Symbol kconfigSymbol(Instruction insn, String where) {
            int off = insn.nextImm();
            for (ExternSpec x : layout.externs()) {
                if (x.kind() == ExternSpec.Kind.KCONFIG && x.offset() == off && insn.imm32() == 0) {
                    return externSymbols.get(x.name());
                }
            }
            throw new BpfException(where + ": loads .kconfig at offset " + off + ", where no kconfig extern starts;"
                    + " an object can only load the address of an extern (add the offset with an ALU instruction)");
        }

        private MapSpec mapNamed(String name, String where) {
            if (name == null) {
                throw new BpfException(where + ": the map load names no map");
            }
            MapSpec m = maps.get(name);
            if (m == null) {
                throw new BpfException(where + ": refers to map '" + name + "', which the object does not declare");
            }
            return m;
        }

        private CodeFunction functionNamed(String name, String where) {
            CodeFunction f = name == null ? null : functions.get(name);
            if (f == null) {
                throw new BpfException(where + ": refers to function '" + name + "', which the object does not contain");
            }
            return f;
        }
    }
}
