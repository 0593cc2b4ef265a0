package dev.bpfj.emitter;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.BpfFormatException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionCodec;
import dev.bpfj.core.MapType;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.Pinning;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.spec.TypeSource;
import dev.bpfj.emitter.btf.Btf;
import dev.bpfj.emitter.btf.BtfExt;
import dev.bpfj.emitter.btf.BtfFormatException;
import dev.bpfj.emitter.btf.CoreRelocation;
import dev.bpfj.emitter.btf.CoreRelocator;
import dev.bpfj.emitter.btf.TargetBtf;
import dev.bpfj.emitter.elf.Elf;
import dev.bpfj.emitter.elf.ElfFile;
import dev.bpfj.emitter.elf.ElfFile.Rel;
import dev.bpfj.emitter.elf.ElfFile.Section;
import dev.bpfj.emitter.elf.ElfFile.Symbol;
import dev.bpfj.emitter.elf.Slice;
import dev.bpfj.emitter.link.CodeFunction;
import dev.bpfj.emitter.link.Linker;
import dev.bpfj.emitter.link.ObjectLayout;
import dev.bpfj.emitter.link.ProgramMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One read of one object; see {@link ElfReader}. */
final class ObjectReader {
    /** The largest {@code .bss} read: NOBITS sizes are not bounded by the input, so bound them here. */
    static final long MAX_BSS = 1 << 24;

    private enum Kind { CODE, BTF_MAPS, LEGACY_MAPS, DATA, LICENSE, OTHER }

    /** A function being read, before linking. */
    private static final class Fn {
        final String name;
        final Section section;
        final int startSlot;
        final int slotCount;
        final Symbol symbol;
        List<Instruction> insns = List.of();
        int[] slots = new int[0]; // slot of each instruction within the function
        BtfType.Linkage linkage;
        BtfType.FuncProto proto;
        String broken;

        Fn(String name, Section section, int startSlot, int slotCount, Symbol symbol, BtfType.Linkage linkage) {
            this.name = name;
            this.section = section;
            this.startSlot = startSlot;
            this.slotCount = slotCount;
            this.symbol = symbol;
            this.linkage = linkage;
        }

        boolean isText() {
            return section.name().equals(ObjectLayout.TEXT);
        }

        /** The instruction index at a slot of the section, or -1 when none starts there. */
        int indexAt(int sectionSlot) {
            int local = sectionSlot - startSlot;
            int lo = 0;
            int hi = slots.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (slots[mid] == local) {
                    return mid;
                }
                if (slots[mid] < local) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return -1;
        }

        String describe() {
            return (isText() ? "function '" : "program '") + name + "'";
        }
    }

    private final ElfFile elf;
    private final ReadOptions options;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Integer, Kind> kinds = new HashMap<>();
    private final Map<String, MapSpec> maps = new LinkedHashMap<>();
    private final Map<Long, String> mapAt = new HashMap<>();
    /** Where each BTF-defined map of {@code .maps} lies and where its {@code values} array starts. */
    private final TreeMap<Long, SlotLayout> slotLayouts = new TreeMap<>();

    private record SlotLayout(String map, long offset, long valuesOffset) {}
    private final Map<Integer, MapSpec> dataMaps = new HashMap<>();
    private final Map<Integer, List<Fn>> functions = new LinkedHashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private Btf btf;
    private BtfExt ext;
    private Map<String, List<CoreRelocation>> coreRelocations = Map.of();
    private final List<AppliedCoreRelocation> applied = new ArrayList<>();
    private String license = "";
    /** Externs by symbol index, and why the others cannot be resolved. */
    private final Map<Integer, ExternSpec> externs = new LinkedHashMap<>();
    private final Map<Integer, String> externProblems = new HashMap<>();

    ObjectReader(byte[] bytes, ReadOptions options) {
        this.elf = ElfFile.parse(bytes);
        this.options = options;
    }

    private void error(String where, String message) {
        diagnostics.add(Diagnostic.error(where, message));
    }

    private void warning(String where, String message) {
        diagnostics.add(Diagnostic.warning(where, message));
    }

    private void note(String where, String message) {
        diagnostics.add(Diagnostic.note(where, message));
    }

    ReadResult read() {
        classify();
        readBtf();
        collectExterns();
        for (Section s : elf.sections()) {
            try {
                switch (kinds.getOrDefault(s.index(), Kind.OTHER)) {
                    case LICENSE -> readLicense(s);
                    case LEGACY_MAPS -> readLegacyMaps(s);
                    case BTF_MAPS -> readBtfMaps(s);
                    case DATA -> readDataSection(s);
                    default -> {
                    }
                }
            } catch (BpfFormatException | IllegalArgumentException e) {
                error(s.toString(), e.getMessage() + "; section not read");
            }
        }
        for (Section s : elf.sections()) {
            if (kinds.get(s.index()) == Kind.CODE) {
                try {
                    readFunctions(s);
                } catch (BpfFormatException | IllegalArgumentException e) {
                    error(s.toString(), e.getMessage() + "; section not read");
                    functions.put(s.index(), new ArrayList<>());
                }
            }
        }
        splitUnnamedText();
        for (List<Fn> fns : functions.values()) {
            for (Fn f : fns) {
                decode(f);
            }
        }
        applyCoreRelocations();
        for (Section s : elf.sections()) {
            if (s.type() == Elf.SHT_REL && kinds.get(s.info()) == Kind.CODE && functions.containsKey(s.info())) {
                relocate(s, elf.sections().get(s.info()));
            } else if (s.type() == Elf.SHT_REL && s.info() > 0 && kinds.get(s.info()) == Kind.BTF_MAPS && s.size() > 0) {
                readInitialSlots(s, elf.sections().get(s.info()));
            } else if (s.type() == Elf.SHT_RELA && s.info() > 0 && kinds.get(s.info()) == Kind.CODE) {
                error(s.toString(), "RELA relocations are not used by BPF; the relocations of "
                        + elf.sections().get(s.info()).name() + " are ignored");
            }
        }
        resolveLocalCalls();
        applyExtInfo();
        List<CodeFunction> code = new ArrayList<>();
        for (List<Fn> fns : functions.values()) {
            for (Fn f : fns) {
                if (f.broken == null) {
                    code.add(toCodeFunction(f));
                }
            }
        }
        Map<String, Fn> byName = new HashMap<>();
        functions.values().forEach(l -> l.forEach(f -> byName.put(f.name, f)));
        List<ProgramSpec> programs = Linker.link(code, (entry, problem) -> {
            String reason = problem;
            for (Fn f : byName.values()) {
                if (f.broken != null && problem.contains("'" + f.name + "'")) {
                    reason = problem.replace("which is not a function of this object", "which could not be read");
                }
            }
            error("program '" + entry.name() + "'", reason);
        });
        List<ExternSpec> externList = new ArrayList<>(externs.values());
        List<MapSpec> mapList = new ArrayList<>();
        Set<String> programNames = new HashSet<>();
        programs.forEach(p -> programNames.add(p.name()));
        for (MapSpec m : maps.values()) {
            mapList.add(m.type() == MapType.PROG_ARRAY ? onlyPrograms(m, programNames) : m);
        }
        MapSpec kconfig = Externs.kconfigMap(externList);
        if (kconfig != null) {
            if (maps.containsKey(kconfig.name())) {
                error(kconfig.name(), "a map of this name exists already; the kconfig externs cannot be read");
            } else {
                mapList.add(kconfig);
            }
        }
        return new ReadResult(new ObjectSpec(programs, mapList, license, externList), diagnostics, applied);
    }

    // ---- sections ----

    private void classify() {
        for (Section s : elf.sections()) {
            String n = s.name();
            Kind k = Kind.OTHER;
            if (s.isExecutable()) {
                k = s.size() > 0 ? Kind.CODE : Kind.OTHER;
            } else if (s.type() == Elf.SHT_PROGBITS && n.startsWith("license")) {
                k = Kind.LICENSE;
            } else if (n.equals(".maps") && (s.type() == Elf.SHT_PROGBITS || s.type() == Elf.SHT_NOBITS)) {
                k = Kind.BTF_MAPS;
            } else if (n.startsWith("maps") && (s.type() == Elf.SHT_PROGBITS || s.type() == Elf.SHT_NOBITS)) {
                k = Kind.LEGACY_MAPS;
            } else if ((s.type() == Elf.SHT_PROGBITS || s.type() == Elf.SHT_NOBITS) && s.isAlloc()
                    && (n.startsWith(".data") || n.startsWith(".rodata") || n.startsWith(".bss"))) {
                k = Kind.DATA;
            } else if (s.type() == Elf.SHT_PROGBITS && s.isAlloc() && s.size() > 0 && !n.startsWith(".maps.")
                    && !n.equals("version") && !n.startsWith(".struct_ops") && !n.startsWith(".addr_space")) {
                note(s.toString(), "skipping unrecognized data section");
            } else if (n.startsWith(".struct_ops") || n.startsWith(".addr_space")) {
                warning(s.toString(), "struct_ops and arena sections are not read");
            }
            kinds.put(s.index(), k);
        }
    }

    private void readLicense(Section s) {
        byte[] b = elf.data(s).bytes();
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        if (end == b.length && b.length > 0) {
            warning(s.toString(), "the license is not NUL-terminated");
        }
        license = new String(b, 0, end, StandardCharsets.UTF_8);
    }

    private void readBtf() {
        Section btfSec = elf.section(".BTF").orElse(null);
        if (btfSec == null) {
            return;
        }
        if (btfSec.type() != Elf.SHT_PROGBITS) {
            error(btfSec.toString(), "is not PROGBITS; BTF ignored");
            return;
        }
        try {
            btf = Btf.parse(elf.data(btfSec).bytes(), elf.order());
        } catch (BpfFormatException e) {
            error(".BTF", e.getMessage() + "; BTF ignored (types, function prototypes and line info are lost)");
            return;
        }
        Section extSec = elf.section(".BTF.ext").orElse(null);
        if (extSec != null && extSec.type() == Elf.SHT_PROGBITS) {
            try {
                Slice raw = elf.data(extSec);
                ext = BtfExt.parse(raw.bytes(), elf.order(), btf);
            } catch (BpfFormatException e) {
                warning(".BTF.ext", e.getMessage() + "; function and line info ignored");
            }
            try {
                coreRelocations = BtfExt.coreRelocations(elf.data(extSec).bytes(), elf.order(), btf);
            } catch (BpfFormatException e) {
                error(".BTF.ext", e.getMessage() + "; no CO-RE relocation is applied (libbpf refuses the object)");
            }
        }
    }

    private String uniqueName(String name, String where) {
        if (usedNames.add(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            String n = name + "_" + i;
            if (usedNames.add(n)) {
                warning(where, "a second function is named '" + name + "'; read as '" + n + "'");
                return n;
            }
        }
    }

    // ---- externs ----

    /**
     * libbpf's {@code bpf_object__collect_externs}: every undefined global or weak symbol without a type
     * is an extern, described by a BTF FUNC or VAR of extern linkage of the same name, which sits in
     * DATASEC {@code .ksyms} (kfuncs and kernel variables) or {@code .kconfig} (configuration values).
     */
    private void collectExterns() {
        List<ExternSpec> found = new ArrayList<>();
        List<Integer> symbolIndex = new ArrayList<>();
        for (Symbol sym : elf.symbols()) {
            if (sym.index() == 0 || sym.shndx() != Elf.SHN_UNDEF || sym.name().isEmpty()
                    || (sym.bind() != Elf.STB_GLOBAL && sym.bind() != Elf.STB_WEAK) || sym.type() != Elf.STT_NOTYPE) {
                continue;
            }
            try {
                ExternSpec e = extern(sym);
                found.add(e);
                symbolIndex.add(sym.index());
            } catch (BpfFormatException | IllegalArgumentException e) {
                String problem = e.getMessage();
                externProblems.put(sym.index(), problem);
                error("extern '" + sym.name() + "'", problem + "; programs using it are not read");
            }
        }
        List<ExternSpec> laidOut = Externs.layout(found);
        for (int i = 0; i < laidOut.size(); i++) {
            externs.put(symbolIndex.get(i), laidOut.get(i));
        }
    }

    private ExternSpec extern(Symbol sym) {
        String name = sym.name();
        if (btf == null) {
            throw new ElfFormatException("extern '" + name + "'", "the object has no BTF to describe it (libbpf: \"failed"
                    + " to find BTF for extern\")");
        }
        OptionalInt func = btf.find(BtfType.KIND_FUNC, name);
        OptionalInt var = btf.find(BtfType.KIND_VAR, name);
        int id = func.isPresent() && (var.isEmpty() || func.getAsInt() < var.getAsInt()) ? func.getAsInt()
                : var.orElse(0);
        if (id == 0) {
            throw new ElfFormatException("extern '" + name + "'", "no BTF FUNC or VAR describes it (libbpf: \"failed to"
                    + " find BTF for extern\"); declare it with __ksym or __kconfig");
        }
        BtfType t = btf.type(id);
        BtfType.Linkage linkage = t instanceof BtfType.Func f ? f.linkage() : ((BtfType.Var) t).linkage();
        if (linkage != BtfType.Linkage.EXTERN) {
            throw new ElfFormatException("extern '" + name + "'", "its BTF " + (t instanceof BtfType.Func ? "FUNC" : "VAR")
                    + " is not of extern linkage");
        }
        String section = externSection(id);
        boolean weak = sym.bind() == Elf.STB_WEAK;
        switch (section) {
            case ".ksyms" -> {
                if (t instanceof BtfType.Func f) {
                    return ExternSpec.kfunc(f, weak);
                }
                return ExternSpec.ksym(name, ((BtfType.Var) t).type(), weak);
            }
            case ".kconfig" -> {
                if (t instanceof BtfType.Func) {
                    throw new ElfFormatException("extern '" + name + "'", "an extern function cannot be in .kconfig");
                }
                BtfType type = ((BtfType.Var) t).type();
                if (Externs.kconfigType(type) == Externs.KconfigType.UNKNOWN) {
                    throw new ElfFormatException("extern '" + name + "'", "kconfig type " + type + " is unsupported (libbpf"
                            + " takes bool, char, char arrays, 1/2/4/8-byte integers and enum libbpf_tristate)");
                }
                return ExternSpec.kconfig(name, type, weak, 0);
            }
            case "" -> throw new ElfFormatException("extern '" + name + "'", "no DATASEC holds it (libbpf: \"failed to find"
                    + " BTF for extern section\"); declare it with __ksym or __kconfig");
            default -> throw new ElfFormatException("extern '" + name + "'", "it is in DATASEC '" + section
                    + "'; libbpf knows only .ksyms and .kconfig (\"unrecognized extern section\")");
        }
    }

    /** The name of the DATASEC that lists a type id, or empty. */
    private String externSection(int id) {
        for (String name : List.of(".ksyms", ".kconfig")) {
            OptionalInt ds = btf.find(BtfType.KIND_DATASEC, name);
            if (ds.isPresent() && java.util.Arrays.stream(btf.datasecEntries(ds.getAsInt())).anyMatch(e -> e[0] == id)) {
                return name;
            }
        }
        for (int t = 1; t <= btf.typeCount(); t++) {
            if (btf.kind(t) == BtfType.KIND_DATASEC
                    && java.util.Arrays.stream(btf.datasecEntries(t)).anyMatch(e -> e[0] == id)) {
                return btf.name(t);
            }
        }
        return "";
    }

    /** The instruction an extern relocation makes of {@code insn}: a kfunc call, a ksym or a kconfig load. */
    private Instruction externReference(Instruction insn, Symbol sym, String where) {
        ExternSpec e = externs.get(sym.index());
        if (e == null) {
            String problem = externProblems.get(sym.index());
            throw new ElfFormatException(where, "refers to extern '" + sym.name() + "', which "
                    + (problem != null ? "cannot be read: " + problem
                    : "is not an extern libbpf resolves (an undefined symbol with a type)"));
        }
        if (insn.isCall()) {
            if (e.kind() != ExternSpec.Kind.KFUNC) {
                throw new ElfFormatException(where, "calls " + e.kind().displayName() + " '" + e.name()
                        + "', which is not a function");
            }
            return new Instruction(CALL_OP, 0, PSEUDO_KFUNC_CALL, 0, 0, e.name(), insn.source());
        }
        return switch (e.kind()) {
            // libbpf ignores the immediate: the value's offset is the extern's own
            case KCONFIG -> new Instruction(LDDW, insn.dst(), PSEUDO_MAP_VALUE, insn.offset(), (long) e.offset() << 32,
                    ExternSpec.KCONFIG_MAP, insn.source());
            case KFUNC -> new Instruction(LDDW, insn.dst(), PSEUDO_BTF_ID, insn.offset(), 0, e.name(), insn.source());
            case KSYM -> new Instruction(LDDW, insn.dst(), e.isTypeless() ? 0 : PSEUDO_BTF_ID, insn.offset(), 0, e.name(),
                    insn.source());
        };
    }

    // ---- maps ----

    private static long at(int shndx, long offset) {
        return (long) shndx << 40 ^ offset;
    }

    private void addMap(MapSpec m, Section s, long offset, String where) {
        if (maps.containsKey(m.name())) {
            error(where, "a second map is named '" + m.name() + "'; only the first is read");
            return;
        }
        maps.put(m.name(), m);
        mapAt.put(at(s.index(), offset), m.name());
    }

    /** Named data and function symbols of a section, in table order. */
    private List<Symbol> symbolsIn(Section s) {
        if (symbolsBySection == null) {
            symbolsBySection = new HashMap<>();
            for (Symbol sym : elf.symbols()) {
                if (sym.index() != 0 && sym.type() != Elf.STT_SECTION && sym.type() != Elf.STT_FILE && !sym.name().isEmpty()) {
                    symbolsBySection.computeIfAbsent(sym.shndx(), k -> new ArrayList<>()).add(sym);
                }
            }
        }
        return symbolsBySection.getOrDefault(s.index(), List.of());
    }

    private Map<Integer, List<Symbol>> symbolsBySection;

    private void readLegacyMaps(Section s) {
        String where = s.toString();
        if (s.type() == Elf.SHT_NOBITS || s.size() == 0) {
            error(where, "legacy map definitions need data (struct bpf_map_def records); none read");
            return;
        }
        TreeMap<Long, Symbol> byOffset = new TreeMap<>();
        for (Symbol sym : symbolsIn(s)) {
            byOffset.putIfAbsent(sym.value(), sym);
        }
        if (byOffset.isEmpty()) {
            error(where, "no symbols name the legacy map definitions; none read");
            return;
        }
        int n = byOffset.size();
        // each definition is its symbol's size (cilium/ebpf); objects whose symbols have no size divide
        // the section evenly, as the old loaders did
        boolean sized = byOffset.values().stream().allMatch(sym -> sym.size() > 0);
        if (!sized && s.size() % n != 0) {
            error(where, "map definitions are not of equal size (" + s.size() + " bytes for " + n + " symbols); none read");
            return;
        }
        Slice data = elf.data(s);
        Set<Long> sizes = new TreeSet<>();
        for (Symbol sym : byOffset.values()) {
            String mwhere = "map '" + sym.name() + "'";
            long off = sym.value();
            long recSize = sized ? sym.size() : s.size() / n;
            if (!sized && off % recSize != 0) {
                error(mwhere, "does not start at a multiple of the " + recSize + "-byte definition size");
                continue;
            }
            if (recSize < 16 || !data.fits(off, recSize)) {
                error(mwhere, "its " + recSize + "-byte definition at offset " + off
                        + " is too short for struct bpf_map_def or runs past section " + s.name());
                continue;
            }
            sizes.add(recSize);
            MapType type = mapType(data.u32(off), mwhere);
            if (type == null) {
                continue;
            }
            MapSpec.Builder b = MapSpec.builder(sym.name(), type).keySize(data.u32(off + 4)).valueSize(data.u32(off + 8))
                    .maxEntries(data.u32(off + 12)).flags(recSize >= 20 ? data.u32(off + 16) : 0)
                    .definition(MapDefinitionKind.LEGACY);
            if (recSize > 20) {
                b.legacyExtra(data.bytes(off + 20, recSize - 20));
            }
            annotateLegacy(b, sym.name(), data.u32(off + 4), data.u32(off + 8));
            if (!ObjectNames.isValidName(sym.name())) {
                warning(mwhere, "the name is not one the kernel accepts for a map");
            }
            addMap(b.build(), s, off, mwhere);
        }
        note(where, n + " legacy map definition(s) of " + sizes.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("/")) + " bytes; libbpf 1.x refuses this section"
                + " (\"legacy map definitions in 'maps' section are not supported\")");
    }

    /** Key and value types from an old {@code BPF_ANNOTATE_KV_PAIR} struct {@code ____btf_map_<name>}. */
    private void annotateLegacy(MapSpec.Builder b, String name, int keySize, int valueSize) {
        if (btf == null) {
            return;
        }
        OptionalInt id = btf.find(BtfType.KIND_STRUCT, "____btf_map_" + name);
        if (id.isEmpty()) {
            return;
        }
        try {
            if (btf.type(id.getAsInt()) instanceof BtfType.Struct st && st.member("key") != null
                    && st.member("value") != null && st.member("key").type().size() == keySize
                    && st.member("value").type().size() == valueSize) {
                b.keyType(st.member("key").type()).valueType(st.member("value").type());
            }
        } catch (BtfFormatException e) {
            warning("map '" + name + "'", "its BTF annotation cannot be read: " + e.getMessage());
        }
    }

    private MapType mapType(long value, String where) {
        if (value <= 0 || value >= MapType.values().length) {
            error(where, "unknown map type " + value + "; map not read");
            return null;
        }
        return MapType.of((int) value);
    }

    private void readBtfMaps(Section s) {
        String where = s.toString();
        if (btf == null) {
            error(where, "BTF is required for BTF-defined maps, but .BTF is missing or corrupt; no maps read");
            return;
        }
        OptionalInt ds = btf.find(BtfType.KIND_DATASEC, ".maps");
        if (ds.isEmpty()) {
            error(where, "DATASEC '.maps' not found in BTF; no maps read");
            return;
        }
        if (s.type() == Elf.SHT_PROGBITS && !elf.data(s).allZero()) {
            warning(where, "map definitions hold non-zero bytes; libbpf and cilium/ebpf ignore or refuse them");
        }
        Map<String, Symbol> symbols = new HashMap<>();
        for (Symbol sym : symbolsIn(s)) {
            symbols.putIfAbsent(sym.name(), sym);
        }
        int[][] entries = btf.datasecEntries(ds.getAsInt());
        java.util.Arrays.sort(entries, Comparator.comparingLong(e -> offsetOf(symbols, e)));
        for (int[] e : entries) {
            String name = "?";
            try {
                int varId = e[0];
                if (btf.kind(varId) != BtfType.KIND_VAR) {
                    error(where, "DATASEC '.maps' entry type " + varId + " is not a VAR");
                    continue;
                }
                name = btf.name(varId);
                String mwhere = "map '" + name + "'";
                if (name.isEmpty()) {
                    error(where, "DATASEC '.maps' has a VAR without a name");
                    continue;
                }
                Symbol sym = symbols.get(name);
                long offset = e[1] & 0xffffffffL;
                if (sym == null) {
                    warning(mwhere, "no ELF symbol names it (libbpf: \"failed to find ELF symbol\"); its DATASEC offset is used");
                } else {
                    offset = sym.value();
                    if (sym.isLocal()) {
                        warning(mwhere, "the map symbol is static; libbpf and cilium/ebpf expect global maps");
                    }
                }
                int defId = btf.skipModifiers(btf.sizeOrType(varId));
                MapSpec m = mapFromBtf(name, defId, true, mwhere);
                if (m != null) {
                    addMap(m, s, offset, mwhere);
                    for (int[] member : btf.members(defId)) {
                        if (btf.string(member[0] & 0xffffffffL).equals("values")) {
                            long bits = btf.kindFlag(defId) ? member[2] & 0xffffff : member[2] & 0xffffffffL;
                            slotLayouts.put(offset, new SlotLayout(name, offset, bits / 8));
                        }
                    }
                }
            } catch (BpfFormatException | IllegalArgumentException ex) {
                error("map '" + name + "'", ex.getMessage());
            }
        }
    }

    /** A program array without the initial slots that name a function which is not a program read (libbpf refuses those). */
    private MapSpec onlyPrograms(MapSpec m, Set<String> programNames) {
        Map<Integer, String> kept = new TreeMap<>();
        m.initialSlots().forEach((slot, target) -> {
            if (programNames.contains(target)) {
                kept.put(slot, target);
            } else {
                error("map '" + m.name() + "'", "initial slot " + slot + " refers to '" + target + "', which is not a"
                        + " program read from this object (a subprogram, or a program that could not be read); ignored");
            }
        });
        return kept.size() == m.initialSlots().size() ? m : m.toBuilder().clearInitialSlots().initialSlots(kept).build();
    }

    /**
     * The {@code .rel.maps} relocations of {@code .values = { [i] = &x }} initialisers: each puts a program
     * (program arrays) or another map of {@code .maps} (map-in-map) into slot {@code i}, as libbpf reads them.
     */
    private void readInitialSlots(Section rel, Section mapsSection) {
        List<ElfFile.Rel> relocations;
        try {
            relocations = elf.relocations(rel);
        } catch (BpfFormatException e) {
            error(rel.toString(), e.getMessage() + "; initial map slots not read");
            return;
        }
        for (ElfFile.Rel r : relocations) {
            String where = rel + " at offset " + r.offset();
            var entry = slotLayouts.floorEntry(r.offset());
            if (entry == null || r.offset() < entry.getValue().offset() + entry.getValue().valuesOffset()) {
                error(where, "does not point into the values array of a map in " + mapsSection.name() + "; ignored");
                continue;
            }
            SlotLayout layout = entry.getValue();
            MapSpec map = maps.get(layout.map());
            String mwhere = "map '" + layout.map() + "'";
            long rel8 = r.offset() - layout.offset() - layout.valuesOffset();
            if (rel8 % 8 != 0) {
                error(mwhere, "initial slot relocation at offset " + r.offset() + " is not aligned to a pointer; ignored");
                continue;
            }
            long slot = rel8 / 8;
            if (r.symbol() <= 0 || r.symbol() >= elf.symbols().size()) {
                error(mwhere, "initial slot " + slot + " refers to symbol #" + r.symbol() + ", which does not exist; ignored");
                continue;
            }
            Symbol target = elf.symbols().get(r.symbol());
            Kind targetKind = kinds.getOrDefault(target.shndx(), Kind.OTHER);
            boolean progArray = map.type() == MapType.PROG_ARRAY;
            boolean mapInMap = map.type() == MapType.ARRAY_OF_MAPS || map.type() == MapType.HASH_OF_MAPS;
            String name;
            if (progArray && target.type() == Elf.STT_FUNC && targetKind == Kind.CODE) {
                name = target.name();
            } else if (mapInMap && targetKind == Kind.BTF_MAPS && mapAt.containsKey(at(target.shndx(), target.value()))) {
                name = mapAt.get(at(target.shndx(), target.value()));
            } else {
                error(mwhere, "initial slot " + slot + " refers to '" + target.name() + "', which is not "
                        + (progArray ? "a program" : mapInMap ? "a map of .maps" : "allowed: only program arrays and"
                        + " map-in-map maps have initial slots") + "; ignored");
                continue;
            }
            if (slot >= Integer.toUnsignedLong(map.maxEntries())) {
                error(mwhere, "initial slot " + slot + " is beyond max_entries " + Integer.toUnsignedString(map.maxEntries())
                        + "; ignored");
                continue;
            }
            maps.put(map.name(), map.toBuilder().initialSlot((int) slot, name).build());
        }
    }

    /** Where a {@code .maps} entry lives: its symbol's offset, else its DATASEC offset. */
    private long offsetOf(Map<String, Symbol> symbols, int[] entry) {
        try {
            Symbol sym = symbols.get(btf.name(entry[0]));
            return sym != null ? sym.value() : entry[1] & 0xffffffffL;
        } catch (BpfFormatException e) {
            return entry[1] & 0xffffffffL;
        }
    }

    private MapSpec mapFromBtf(String name, int defId, boolean outer, String where) {
        if (btf.kind(defId) != BtfType.KIND_STRUCT) {
            error(where, "its BTF type is not a struct; map not read");
            return null;
        }
        Long type = null;
        long keySize = -1;
        long valueSize = -1;
        long maxEntries = 0;
        long flags = 0;
        long numa = 0;
        long pinning = 0;
        long extra = 0;
        BtfType keyType = null;
        BtfType valueType = null;
        MapSpec inner = null;
        for (int[] m : btf.members(defId)) {
            String field = btf.string(m[0] & 0xffffffffL);
            int mtype = m[1];
            switch (field) {
                case "type" -> type = uintField(mtype, field, where);
                case "max_entries" -> maxEntries = uintField(mtype, field, where);
                case "map_flags" -> flags = uintField(mtype, field, where);
                case "numa_node" -> numa = uintField(mtype, field, where);
                case "key_size" -> keySize = uintField(mtype, field, where);
                case "value_size" -> valueSize = uintField(mtype, field, where);
                case "pinning" -> pinning = uintField(mtype, field, where);
                case "map_extra" -> extra = longField(mtype, field, where);
                case "key", "value" -> {
                    int ptr = btf.skipModifiers(mtype);
                    if (btf.kind(ptr) != BtfType.KIND_PTR) {
                        throw new BtfFormatException(where, field + " spec is not a pointer (__type(" + field + ", T))");
                    }
                    BtfType t = btf.type(btf.sizeOrType(ptr));
                    if (t.size() < 0) {
                        throw new BtfFormatException(where, "the " + field + " type " + t + " has no size");
                    }
                    if (field.equals("key")) {
                        keyType = t;
                    } else {
                        valueType = t;
                    }
                }
                case "values" -> {
                    int arr = btf.skipModifiers(mtype);
                    if (btf.kind(arr) != BtfType.KIND_ARRAY) {
                        throw new BtfFormatException(where, "values spec is not a zero-length array (__array)");
                    }
                    int ptr = btf.skipModifiers(btf.array(arr)[0]);
                    if (btf.kind(ptr) != BtfType.KIND_PTR) {
                        throw new BtfFormatException(where, "values spec is not an array of pointers");
                    }
                    int target = btf.skipModifiers(btf.sizeOrType(ptr));
                    if (btf.kind(target) == BtfType.KIND_STRUCT) {
                        if (!outer) {
                            throw new BtfFormatException(where, "maps nest more than one level deep");
                        }
                        inner = mapFromBtf(name + ".inner", target, false, where + " inner map");
                    } else if (btf.kind(target) != BtfType.KIND_FUNC_PROTO) {
                        throw new BtfFormatException(where, "values must point to an inner map definition or a function");
                    }
                }
                default -> warning(where, "unknown map field '" + field + "' ignored (libbpf refuses it)");
            }
        }
        if (type == null) {
            error(where, "map type isn't specified; map not read");
            return null;
        }
        MapType mt = mapType(type, where);
        if (mt == null) {
            return null;
        }
        if (keyType != null && keySize >= 0 && keySize != keyType.size()) {
            error(where, "key_size " + keySize + " disagrees with the key type's size " + keyType.size() + "; map not read");
            return null;
        }
        if (valueType != null && valueSize >= 0 && valueSize != valueType.size()) {
            error(where, "value_size " + valueSize + " disagrees with the value type's size " + valueType.size()
                    + "; map not read");
            return null;
        }
        MapSpec.Builder b = MapSpec.builder(name, mt).maxEntries((int) maxEntries).flags((int) flags).numaNode((int) numa)
                .mapExtra(extra).definition(MapDefinitionKind.BTF);
        b.keySize(keySize < 0 ? 0 : (int) keySize).valueSize(valueSize < 0 ? 0 : (int) valueSize);
        if (keyType != null) {
            b.keyType(keyType);
        }
        if (valueType != null) {
            b.valueType(valueType);
        }
        if (inner != null) {
            b.innerMap(inner).valueSize(4);
        } else if (mt == MapType.ARRAY_OF_MAPS || mt == MapType.HASH_OF_MAPS || mt == MapType.PROG_ARRAY) {
            if (valueSize < 0) {
                b.valueSize(4);
            }
        }
        if (pinning == 1) {
            b.pinning(Pinning.BY_NAME);
        } else if (pinning != 0) {
            warning(where, "unknown pinning " + pinning + " read as none");
        }
        return b.build();
    }

    private long uintField(int mtype, String field, String where) {
        int ptr = btf.skipModifiers(mtype);
        if (btf.kind(ptr) != BtfType.KIND_PTR) {
            throw new BtfFormatException(where, "attr '" + field + "': expected PTR (the __uint encoding)");
        }
        int arr = btf.skipModifiers(btf.sizeOrType(ptr));
        if (btf.kind(arr) != BtfType.KIND_ARRAY) {
            throw new BtfFormatException(where, "attr '" + field + "': expected a pointer to an ARRAY");
        }
        return btf.array(arr)[2] & 0xffffffffL;
    }

    private long longField(int mtype, String field, String where) {
        int t = btf.skipModifiers(mtype);
        int k = btf.kind(t);
        if (k == BtfType.KIND_PTR) {
            return uintField(mtype, field, where);
        }
        if ((k != BtfType.KIND_ENUM && k != BtfType.KIND_ENUM64) || btf.vlen(t) != 1) {
            throw new BtfFormatException(where, "attr '" + field + "': expected __uint or __ulong");
        }
        return btf.enumValue(t, 0);
    }

    private void readDataSection(Section s) {
        String where = s.toString();
        if (s.size() == 0) {
            return;
        }
        boolean bss = s.type() == Elf.SHT_NOBITS;
        if (bss && s.size() > MAX_BSS) {
            error(where, "is " + s.size() + " bytes, larger than the " + MAX_BSS + " bytes bpfj reads; not read");
            return;
        }
        if (s.size() > Integer.MAX_VALUE - 8) {
            error(where, "too large; not read");
            return;
        }
        byte[] bytes = bss ? new byte[(int) s.size()] : elf.data(s).bytes();
        BtfType.Datasec datasec = null;
        boolean globalVars = false;
        if (btf != null) {
            OptionalInt id = btf.find(BtfType.KIND_DATASEC, s.name());
            if (id.isPresent()) {
                try {
                    datasec = fixDatasec((BtfType.Datasec) btf.type(id.getAsInt()), s);
                    globalVars = datasec != null && datasec.vars().stream()
                            .anyMatch(v -> v.type() instanceof BtfType.Var var && var.linkage() != BtfType.Linkage.STATIC);
                } catch (BpfFormatException e) {
                    warning(where, "its DATASEC cannot be read: " + e.getMessage());
                }
            }
        }
        int flags = 0;
        if (s.name().startsWith(".rodata")) {
            flags |= MapSpec.F_RDONLY_PROG;
        }
        if (globalVars) {
            flags |= MapSpec.F_MMAPABLE; // libbpf's map_is_mmapable
        }
        MapSpec.Builder b = MapSpec.builder(s.name(), MapType.ARRAY).keySize(4).valueSize((int) s.size()).maxEntries(1)
                .flags(flags).definition(MapDefinitionKind.DATA_SECTION).initialData(bytes);
        if (datasec != null) {
            b.valueType(datasec);
        }
        MapSpec m = b.build();
        if (maps.containsKey(m.name())) {
            error(where, "a map is already named '" + m.name() + "'; data section not read");
            return;
        }
        maps.put(m.name(), m);
        dataMaps.put(s.index(), m);
    }

    /** clang leaves DATASEC sizes and offsets to libbpf: take them from the section and the symbols. */
    private BtfType.Datasec fixDatasec(BtfType.Datasec d, Section s) {
        Map<String, Symbol> symbols = new HashMap<>();
        for (Symbol sym : symbolsIn(s)) {
            symbols.putIfAbsent(sym.name(), sym);
        }
        List<BtfType.VarSecinfo> vars = new ArrayList<>();
        for (BtfType.VarSecinfo v : d.vars()) {
            if (!(v.type() instanceof BtfType.Var var)) {
                throw new BtfFormatException("DATASEC " + s.name(), "an entry is not a VAR");
            }
            int offset = v.offset();
            Symbol sym = symbols.get(var.name());
            if (var.linkage() != BtfType.Linkage.STATIC && sym != null) {
                offset = (int) sym.value();
            }
            vars.add(new BtfType.VarSecinfo(var, offset, v.size()));
        }
        vars.sort(Comparator.comparingInt(BtfType.VarSecinfo::offset));
        long end = 0;
        for (BtfType.VarSecinfo v : vars) {
            if (v.offset() < end || v.size() < 0 || (long) v.offset() + v.size() > s.size()) {
                throw new BtfFormatException("DATASEC " + s.name(), "variable '" + v.type().name() + "' at offset "
                        + v.offset() + " overlaps another or lies outside the section");
            }
            end = (long) v.offset() + v.size();
        }
        return new BtfType.Datasec(d.name(), (int) s.size(), vars);
    }

    // ---- functions ----

    private void readFunctions(Section s) {
        String where = s.toString();
        boolean text = s.name().equals(ObjectLayout.TEXT);
        if (s.size() % 8 != 0) {
            error(where, "size " + s.size() + " is not a multiple of 8 (the instruction size); section not read");
            return;
        }
        int sectionSlots = (int) (s.size() / 8);
        List<Symbol> syms = new ArrayList<>();
        for (Symbol sym : symbolsIn(s)) {
            if (sym.type() == Elf.STT_FUNC) {
                syms.add(sym);
            }
        }
        syms.sort(Comparator.comparingLong(Symbol::value).thenComparingInt(Symbol::index));
        List<Fn> out = new ArrayList<>();
        if (syms.isEmpty()) {
            if (!text) {
                String name = programNameForSection(s);
                out.add(new Fn(uniqueName(name, where), s, 0, sectionSlots, null, BtfType.Linkage.GLOBAL));
                note(where, "no function symbols: read as one program named '" + out.get(0).name + "', as older loaders"
                        + " did (libbpf 1.x skips such sections)");
            }
            functions.put(s.index(), out);
            return;
        }
        for (int i = 0; i < syms.size(); i++) {
            Symbol sym = syms.get(i);
            String swhere = (text ? "function '" : "program '") + sym.name() + "'";
            long value = sym.value();
            long size = sym.size();
            long next = i + 1 < syms.size() ? syms.get(i + 1).value() : s.size();
            if (value % 8 != 0 || value >= s.size()) {
                error(swhere, "starts at byte " + value + " of " + s.name() + ", which is not an instruction of the section");
                continue;
            }
            if (!out.isEmpty()) {
                Fn prev = out.get(out.size() - 1);
                if (value < (prev.startSlot + (long) prev.slotCount) * 8) {
                    error(swhere, "overlaps function '" + prev.name + "' in " + s.name() + "; not read");
                    continue;
                }
            }
            if (size == 0) {
                size = next - value;
                warning(swhere, "has size 0; read up to the next function (" + size + " bytes)");
            }
            if (size % 8 != 0 || size > s.size() - value) {
                error(swhere, "[" + value + ", +" + size + ") does not fit the " + s.size() + "-byte section " + s.name());
                continue;
            }
            BtfType.Linkage linkage = sym.isLocal() ? BtfType.Linkage.STATIC : BtfType.Linkage.GLOBAL;
            if (!text && sym.isLocal()) {
                warning(swhere, "is static; libbpf refuses static programs (\"program '" + sym.name()
                        + "' is static and not supported\")");
            }
            out.add(new Fn(uniqueName(sym.name(), swhere), s, (int) (value / 8), (int) (size / 8), sym, linkage));
        }
        functions.put(s.index(), out);
    }

    /** A program name for a section without symbols: its first global symbol at 0, else the section name made an identifier. */
    private String programNameForSection(Section s) {
        for (Symbol sym : symbolsIn(s)) {
            if (sym.value() == 0 && !sym.isLocal() && sym.type() == Elf.STT_NOTYPE
                    && ObjectNames.isValidName(sym.name())) {
                return sym.name();
            }
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.name().toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
        }
        String n = sb.toString();
        return n.isEmpty() || Character.isDigit(n.charAt(0)) ? "prog_" + n : n;
    }

    /** A {@code .text} without function symbols: split it where calls land. */
    private void splitUnnamedText() {
        Section text = elf.section(ObjectLayout.TEXT).orElse(null);
        if (text == null || kinds.get(text.index()) != Kind.CODE || !functions.getOrDefault(text.index(), List.of()).isEmpty()
                || text.size() % 8 != 0) {
            return;
        }
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (Section s : elf.sections()) {
            if (s.type() != Elf.SHT_REL || kinds.get(s.info()) != Kind.CODE) {
                continue;
            }
            try {
                Slice code = elf.data(elf.sections().get(s.info()));
                for (Rel r : elf.relocations(s)) {
                    Symbol sym = elf.symbols().get(r.symbol());
                    if (sym.shndx() != text.index() || !code.fits(r.offset(), 8) || r.offset() % 8 != 0) {
                        continue;
                    }
                    int opcode = code.u8(r.offset());
                    long target = opcode == CALL_OP ? sym.value() / 8 + code.u32(r.offset() + 4) + 1
                            : (sym.value() + code.u32(r.offset() + 4)) / 8;
                    if (target >= 0 && target < text.size() / 8) {
                        starts.add((int) target);
                    }
                }
            } catch (BpfFormatException e) {
                // reported when the relocations are applied
            }
        }
        List<Fn> fns = new ArrayList<>();
        List<Integer> list = new ArrayList<>(starts);
        for (int i = 0; i < list.size(); i++) {
            int begin = list.get(i);
            int end = i + 1 < list.size() ? list.get(i + 1) : (int) (text.size() / 8);
            fns.add(new Fn(uniqueName("text_sub_" + begin, ".text"), text, begin, end - begin, null, BtfType.Linkage.STATIC));
        }
        functions.put(text.index(), fns);
        note(text.toString(), "no function symbols: split into " + fns.size() + " subprogram(s) where calls land");
    }

    private void decode(Fn f) {
        Slice data = elf.data(f.section);
        try {
            List<Instruction> insns = InstructionCodec.decode(data.array(), data.absolute(f.startSlot * 8L),
                    f.slotCount * 8, elf.order(), false);
            f.insns = new ArrayList<>(insns);
            f.slots = slotsOf(insns);
        } catch (BpfFormatException e) {
            fail(f, e.getMessage());
        }
    }

    private void fail(Fn f, String reason) {
        if (f.broken == null) {
            f.broken = reason;
            error(f.describe(), reason);
        }
    }

    // ---- CO-RE ----

    /** The target BTF of {@link ReadOptions#coreTarget()}, or null and why there is none. */
    private record Target(TargetBtf btf, String missing) {}

    private Target coreTarget() {
        return switch (options.coreTarget()) {
            case CoreTarget.File(java.nio.file.Path path) -> new Target(TargetBtf.read(path), null);
            case CoreTarget.Kernel k -> TargetBtf.kernel().map(t -> new Target(t, null)).orElseGet(() -> new Target(null,
                    TargetBtf.VMLINUX + " cannot be read here (no kernel BTF, or not permitted)"));
            case CoreTarget.None n -> new Target(null, "no target BTF was asked for (bpfj disasm's default; --btf none)");
        };
    }

    /**
     * libbpf's {@code bpf_object__relocate_core}, before any other relocation: each record patches
     * the instruction it names, relative to its function; records outside every function are skipped
     * as libbpf skips them.
     */
    private void applyCoreRelocations() {
        int total = coreRelocations.values().stream().mapToInt(List::size).sum();
        if (total == 0) {
            return;
        }
        Target chosen = coreTarget();
        TargetBtf target = chosen.btf();
        if (target == null) {
            warning(".BTF.ext", total + " CO-RE relocation(s) not applied: " + chosen.missing() + "; field offsets,"
                    + " sizes and existence checks keep the compiler's values for the object's own types, which may not be the"
                    + " kernel's (give the kernel's BTF with --btf FILE, ReadOptions.withTargetBtf)");
            return;
        }
        CoreRelocator relocator = new CoreRelocator(btf, target);
        int poisoned = 0;
        for (Map.Entry<String, List<CoreRelocation>> e : coreRelocations.entrySet()) {
            Section s = elf.section(e.getKey()).orElse(null);
            if (s == null || !functions.containsKey(s.index())) {
                warning(".BTF.ext", "CO-RE relocations for section " + e.getKey() + ", which holds no code, are ignored");
                continue;
            }
            for (CoreRelocation r : e.getValue()) {
                Fn f = functionAt(s.index(), r.slot(), false);
                if (f == null || f.broken != null) {
                    continue;
                }
                int idx = f.indexAt(r.slot());
                String at = "insn " + (r.slot() - f.startSlot) + ": ";
                if (idx < 0) {
                    fail(f, at + r + " points into the middle of an lddw");
                    continue;
                }
                try {
                    CoreRelocator.Resolution res = relocator.resolve(r);
                    Instruction insn = f.insns.get(idx);
                    List<Instruction> out = CoreRelocator.patch(insn, r, res);
                    f.insns.set(idx, out.get(0));
                    if (out.size() > 1) {
                        f.insns.add(idx + 1, out.get(1));
                        f.slots = slotsOf(f.insns);
                    }
                    applied.add(new AppliedCoreRelocation(f.name, r.slot() - f.startSlot, r, res.local(), res.target(),
                            insn, out.get(0)));
                    if (out.get(0).isCall() && !insn.isCall()) {
                        poisoned++;
                        String poison = "; poisoned as libbpf does (call 0xbad2310): the kernel rejects it if it is"
                                + " reachable";
                        if (res.poison()) {
                            // the usual case: code guarded by bpf_core_field_exists() and the like, dead on this target
                            note(f.describe(), at + r + " matches nothing in the target BTF" + poison);
                        } else {
                            warning(f.describe(), at + r + " accesses a field whose size changed incompatibly (libbpf:"
                                    + " \"accesses field incorrectly\")" + poison);
                        }
                    }
                } catch (BpfFormatException ex) {
                    fail(f, at + ex.getMessage() + " (libbpf: \"failed to relocate\")");
                }
            }
        }
        note(".BTF.ext", applied.size() + " of " + total + " CO-RE relocation(s) applied against " + target.name()
                + (poisoned > 0 ? ", " + poisoned + " poisoned" : ""));
    }

    private static int[] slotsOf(List<Instruction> insns) {
        int[] slots = new int[insns.size()];
        int slot = 0;
        for (int i = 0; i < insns.size(); i++) {
            slots[i] = slot;
            slot += insns.get(i).slots();
        }
        return slots;
    }

    private final Map<Integer, TreeMap<Integer, Fn>> functionIndex = new HashMap<>();

    /** The function starting at a slot of a section ({@code startOnly}), or containing it. */
    private Fn functionAt(int shndx, long slot, boolean startOnly) {
        TreeMap<Integer, Fn> index = functionIndex.computeIfAbsent(shndx, k -> {
            TreeMap<Integer, Fn> m = new TreeMap<>();
            functions.getOrDefault(k, List.of()).forEach(f -> m.putIfAbsent(f.startSlot, f));
            return m;
        });
        if (slot < 0 || slot > Integer.MAX_VALUE) {
            return null;
        }
        Map.Entry<Integer, Fn> e = index.floorEntry((int) slot);
        if (e == null) {
            return null;
        }
        Fn f = e.getValue();
        if (startOnly) {
            return f.startSlot == slot ? f : null;
        }
        return slot < f.startSlot + (long) f.slotCount ? f : null;
    }

    // ---- relocations ----

    private final Map<Fn, Set<Integer>> relocated = new HashMap<>();

    private void relocate(Section relSection, Section target) {
        List<Rel> rels;
        try {
            rels = elf.relocations(relSection);
        } catch (BpfFormatException e) {
            for (Fn f : functions.getOrDefault(target.index(), List.of())) {
                fail(f, "its relocations cannot be read: " + e.getMessage());
            }
            return;
        }
        for (Rel r : rels) {
            if (r.offset() % 8 != 0 || r.offset() < 0 || r.offset() >= target.size()) {
                Fn f = r.offset() >= 0 && r.offset() < target.size() ? functionAt(target.index(), r.offset() / 8, false) : null;
                String msg = "relocation at byte " + r.offset() + " of " + target.name() + " is not at an instruction";
                if (f != null) {
                    fail(f, msg);
                } else {
                    error(relSection.toString(), msg);
                }
                continue;
            }
            int slot = (int) (r.offset() / 8);
            Fn f = functionAt(target.index(), slot, false);
            if (f == null || f.broken != null) {
                continue; // a relocation outside any function, or in one already reported
            }
            int idx = f.indexAt(slot);
            if (idx < 0) {
                fail(f, "relocation at insn " + (slot - f.startSlot) + " points into the middle of an lddw");
                continue;
            }
            try {
                f.insns.set(idx, resolve(f, idx, f.insns.get(idx), elf.symbols().get(r.symbol())));
                relocated.computeIfAbsent(f, k -> new HashSet<>()).add(idx);
            } catch (BpfFormatException e) {
                fail(f, e.getMessage());
            }
        }
    }

    private Instruction resolve(Fn f, int idx, Instruction insn, Symbol sym) {
        String where = "insn " + f.slots[idx];
        boolean lddw = insn.opcode() == LDDW;
        if (!lddw && !insn.isCall()) {
            throw new ElfFormatException(where, "relocation against '" + sym.name() + "' on an instruction that is neither"
                    + " lddw nor call (" + insn + ")");
        }
        int shndx = sym.shndx();
        if (shndx == Elf.SHN_UNDEF) {
            return externReference(insn, sym, where);
        }
        if (shndx >= elf.sections().size()) {
            throw new ElfFormatException(where, "relocation against '" + sym.name() + "' in special section 0x"
                    + Integer.toHexString(shndx));
        }
        Kind kind = kinds.getOrDefault(shndx, Kind.OTHER);
        Section sec = elf.sections().get(shndx);
        switch (kind) {
            case BTF_MAPS, LEGACY_MAPS -> {
                if (!lddw) {
                    throw new ElfFormatException(where, "a call relocated against map '" + sym.name() + "'");
                }
                String map = mapAt.get(at(shndx, sym.value()));
                if (map == null) {
                    throw new ElfFormatException(where, "map relocation against '" + sym.name() + "': no map was read at"
                            + " offset " + sym.value() + " of " + sec.name());
                }
                return new Instruction(LDDW, insn.dst(), PSEUDO_MAP_FD, insn.offset(), 0, map, insn.source());
            }
            case DATA -> {
                MapSpec m = dataMaps.get(shndx);
                if (!lddw || m == null) {
                    throw new ElfFormatException(where, "reference to data section " + sec.name()
                            + (m == null ? ", which could not be read" : " from a call"));
                }
                long offset = insn.imm32() + sym.value();
                if (offset < 0 || offset > m.valueSize()) {
                    throw new ElfFormatException(where, "offset " + offset + " lies outside data section " + sec.name());
                }
                return new Instruction(LDDW, insn.dst(), PSEUDO_MAP_VALUE, insn.offset(), offset << 32, m.name(),
                        insn.source());
            }
            case CODE -> {
                if (sym.value() % 8 != 0) {
                    throw new ElfFormatException(where, "call relocation against '" + sym.name() + "' at byte "
                            + sym.value() + ", not an instruction");
                }
                long target;
                if (insn.isCall()) {
                    if (insn.src() != PSEUDO_CALL) {
                        throw new ElfFormatException(where, "a relocated call must be a bpf-to-bpf call (src 1), not " + insn);
                    }
                    target = sym.value() / 8 + insn.imm32() + 1;
                } else {
                    long bytes = sym.value() + insn.imm32();
                    if (bytes % 8 != 0) {
                        throw new ElfFormatException(where, "function address " + bytes + " is not an instruction");
                    }
                    target = bytes / 8;
                }
                Fn callee = functionAt(shndx, target, true);
                if (callee == null) {
                    throw new ElfFormatException(where, "its target, insn " + target + " of " + sec.name()
                            + ", is not the start of a function");
                }
                if (insn.isCall()) {
                    return new Instruction(CALL_OP, 0, PSEUDO_CALL, insn.offset(), -1, callee.name, insn.source());
                }
                return new Instruction(LDDW, insn.dst(), PSEUDO_FUNC, insn.offset(), 0, callee.name, insn.source());
            }
            default -> throw new ElfFormatException(where, "relocation against '" + sym.name() + "' in section "
                    + sec.name() + ", which holds neither maps, data nor code");
        }
    }

    /** Calls within one section need no relocation: their immediate counts from the call. */
    private void resolveLocalCalls() {
        for (List<Fn> fns : functions.values()) {
            for (Fn f : fns) {
                if (f.broken != null) {
                    continue;
                }
                Set<Integer> done = relocated.getOrDefault(f, Set.of());
                for (int i = 0; i < f.insns.size(); i++) {
                    Instruction insn = f.insns.get(i);
                    if (done.contains(i)) {
                        continue;
                    }
                    if (insn.isLocalCall()) {
                        long target = f.startSlot + (long) f.slots[i] + 1 + insn.imm32();
                        Fn callee = functionAt(f.section.index(), target, true);
                        if (callee == null || callee.broken != null) {
                            fail(f, "insn " + f.slots[i] + " calls insn " + target + " of " + f.section.name()
                                    + (callee == null ? ", which is not the start of a function" : ", which could not be read"));
                            break;
                        }
                        f.insns.set(i, insn.withImm(-1).withReference(callee.name));
                    } else if (insn.opcode() == LDDW && insn.src() == PSEUDO_FUNC) {
                        fail(f, "insn " + f.slots[i] + " loads a function address without a relocation");
                        break;
                    } else if (insn.opcode() == LDDW && (insn.src() == PSEUDO_MAP_FD || insn.src() == PSEUDO_MAP_VALUE)) {
                        warning(f.describe(), "insn " + f.slots[i] + " loads a map by a raw fd, without a relocation"
                                + " naming the map");
                    }
                }
            }
        }
    }

    // ---- BTF.ext ----

    private void applyExtInfo() {
        if (ext == null) {
            return;
        }
        for (List<Fn> fns : functions.values()) {
            if (fns.isEmpty()) {
                continue;
            }
            Section s = fns.get(0).section;
            for (BtfExt.FuncRecord r : ext.funcInfo().getOrDefault(s.name(), List.of())) {
                if (r.insnOff() % 8 != 0) {
                    continue;
                }
                Fn f = functionAt(s.index(), r.insnOff() / 8, true);
                if (f == null || f.broken != null) {
                    continue;
                }
                try {
                    if (btf.type(r.typeId()) instanceof BtfType.Func func) {
                        f.proto = func.proto();
                        if (func.linkage() != BtfType.Linkage.EXTERN) {
                            f.linkage = func.linkage();
                        }
                    } else {
                        warning(f.describe(), "func_info type " + r.typeId() + " is not a FUNC; prototype unknown");
                    }
                } catch (BpfFormatException e) {
                    warning(f.describe(), "its BTF prototype cannot be read: " + e.getMessage());
                }
            }
            List<BtfExt.LineRecord> lines = new ArrayList<>(ext.lineInfo().getOrDefault(s.name(), List.of()));
            lines.sort(Comparator.comparingInt(BtfExt.LineRecord::insnOff));
            for (int k = 0; k < lines.size(); k++) {
                BtfExt.LineRecord r = lines.get(k);
                if (r.insnOff() % 8 != 0 || r.insnOff() < 0) {
                    continue;
                }
                int slot = r.insnOff() / 8;
                Fn f = functionAt(s.index(), slot, false);
                if (f == null || f.broken != null) {
                    continue;
                }
                int idx = f.indexAt(slot);
                if (idx < 0) {
                    warning(f.describe(), "line info at insn " + (slot - f.startSlot) + " points into an lddw; ignored");
                    continue;
                }
                int nextSlot = k + 1 < lines.size() ? lines.get(k + 1).insnOff() / 8 : Integer.MAX_VALUE;
                // an empty record (no file, line 0) is what writers put at a function start without a location
                SourceLocation loc = r.file().isEmpty() && r.line() == 0 && r.text().isEmpty() ? null
                        : new SourceLocation(r.file(), r.line(), r.column(), r.text());
                for (int i = idx; i < f.insns.size() && f.startSlot + f.slots[i] < nextSlot; i++) {
                    f.insns.set(i, f.insns.get(i).withSource(loc));
                }
            }
        }
    }

    private CodeFunction toCodeFunction(Fn f) {
        if (f.isText() && f.symbol != null && !f.symbol.isLocal()
                && (f.symbol.visibility() == Elf.STV_HIDDEN || f.symbol.visibility() == Elf.STV_INTERNAL)) {
            // libbpf (mark_btf_static): a hidden global subprogram is verified as static, in its callers' context
            f.linkage = BtfType.Linkage.STATIC;
        }
        ProgramMeta meta = null;
        if (!f.isText()) {
            meta = SectionTypes.forSection(f.section.name());
            String where = "program '" + f.name + "'";
            if (options.typeOverride() != null) {
                meta = SectionTypes.override(meta, options.typeOverride());
            } else if (meta.typeSource() == TypeSource.GUESSED) {
                warning(where, "section '" + f.section.name() + "' is not a libbpf section name; type "
                        + meta.type().displayName() + " guessed from its prefix (libbpf 1.x needs the type set explicitly)");
            } else if (meta.typeSource() == TypeSource.UNKNOWN) {
                warning(where, "no program type matches section '" + f.section.name()
                        + "'; force one with --type (ReadOptions.withType)");
            }
        }
        return new CodeFunction(f.name, f.section.name(), f.linkage, f.proto, f.insns, meta);
    }
}
