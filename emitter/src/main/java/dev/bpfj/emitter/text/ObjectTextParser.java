package dev.bpfj.emitter.text;

import static dev.bpfj.core.Opcodes.LDDW;
import static dev.bpfj.core.Opcodes.PSEUDO_FUNC;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.AttachType;
import dev.bpfj.core.BpfException;
import dev.bpfj.core.BpfParseException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.Pinning;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.spec.TypeSource;
import dev.bpfj.emitter.Externs;
import dev.bpfj.emitter.SectionTypes;
import dev.bpfj.emitter.link.CodeFunction;
import dev.bpfj.emitter.link.Linker;
import dev.bpfj.emitter.link.ObjectLayout;
import dev.bpfj.emitter.link.ProgramMeta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the object text format {@link ObjectTextWriter} prints (and people write by hand) into an
 * {@link ObjectSpec}. Instructions are read by core's {@link AsmParser}; every error is a
 * {@link BpfParseException} naming the file and line.
 *
 * <p>Source locations: where the text has {@code ;>} lines, they give each instruction's location
 * (the original C or Java line); a text without them gets its own lines as locations, so line info
 * of an assembled file points into the {@code .s} file.
 */
public final class ObjectTextParser {
    private static final Pattern MARKER = Pattern.compile("^\\s*;>\\s?(.*)$");
    private static final Pattern LOCATION = Pattern.compile("^(.*?):(\\d+):(\\d+)(?: (.*))?$");
    private static final Pattern BYTES = Pattern.compile("^(\\d+|0[xX][0-9a-fA-F]+)\\s*:\\s*((?:[0-9a-fA-F]{2}\\s*)*)$");

    private final String file;
    private final TypeParser types = new TypeParser();
    private final Map<String, MapSpec> maps = new LinkedHashMap<>();
    private final Map<String, ExternSpec> externs = new LinkedHashMap<>();
    /** Offsets the text states for kconfig externs, checked against libbpf's layout. */
    private final Map<String, int[]> kconfigOffsets = new LinkedHashMap<>();
    private String license = "";
    private DataBuilder data;

    private ObjectTextParser(String file) {
        this.file = file == null ? "<input>" : file;
    }

    /** Parses an object text; {@code file} names it in errors and in source locations. */
    public static ObjectSpec parse(String text, String file) {
        return new ObjectTextParser(file).run(text);
    }

    /** A function header and where its body starts. */
    private record Header(String name, int line, ProgramMeta program, String section, BtfType.Linkage linkage,
                          BtfType.FuncProto proto) {}

    private BpfParseException error(int line, String problem) {
        return new BpfParseException(file, line, problem);
    }

    private ObjectSpec run(String text) {
        String[] lines = text.split("\r?\n", -1);
        String[] asm = new String[lines.length];
        List<Header> headers = new ArrayList<>();
        Map<Integer, SourceLocation> markers = new HashMap<>();
        boolean anyMarker = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String t = line.strip();
            asm[n] = "";
            Matcher mk = MARKER.matcher(line);
            if (mk.matches()) {
                markers.put(n, location(mk.group(1), n + 1));
                anyMarker = true;
                continue;
            }
            if (t.startsWith(".") && !t.startsWith(".insn")) {
                try {
                    Header h = directive(t, n + 1);
                    if (h != null) {
                        headers.add(h);
                        asm[n] = h.name() + ":";
                    }
                } catch (BpfParseException e) {
                    throw e;
                } catch (IllegalArgumentException | BpfException e) {
                    throw error(n + 1, e.getMessage());
                }
                continue;
            }
            if (!t.startsWith(".")) {
                flushData();
            }
            asm[n] = line;
        }
        flushData();
        AsmParser.Result parsed = AsmParser.parse(String.join("\n", asm), file);
        return assemble(parsed, headers, markers, anyMarker);
    }

    private SourceLocation location(String body, int line) {
        String b = body.strip();
        if (b.equals("-")) {
            return null;
        }
        Matcher m = LOCATION.matcher(body);
        if (!m.matches()) {
            throw error(line, "a ;> line needs FILE:LINE:COLUMN [TEXT] or -, not '" + body + "'");
        }
        try {
            return new SourceLocation(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? "" : m.group(4));
        } catch (IllegalArgumentException e) {
            throw error(line, "bad source location '" + body + "': " + e.getMessage());
        }
    }

    // ---- directives ----

    private Header directive(String t, int line) {
        List<String> tokens = tokens(t, line);
        String kw = tokens.get(0);
        if (!kw.equals(".var") && !kw.equals(".bytes")) {
            flushData();
        }
        switch (kw) {
            case ".license" -> {
                if (tokens.size() != 2) {
                    throw error(line, ".license takes one quoted string");
                }
                license = unquote(tokens.get(1));
                return null;
            }
            case ".struct", ".union", ".enum", ".typedef" -> {
                types.define(kw.substring(1) + " " + t.substring(kw.length()).strip());
                return null;
            }
            case ".map" -> {
                map(tokens, line);
                return null;
            }
            case ".data" -> {
                dataDirective(tokens, line);
                return null;
            }
            case ".var" -> {
                varDirective(tokens, line);
                return null;
            }
            case ".bytes" -> {
                bytesDirective(t.substring(kw.length()).strip(), line);
                return null;
            }
            case ".program", ".func" -> {
                return functionHeader(kw.equals(".program"), tokens, line);
            }
            case ".extern" -> {
                externDirective(tokens, line);
                return null;
            }
            default -> throw error(line, "unknown directive " + kw + " (known: .license .map .data .var .bytes .struct"
                    + " .union .enum .typedef .extern .program .func)");
        }
    }

    /** Whitespace-separated tokens; a double-quoted part may hold spaces; a ';' outside quotes starts a comment. */
    private List<String> tokens(String t, int line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (inQuote) {
                cur.append(c);
                if (c == '\\' && i + 1 < t.length()) {
                    cur.append(t.charAt(++i));
                } else if (c == '"') {
                    inQuote = false;
                }
            } else if (c == '"') {
                inQuote = true;
                cur.append(c);
            } else if (c == ';') {
                break;
            } else if (Character.isWhitespace(c)) {
                if (!cur.isEmpty()) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (inQuote) {
            throw error(line, "unterminated string");
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static String unquote(String v) {
        if (!v.startsWith("\"")) {
            return v;
        }
        List<String> toks = TypeParser.tokenize(v);
        if (toks.size() != 1 || !toks.get(0).startsWith("\"")) {
            throw new IllegalArgumentException("bad string " + v);
        }
        return toks.get(0).substring(1);
    }

    /** {@code key=value} attributes and bare flags of a directive, after its name. */
    private Map<String, String> attributes(List<String> tokens, int from, int line) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = from; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            int eq = tok.indexOf('=');
            String key = eq < 0 ? tok : tok.substring(0, eq);
            String value = eq < 0 ? "" : unquote(tok.substring(eq + 1));
            if (out.put(key, value) != null) {
                throw error(line, "'" + key + "' is given twice");
            }
        }
        return out;
    }

    private static long number(String key, String v) {
        try {
            String s = v.strip();
            boolean neg = s.startsWith("-");
            if (neg) {
                s = s.substring(1);
            }
            long n = s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16)
                    : Long.parseUnsignedLong(s);
            return neg ? -n : n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + v + " is not a number");
        }
    }

    private static int int32(String key, String v) {
        long n = number(key, v);
        if (n < Integer.MIN_VALUE || n > 0xffffffffL) {
            throw new IllegalArgumentException(key + "=" + v + " does not fit 32 bits");
        }
        return (int) n;
    }

    private void map(List<String> tokens, int line) {
        if (tokens.size() < 2) {
            throw error(line, ".map needs a name");
        }
        String name = tokens.get(1);
        Map<String, String> attrs = attributes(tokens, 2, line);
        MapSpec m = mapSpec(name, attrs, "", line);
        for (String k : attrs.keySet()) {
            throw error(line, "unknown .map attribute '" + k + "'");
        }
        if (maps.put(name, m) != null) {
            throw error(line, "map '" + name + "' is declared twice");
        }
    }

    /** Builds a map from the attributes with a prefix, removing the ones it used. */
    private MapSpec mapSpec(String name, Map<String, String> attrs, String prefix, int line) {
        String typeName = attrs.remove(prefix + "type");
        if (typeName == null) {
            throw error(line, "map '" + name + "' needs " + prefix + "type=");
        }
        MapType type = MapType.parse(typeName).orElseThrow(() -> error(line, "unknown map type '" + typeName + "'"));
        MapSpec.Builder b = MapSpec.builder(name, type);
        String key = attrs.remove(prefix + "key");
        if (key != null) {
            b.keyType(types.parseType(key));
        }
        String keySize = attrs.remove(prefix + "key_size");
        if (keySize != null) {
            b.keySize(int32("key_size", keySize));
        }
        String value = attrs.remove(prefix + "value");
        if (value != null) {
            b.valueType(types.parseType(value));
        }
        String valueSize = attrs.remove(prefix + "value_size");
        if (valueSize != null) {
            b.valueSize(int32("value_size", valueSize));
        }
        String v;
        if ((v = attrs.remove(prefix + "max_entries")) != null) {
            b.maxEntries(int32("max_entries", v));
        }
        if ((v = attrs.remove(prefix + "flags")) != null) {
            b.flags(int32("flags", v));
        }
        if ((v = attrs.remove(prefix + "numa_node")) != null) {
            b.numaNode(int32("numa_node", v));
        }
        if ((v = attrs.remove(prefix + "map_extra")) != null) {
            b.mapExtra(number("map_extra", v));
        }
        if ((v = attrs.remove(prefix + "pinning")) != null) {
            String p = v;
            b.pinning(switch (p) {
                case "by_name" -> Pinning.BY_NAME;
                case "none" -> Pinning.NONE;
                default -> throw error(line, "pinning must be none or by_name, not '" + p + "'");
            });
        }
        if (attrs.remove(prefix + "legacy") != null) {
            b.definition(MapDefinitionKind.LEGACY);
        }
        if ((v = attrs.remove(prefix + "extra")) != null) {
            b.legacyExtra(hexBytes(v, line));
        }
        if (attrs.containsKey(prefix + "inner.type")) {
            b.innerMap(mapSpec(name + ".inner", attrs, prefix + "inner.", line));
        }
        if ((v = attrs.remove(prefix + "values")) != null) {
            for (String slot : v.split(",")) {
                int colon = slot.indexOf(':');
                if (colon <= 0 || colon == slot.length() - 1) {
                    throw error(line, "values of map '" + name + "' are SLOT:NAME pairs separated by commas, not '" + slot + "'");
                }
                b.initialSlot(int32("values slot", slot.substring(0, colon)), slot.substring(colon + 1));
            }
        }
        return b.build();
    }

    private byte[] hexBytes(String hex, int line) {
        String h = hex.replaceAll("\\s+", "");
        if (h.length() % 2 != 0 || !h.matches("[0-9a-fA-F]*")) {
            throw error(line, "'" + hex + "' is not hex bytes");
        }
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    // ---- data sections ----

    private static final class DataBuilder {
        final String name;
        final int line;
        final byte[] bytes;
        final int flags;
        final boolean datasec;
        final List<BtfType.VarSecinfo> vars = new ArrayList<>();

        DataBuilder(String name, int line, int size, int flags, boolean datasec) {
            this.name = name;
            this.line = line;
            this.bytes = new byte[size];
            this.flags = flags;
            this.datasec = datasec;
        }
    }

    /**
     * {@code .extern kfunc NAME proto="..." [weak]}, {@code .extern ksym NAME type="..." [weak]} or
     * {@code .extern kconfig NAME type="..." [offset=N] [weak]}: a symbol the loader resolves.
     */
    private void externDirective(List<String> tokens, int line) {
        if (tokens.size() < 3) {
            throw error(line, ".extern needs a kind (kfunc, ksym or kconfig) and a name");
        }
        String kind = tokens.get(1);
        String name = tokens.get(2);
        Map<String, String> attrs = attributes(tokens, 3, line);
        boolean weak = attrs.remove("weak") != null;
        ExternSpec e;
        switch (kind) {
            case "kfunc" -> {
                String proto = attrs.remove("proto");
                if (proto == null) {
                    throw error(line, ".extern kfunc " + name + " needs proto=\"RET (ARGS)\"");
                }
                e = ExternSpec.kfunc(new BtfType.Func(name, types.parseProto(proto), BtfType.Linkage.EXTERN), weak);
            }
            case "ksym", "kconfig" -> {
                String type = attrs.remove("type");
                if (type == null) {
                    throw error(line, ".extern " + kind + " " + name + " needs type=");
                }
                BtfType t = types.parseType(type);
                if (kind.equals("ksym")) {
                    e = ExternSpec.ksym(name, t, weak);
                } else {
                    if (Externs.kconfigType(t) == Externs.KconfigType.UNKNOWN) {
                        throw error(line, "kconfig type " + type + " is unsupported (bool, char, char arrays, 1/2/4/8-byte"
                                + " integers and enum libbpf_tristate are)");
                    }
                    String offset = attrs.remove("offset");
                    if (offset != null) {
                        kconfigOffsets.put(name, new int[] {int32("offset", offset), line});
                    }
                    e = ExternSpec.kconfig(name, t, weak, 0);
                }
            }
            default -> throw error(line, "unknown extern kind '" + kind + "' (kfunc, ksym or kconfig)");
        }
        for (String k : attrs.keySet()) {
            throw error(line, "unknown .extern attribute '" + k + "'");
        }
        if (externs.put(name, e) != null) {
            throw error(line, "extern '" + name + "' is declared twice");
        }
    }

    /** Lays the kconfig externs out as libbpf does, and adds their {@code .kconfig} map. */
    private List<ExternSpec> layoutExterns() {
        List<ExternSpec> laidOut = Externs.layout(new ArrayList<>(externs.values()));
        for (ExternSpec e : laidOut) {
            externs.put(e.name(), e);
            int[] stated = kconfigOffsets.get(e.name());
            if (stated != null && stated[0] != e.offset()) {
                throw error(stated[1], "kconfig '" + e.name() + "' is at offset " + e.offset() + " of .kconfig by libbpf's"
                        + " layout, not " + stated[0]);
            }
        }
        MapSpec kconfig = Externs.kconfigMap(laidOut);
        if (kconfig != null && maps.putIfAbsent(kconfig.name(), kconfig) != null) {
            throw error(1, "a map is named " + kconfig.name() + ", which the kconfig externs need");
        }
        return laidOut;
    }

    /** A data section larger than this is a typo or hostile, not an object. */
    private static final int MAX_DATA = 1 << 24;

    private void dataDirective(List<String> tokens, int line) {
        if (tokens.size() < 2) {
            throw error(line, ".data needs a section name");
        }
        String name = unquote(tokens.get(1));
        Map<String, String> attrs = attributes(tokens, 2, line);
        String size = attrs.remove("size");
        if (size == null) {
            throw error(line, ".data " + name + " needs size=");
        }
        int n = int32("size", size);
        if (n <= 0 || n > MAX_DATA) {
            throw error(line, "data section size " + n + " must be between 1 and " + MAX_DATA);
        }
        String flags = attrs.remove("flags");
        boolean datasec = attrs.remove("datasec") != null;
        for (String k : attrs.keySet()) {
            throw error(line, "unknown .data attribute '" + k + "'");
        }
        data = new DataBuilder(name, line, n, flags == null ? 0 : int32("flags", flags), datasec);
    }

    private void varDirective(List<String> tokens, int line) {
        if (data == null) {
            throw error(line, ".var belongs after a .data directive");
        }
        if (tokens.size() < 2) {
            throw error(line, ".var needs a name");
        }
        String name = tokens.get(1);
        Map<String, String> attrs = attributes(tokens, 2, line);
        String type = attrs.remove("type");
        String offset = attrs.remove("offset");
        if (type == null || offset == null) {
            throw error(line, ".var " + name + " needs type= and offset=");
        }
        BtfType t = types.parseType(type);
        String size = attrs.remove("size");
        int sz = size == null ? t.size() : int32("size", size);
        BtfType.Linkage linkage = attrs.remove("static") != null ? BtfType.Linkage.STATIC : BtfType.Linkage.GLOBAL;
        attrs.remove("global");
        for (String k : attrs.keySet()) {
            throw error(line, "unknown .var attribute '" + k + "'");
        }
        data.vars.add(new BtfType.VarSecinfo(new BtfType.Var(name, t, linkage), int32("offset", offset), sz));
    }

    private void bytesDirective(String rest, int line) {
        if (data == null) {
            throw error(line, ".bytes belongs after a .data directive");
        }
        int semi = rest.indexOf(';');
        String body = (semi >= 0 ? rest.substring(0, semi) : rest).strip();
        Matcher m = BYTES.matcher(body);
        if (!m.matches()) {
            throw error(line, ".bytes takes OFFSET: hex bytes, e.g. .bytes 16: 01 02 ff");
        }
        long off = number("offset", m.group(1));
        byte[] b = hexBytes(m.group(2), line);
        if (off < 0 || off + b.length > data.bytes.length) {
            throw error(line, "bytes [" + off + ", +" + b.length + ") lie outside data section " + data.name
                    + " (" + data.bytes.length + " bytes)");
        }
        System.arraycopy(b, 0, data.bytes, (int) off, b.length);
    }

    private void flushData() {
        if (data == null) {
            return;
        }
        DataBuilder d = data;
        data = null;
        if (maps.containsKey(d.name)) {
            throw error(d.line, "map '" + d.name + "' is declared twice");
        }
        MapSpec.Builder b = MapSpec.builder(d.name, MapType.ARRAY).keySize(4).valueSize(d.bytes.length).maxEntries(1)
                .flags(d.flags).definition(MapDefinitionKind.DATA_SECTION).initialData(d.bytes);
        if (d.datasec || !d.vars.isEmpty()) {
            b.valueType(new BtfType.Datasec(d.name, d.bytes.length, d.vars));
        }
        maps.put(d.name, b.build());
    }

    // ---- functions ----

    private Header functionHeader(boolean program, List<String> tokens, int line) {
        if (tokens.size() < 2) {
            throw error(line, (program ? ".program" : ".func") + " needs a name");
        }
        String name = tokens.get(1);
        Map<String, String> attrs = attributes(tokens, 2, line);
        String protoText = attrs.remove("proto");
        BtfType.FuncProto proto = protoText == null ? null : types.parseProto(protoText);
        boolean isStatic = attrs.remove("static") != null;
        boolean isGlobal = attrs.remove("global") != null;
        if (isStatic && isGlobal) {
            throw error(line, name + " cannot be both static and global");
        }
        if (!program) {
            for (String k : attrs.keySet()) {
                throw error(line, "unknown .func attribute '" + k + "' (programs are declared with .program)");
            }
            return new Header(name, line, null, ObjectLayout.TEXT, isGlobal ? BtfType.Linkage.GLOBAL
                    : BtfType.Linkage.STATIC, proto);
        }
        String section = attrs.remove("section");
        if (section == null) {
            throw error(line, ".program " + name + " needs section= (e.g. section=xdp)");
        }
        ProgramMeta fromSection = SectionTypes.forSection(section);
        String typeName = attrs.remove("type");
        String attach = attrs.remove("attach");
        String flags = attrs.remove("flags");
        String source = attrs.remove("typesource");
        for (String k : attrs.keySet()) {
            throw error(line, "unknown .program attribute '" + k + "'");
        }
        ProgramType type = typeName == null ? fromSection.type()
                : ProgramType.parse(typeName).orElseThrow(() -> error(line, "unknown program type '" + typeName + "'"));
        AttachType attachType;
        if (attach != null) {
            attachType = attachType(attach).orElseThrow(() -> error(line, "unknown attach type '" + attach + "'"));
        } else {
            attachType = type == fromSection.type() ? fromSection.attachType() : SectionTypes.defaultAttachType(type);
        }
        int progFlags = flags != null ? int32("flags", flags) : type == fromSection.type() ? fromSection.progFlags() : 0;
        TypeSource typeSource;
        if (source != null) {
            try {
                typeSource = TypeSource.valueOf(source.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(line, "unknown typesource '" + source + "'");
            }
        } else {
            typeSource = typeName == null ? fromSection.typeSource() : TypeSource.DECLARED;
        }
        return new Header(name, line, new ProgramMeta(type, attachType, progFlags, typeSource), section,
                isStatic ? BtfType.Linkage.STATIC : BtfType.Linkage.GLOBAL, proto);
    }

    private static java.util.Optional<AttachType> attachType(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("bpf_")) {
            n = n.substring(4);
        }
        for (AttachType a : AttachType.values()) {
            if (a.displayName().equals(n)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }

    private ObjectSpec assemble(AsmParser.Result parsed, List<Header> headers, Map<Integer, SourceLocation> markers,
                                boolean anyMarker) {
        List<ExternSpec> externList = layoutExterns();
        List<Instruction> insns = parsed.instructions();
        List<CodeFunction> functions = new ArrayList<>();
        Map<String, Header> byName = new HashMap<>();
        for (Header h : headers) {
            if (byName.put(h.name(), h) != null) {
                throw error(h.line(), "function '" + h.name() + "' is defined twice");
            }
        }
        int i = 0;
        if (!insns.isEmpty() && (headers.isEmpty() || insns.get(0).source().line() < headers.get(0).line())) {
            throw error(insns.get(0).source().line(), "an instruction outside any .program or .func");
        }
        for (int k = 0; k < headers.size(); k++) {
            Header h = headers.get(k);
            int endLine = k + 1 < headers.size() ? headers.get(k + 1).line() : Integer.MAX_VALUE;
            List<Instruction> body = new ArrayList<>();
            List<Integer> bodyLines = new ArrayList<>();
            SourceLocation current = null;
            int nextMarkerLine = h.line();
            while (i < insns.size() && insns.get(i).source().line() < endLine) {
                Instruction insn = insns.get(i);
                int line = insn.source().line();
                if (anyMarker) {
                    for (int l = nextMarkerLine; l < line; l++) {
                        if (markers.containsKey(l - 1)) {
                            current = markers.get(l - 1);
                        }
                    }
                    nextMarkerLine = line;
                    insn = insn.withSource(current);
                }
                body.add(normalize(insn, line, byName));
                bodyLines.add(line);
                i++;
            }
            if (body.isEmpty()) {
                throw error(h.line(), "function '" + h.name() + "' has no instructions");
            }
            checkJumps(body, bodyLines, h);
            functions.add(new CodeFunction(h.name(), h.section(), h.linkage(), h.proto(), body, h.program()));
        }
        List<ProgramSpec> programs = Linker.link(functions, (entry, problem) -> {
            throw error(byName.get(entry.name()).line(), "program '" + entry.name() + "': " + problem);
        });
        return new ObjectSpec(programs, new ArrayList<>(maps.values()), license, externList);
    }

    private Instruction normalize(Instruction insn, int line, Map<String, Header> functions) {
        if (insn.isLocalCall() || (insn.opcode() == LDDW && insn.src() == PSEUDO_FUNC)) {
            if (insn.reference() == null || !functions.containsKey(insn.reference())) {
                throw error(line, "a local call or function address must name a .program or .func");
            }
            return insn.withImm(insn.isLocalCall() ? -1 : 0);
        }
        if (insn.isMapLoad() && insn.reference() != null && !maps.containsKey(insn.reference())) {
            throw error(line, "map '" + insn.reference() + "' is not declared (add a .map or .data directive)");
        }
        if (insn.isKfuncCall() && insn.reference() != null || insn.isKsymLoad()) {
            ExternSpec e = externs.get(insn.reference());
            if (e == null) {
                throw error(line, "'" + insn.reference() + "' is not declared (add an .extern directive)");
            }
            boolean fits = insn.isKfuncCall() ? e.kind() == ExternSpec.Kind.KFUNC
                    : insn.src() == 0 ? e.isTypeless()
                    : e.kind() == ExternSpec.Kind.KFUNC || e.kind() == ExternSpec.Kind.KSYM && !e.isTypeless();
            if (!fits) {
                throw error(line, "'" + insn + "' does not fit extern " + e + (insn.isKfuncCall() ? ""
                        : " (btf_id[...] loads a typed ksym or a kfunc's address, ksym[...] a typeless ksym)"));
            }
        }
        return insn;
    }

    private void checkJumps(List<Instruction> body, List<Integer> bodyLines, Header h) {
        int slots = 0;
        for (Instruction insn : body) {
            slots += insn.slots();
        }
        int slot = 0;
        for (int k = 0; k < body.size(); k++) {
            Instruction insn = body.get(k);
            if (insn.isBranch()) {
                long target = slot + 1L + insn.jumpOffset();
                if (target < 0 || target >= slots) {
                    throw error(bodyLines.get(k), "the jump '" + insn + "' leaves function '" + h.name() + "'");
                }
            }
            slot += insn.slots();
        }
    }
}
