package dev.bpfj.emitter.btf;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.elf.ByteSink;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BTF of a whole object, as the ELF writer puts it in {@code .BTF} and as a loader hands it to
 * {@code BPF_BTF_LOAD}: map definitions with their key and value types and the {@code .maps}
 * DATASEC, a FUNC per function (derived prototypes where none is given), data-section DATASECs,
 * the license variable, and every string line info needs. DATASEC sizes and offsets are exact, so
 * the kernel takes the blob as it is.
 *
 * <p>For a loader: {@link #of(ObjectSpec)}, then {@link #bytes()}, {@link #keyTypeId}/{@link
 * #valueTypeId} for {@code BPF_MAP_CREATE} and {@link #programInfo} for {@code BPF_PROG_LOAD}.
 */
public final class ObjectBtf {
    public static final String MAPS_SECTION = ".maps";
    public static final String LICENSE_SECTION = "license";
    public static final String LICENSE_SYMBOL = "_license";

    /** A function to describe: its name, prototype if known, linkage, body and, for an entry, its program type. */
    public record FunctionDecl(String name, BtfType.FuncProto proto, BtfType.Linkage linkage, List<Instruction> body,
                               ProgramType entryType) {
        public BtfType.Func func() {
            return new BtfType.Func(name, FuncTypes.protoFor(proto, body, entryType), linkage);
        }
    }

    /** One map's place in {@code .maps}: its VAR and definition struct. */
    public record MapDef(MapSpec map, BtfType.Var var, BtfType.Struct struct, int offset) {
        /** Bytes the map takes in {@code .maps}: its definition, then one pointer per initial slot up to the last. */
        public int size() {
            return struct.size() + (map.initialSlots().isEmpty() ? 0 : 8 * (map.initialSlots().lastKey() + 1));
        }

        /** Where the {@code values} array starts within the definition, or -1 when it has none. */
        public int valuesOffset() {
            for (BtfType.Member m : struct.members()) {
                if (m.name().equals("values")) {
                    return (int) (m.bitOffset() / 8);
                }
            }
            return -1;
        }
    }

    private final BtfWriter.Encoded encoded;
    private final Map<String, MapDef> mapDefs;
    private final Map<String, BtfType.Datasec> dataSections;
    private final int mapsSize;

    private ObjectBtf(BtfWriter.Encoded encoded, Map<String, MapDef> mapDefs, Map<String, BtfType.Datasec> dataSections,
                      int mapsSize) {
        this.encoded = encoded;
        this.mapDefs = mapDefs;
        this.dataSections = dataSections;
        this.mapsSize = mapsSize;
    }

    /** The BTF of an object as a loader needs it: the functions of every program, as loaded. */
    public static ObjectBtf of(ObjectSpec spec) {
        List<FunctionDecl> fns = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (ProgramSpec p : spec.programs()) {
            fns.addAll(functions(p));
            sections.add(p.section());
        }
        return build(fns, spec.maps(), spec.license(), sections);
    }

    /** The functions of a loaded program with their bodies. */
    public static List<FunctionDecl> functions(ProgramSpec p) {
        List<FunctionDecl> out = new ArrayList<>();
        int[] slots = p.slotIndices();
        List<Instruction> insns = p.instructions();
        List<FunctionInfo> fs = p.functions();
        int i = 0;
        for (int k = 0; k < fs.size(); k++) {
            int end = k + 1 < fs.size() ? fs.get(k + 1).slot() : p.slotCount();
            List<Instruction> body = new ArrayList<>();
            while (i < insns.size() && slots[i] < end) {
                body.add(insns.get(i++));
            }
            FunctionInfo f = fs.get(k);
            out.add(new FunctionDecl(k == 0 ? p.name() : f.name(), f.proto(), f.linkage(), body,
                    k == 0 ? p.type() : null));
        }
        return out;
    }

    /**
     * Builds the BTF.
     *
     * @param functions every function to describe (equal FUNCs are written once)
     * @param maps the object's maps
     * @param license the license string, or empty
     * @param sectionNames ELF section names BTF.ext will refer to
     */
    public static ObjectBtf build(List<FunctionDecl> functions, List<MapSpec> maps, String license,
                                  List<String> sectionNames) {
        return build(functions, maps, license, sectionNames, List.of());
    }

    /**
     * Builds the BTF of an object file, with its externs described as clang describes them: a FUNC of
     * extern linkage per kfunc, an extern VAR per ksym and kconfig value, listed in DATASECs
     * {@code .ksyms} and {@code .kconfig} (which libbpf rewrites before loading; the kernel would refuse
     * them as they are).
     */
    public static ObjectBtf build(List<FunctionDecl> functions, List<MapSpec> maps, String license,
                                  List<String> sectionNames, List<ExternSpec> externs) {
        BtfWriter w = new BtfWriter(!externs.isEmpty());
        List<BtfType.VarSecinfo> ksyms = new ArrayList<>();
        List<BtfType.VarSecinfo> kconfig = new ArrayList<>();
        for (ExternSpec e : externs) {
            if (e.kind() == ExternSpec.Kind.KFUNC) {
                BtfType.Func f = new BtfType.Func(e.name(), e.proto(), BtfType.Linkage.EXTERN);
                w.add(f);
                ksyms.add(new BtfType.VarSecinfo(f, 0, 0));
            } else {
                BtfType.Var v = new BtfType.Var(e.name(), e.type(), BtfType.Linkage.EXTERN);
                w.add(v);
                // clang's size of a variable's entry; sizeof(void) is 1 in GNU C
                (e.kind() == ExternSpec.Kind.KSYM ? ksyms : kconfig).add(new BtfType.VarSecinfo(v, 0,
                        Math.max(1, e.type().size())));
            }
        }
        List<BtfType.VarSecinfo> mapVars = new ArrayList<>();
        Map<String, MapDef> defs = new LinkedHashMap<>();
        int offset = 0;
        for (MapSpec m : maps) {
            if (m.definition() == MapDefinitionKind.DATA_SECTION) {
                continue;
            }
            BtfType.Struct def = MapDefinitions.definition(m);
            BtfType.Var var = new BtfType.Var(m.name(), def, BtfType.Linkage.GLOBAL);
            w.add(var);
            MapDef d = new MapDef(m, var, def, offset);
            defs.put(m.name(), d);
            mapVars.add(new BtfType.VarSecinfo(var, offset, d.size()));
            offset += d.size();
        }
        for (FunctionDecl f : functions) {
            w.add(f.func());
            for (Instruction insn : f.body()) {
                SourceLocation s = insn.source();
                if (s != null) {
                    w.string(s.file());
                    w.string(s.text());
                }
            }
        }
        Map<String, BtfType.Datasec> data = new LinkedHashMap<>();
        for (MapSpec m : maps) {
            if (m.definition() == MapDefinitionKind.DATA_SECTION && m.valueType() instanceof BtfType.Datasec d
                    && !d.vars().isEmpty()) {
                d.vars().forEach(v -> w.add(v.type()));
                data.put(m.name(), d);
            }
        }
        BtfType.Datasec licenseSec = null;
        if (!license.isEmpty()) {
            int n = license.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            BtfType.Var var = new BtfType.Var(LICENSE_SYMBOL, new BtfType.Array(BtfType.Int.CHAR_TYPE, n),
                    BtfType.Linkage.GLOBAL);
            w.add(var);
            licenseSec = new BtfType.Datasec(LICENSE_SECTION, n, List.of(new BtfType.VarSecinfo(var, 0, n)));
        }
        if (!kconfig.isEmpty()) {
            w.add(new BtfType.Datasec(ExternSpec.KCONFIG_MAP, 0, kconfig));
        }
        if (!ksyms.isEmpty()) {
            w.add(new BtfType.Datasec(".ksyms", 0, ksyms));
        }
        if (!mapVars.isEmpty()) {
            w.add(new BtfType.Datasec(MAPS_SECTION, offset, mapVars));
        }
        data.values().forEach(w::add);
        if (licenseSec != null) {
            w.add(licenseSec);
        }
        sectionNames.forEach(w::string);
        return new ObjectBtf(w.build(ByteOrder.LITTLE_ENDIAN), defs, data, offset);
    }

    /** The {@code .BTF} bytes (little-endian). */
    public byte[] bytes() {
        return encoded.bytes();
    }

    public BtfWriter.Encoded encoded() {
        return encoded;
    }

    public int typeId(BtfType t) {
        return encoded.id(t);
    }

    public int stringOffset(String s) {
        return encoded.string(s);
    }

    /** Definitions of the {@code .maps} maps in section order. */
    public Map<String, MapDef> mapDefinitions() {
        return mapDefs;
    }

    /** Size of the {@code .maps} section. */
    public int mapsSectionSize() {
        return mapsSize;
    }

    /** The DATASEC written for a data-section map, or null. */
    public BtfType.Datasec dataSection(String name) {
        return dataSections.get(name);
    }

    /** {@code btf_key_type_id} for {@code BPF_MAP_CREATE}: 0 where libbpf sends none. */
    public int keyTypeId(MapSpec m) {
        if (m.definition() == MapDefinitionKind.DATA_SECTION || !MapDefinitions.usesTypes(m, true)) {
            return 0;
        }
        return typeId(m.keyType());
    }

    /** {@code btf_value_type_id}: the value type, or a data section's DATASEC; 0 where libbpf sends none. */
    public int valueTypeId(MapSpec m) {
        if (m.definition() == MapDefinitionKind.DATA_SECTION) {
            BtfType.Datasec d = dataSections.get(m.name());
            return d == null ? 0 : typeId(d);
        }
        if (!MapDefinitions.usesTypes(m, false)) {
            return 0;
        }
        return typeId(m.valueType());
    }

    /**
     * {@code func_info} and {@code line_info} for {@code BPF_PROG_LOAD}, instruction offsets counted in
     * slots of the loaded program, in the host's byte order.
     *
     * @param funcInfo {@code bpf_func_info} records ({@link BtfExt#FUNC_RECORD_SIZE} bytes each)
     * @param lineInfo {@code bpf_line_info} records ({@link BtfExt#LINE_RECORD_SIZE} bytes each), empty
     *     when the program carries no source locations
     */
    public record ProgramInfo(byte[] funcInfo, int funcInfoCount, byte[] lineInfo, int lineInfoCount) {
        public int funcInfoRecordSize() {
            return BtfExt.FUNC_RECORD_SIZE;
        }

        public int lineInfoRecordSize() {
            return BtfExt.LINE_RECORD_SIZE;
        }
    }

    /** The func and line info of a program this BTF was built with (see {@link #of(ObjectSpec)}). */
    public ProgramInfo programInfo(ProgramSpec p) {
        ByteOrder order = ByteOrder.nativeOrder();
        ByteSink funcs = new ByteSink(order);
        List<FunctionDecl> decls = functions(p);
        for (int k = 0; k < decls.size(); k++) {
            funcs.u32(p.functions().get(k).slot()).u32(typeId(decls.get(k).func()));
        }
        List<Integer> starts = p.functions().stream().map(FunctionInfo::slot).toList();
        List<LineTable.Entry> lines = LineTable.entries(p.instructions(), starts, 0);
        ByteSink lineBytes = new ByteSink(order);
        for (LineTable.Entry e : lines) {
            SourceLocation s = e.source();
            lineBytes.u32(e.slot());
            lineBytes.u32(s == null ? 0 : stringOffset(s.file())).u32(s == null ? 0 : stringOffset(s.text()));
            lineBytes.u32(s == null ? 0 : LineTable.lineCol(s));
        }
        return new ProgramInfo(funcs.toByteArray(), decls.size(), lineBytes.toByteArray(), lines.size());
    }
}
