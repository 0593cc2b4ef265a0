package dev.bpfj.emitter.text;

import static dev.bpfj.core.Opcodes.LDDW;
import static dev.bpfj.core.Opcodes.PSEUDO_FUNC;

import dev.bpfj.core.Disassembler;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.Pinning;
import dev.bpfj.emitter.Diagnostic;
import dev.bpfj.emitter.Externs;
import dev.bpfj.emitter.link.CodeFunction;
import dev.bpfj.emitter.link.ObjectLayout;
import dev.bpfj.emitter.link.ProgramMeta;
import dev.bpfj.emitter.link.Splitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Prints an object in the bpfj object text format, which {@link ObjectTextParser} reads back into
 * an equivalent object (same programs, instructions, maps, relocations, types and line info).
 *
 * <pre>
 * .license "GPL"
 * .struct flow { __u32 saddr; __u16 port; }
 * .map flows type=hash key="struct flow" value=__u64 max_entries=1024
 * .data .rodata size=4 flags=0x80
 * .bytes 0: dc 05 00 00
 * .extern kfunc bpf_xdp_metadata_rx_hash proto="int (const struct xdp_md *ctx, __u32 *hash, enum xdp_rss_hash_type *t)"
 * .extern kconfig LINUX_KERNEL_VERSION type="unsigned int" offset=0
 * .program xdp_flows section=xdp type=xdp attach=xdp proto="int (struct xdp_md *ctx)"
 * ;> flows.c:31:34 void *data = (void *)(long)ctx-&gt;data;
 *        0: r6 = *(u32 *)(r1 + 0)
 *        1: r1 = map[flows] ll
 *        3: call helper_fn
 * .func helper_fn static proto="int (__u32 x)"
 *        0: r0 = r1
 *        1: exit
 * </pre>
 *
 * Sections are listed as llvm-objdump lists them ({@code .text} first); instruction numbers count
 * slots from the start of the ELF section and are only for reading. {@code ;>} lines give the
 * source location of the instructions that follow ({@code ;> -} for none); other {@code ;} text
 * is a comment. Externs ({@code .extern kfunc|ksym|kconfig NAME ...}, optionally {@code weak}) are
 * what instructions name in {@code call kfunc[NAME]}, {@code btf_id[NAME]}, {@code ksym[NAME]} and
 * {@code map_value[.kconfig]+OFFSET}; the {@code .kconfig} map follows from the kconfig externs.
 */
public final class ObjectTextWriter {
    private ObjectTextWriter() {}

    public static String write(ObjectSpec spec) {
        return write(spec, List.of());
    }

    /** The object's text, with diagnostics from reading it as comments at the top. */
    public static String write(ObjectSpec spec, List<Diagnostic> diagnostics) {
        ObjectLayout layout = Splitter.split(spec);
        TypePrinter types = new TypePrinter();
        StringBuilder body = new StringBuilder();
        for (ExternSpec e : spec.externs()) {
            body.append(extern(e, types)).append('\n');
        }
        for (MapSpec m : layout.maps()) {
            if (Externs.isKconfigMap(m, spec.externs())) {
                continue; // the kconfig externs imply it
            }
            if (m.definition() == MapDefinitionKind.DATA_SECTION) {
                data(m, types, body);
            } else {
                body.append(".map ").append(m.name()).append(' ').append(mapAttributes(m, types, "")).append('\n');
            }
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        layout.functions().forEach(f -> names.add(f.name()));
        Map<String, List<CodeFunction>> sections = new LinkedHashMap<>();
        Map<String, List<CodeFunction>> bySection = layout.sections();
        if (bySection.containsKey(ObjectLayout.TEXT)) {
            sections.put(ObjectLayout.TEXT, bySection.get(ObjectLayout.TEXT));
        }
        bySection.forEach(sections::putIfAbsent);
        for (Map.Entry<String, List<CodeFunction>> e : sections.entrySet()) {
            body.append("\n; section ").append(e.getKey()).append('\n');
            int slot = 0;
            for (CodeFunction f : e.getValue()) {
                body.append(header(f, types)).append('\n');
                SourceLocation last = null;
                boolean first = true;
                for (Instruction insn : f.instructions()) {
                    SourceLocation s = insn.source();
                    if (first ? s != null : !Objects.equals(s, last)) {
                        body.append(marker(s)).append('\n');
                    }
                    first = false;
                    last = s;
                    body.append(String.format("%8d: ", slot)).append(format(insn, names)).append('\n');
                    slot += insn.slots();
                }
            }
        }

        StringBuilder out = new StringBuilder();
        out.append("; bpfj object text: bpfj asm FILE -o OBJECT assembles it\n");
        for (Diagnostic d : diagnostics) {
            out.append("; ").append(d).append('\n');
        }
        if (!layout.license().isEmpty()) {
            out.append(".license ").append(CTypes.quote(layout.license())).append('\n');
        }
        for (String def : types.definitions()) {
            out.append('.').append(def).append('\n');
        }
        return out.append(body).toString();
    }

    /**
     * One instruction, naming local call and function-address targets. A helper call is written by
     * number when a function of the object has the helper's name, which would otherwise win.
     */
    static String format(Instruction insn, java.util.Set<String> functions) {
        if (insn.reference() != null && insn.isLocalCall()) {
            return "call " + insn.reference();
        }
        if (insn.isHelperCall()) {
            String text = Disassembler.format(insn);
            String name = text.substring("call ".length());
            if (functions.contains(name) || (name.startsWith("bpf_") && functions.contains(name.substring(4)))) {
                return "call " + insn.imm32();
            }
            return text;
        }
        if (insn.reference() != null && insn.opcode() == LDDW && insn.src() == PSEUDO_FUNC) {
            return "r" + insn.dst() + " = func[" + insn.reference() + "] ll";
        }
        return Disassembler.format(insn);
    }

    private static String extern(ExternSpec e, TypePrinter types) {
        StringBuilder sb = new StringBuilder(".extern ").append(e.kind().displayName()).append(' ').append(e.name());
        switch (e.kind()) {
            case KFUNC -> sb.append(" proto=").append(CTypes.quote(types.print(e.proto())));
            case KSYM -> sb.append(" type=").append(CTypes.quote(types.print(e.type())));
            case KCONFIG -> sb.append(" type=").append(CTypes.quote(types.print(e.type()))).append(" offset=")
                    .append(e.offset());
        }
        if (e.weak()) {
            sb.append(" weak");
        }
        return sb.toString();
    }

    static String marker(SourceLocation s) {
        if (s == null) {
            return ";> -";
        }
        return ";> " + s.file() + ":" + s.line() + ":" + s.column() + (s.text().isEmpty() ? "" : " " + s.text());
    }

    private static String header(CodeFunction f, TypePrinter types) {
        StringBuilder sb = new StringBuilder();
        if (f.isProgram()) {
            ProgramMeta m = f.program();
            sb.append(".program ").append(f.name()).append(" section=").append(word(f.section()))
                    .append(" type=").append(m.type().displayName());
            if (m.attachType() != null) {
                sb.append(" attach=").append(m.attachType().displayName());
            }
            if (m.progFlags() != 0) {
                sb.append(" flags=0x").append(Integer.toHexString(m.progFlags()));
            }
            sb.append(" typesource=").append(m.typeSource().name().toLowerCase(Locale.ROOT));
            if (f.linkage() != BtfType.Linkage.GLOBAL) {
                sb.append(' ').append(f.linkage().name().toLowerCase(Locale.ROOT));
            }
        } else {
            sb.append(".func ").append(f.name()).append(' ').append(f.linkage().name().toLowerCase(Locale.ROOT));
        }
        if (f.proto() != null) {
            sb.append(" proto=").append(CTypes.quote(types.print(f.proto())));
        }
        return sb.toString();
    }

    /** A token value, quoted when it holds spaces, quotes or '='. */
    static String word(String s) {
        return s.isEmpty() || s.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '=' || c == ';' || c > 126)
                ? CTypes.quote(s) : s;
    }

    private static String mapAttributes(MapSpec m, TypePrinter types, String prefix) {
        StringBuilder sb = new StringBuilder(prefix).append("type=").append(m.type().displayName());
        if (m.keyType() != null) {
            sb.append(' ').append(prefix).append("key=").append(word(types.print(m.keyType())));
        }
        if (m.keyType() == null || m.keyType().size() != m.keySize()) {
            sb.append(' ').append(prefix).append("key_size=").append(m.keySize());
        }
        if (m.valueType() != null) {
            sb.append(' ').append(prefix).append("value=").append(word(types.print(m.valueType())));
        }
        if (m.valueType() == null || m.valueType().size() != m.valueSize()) {
            sb.append(' ').append(prefix).append("value_size=").append(m.valueSize());
        }
        sb.append(' ').append(prefix).append("max_entries=").append(Integer.toUnsignedString(m.maxEntries()));
        if (m.flags() != 0) {
            sb.append(' ').append(prefix).append("flags=0x").append(Integer.toHexString(m.flags()));
        }
        if (m.pinning() != Pinning.NONE) {
            sb.append(' ').append(prefix).append("pinning=").append(m.pinning().name().toLowerCase(Locale.ROOT));
        }
        if (m.numaNode() != 0) {
            sb.append(' ').append(prefix).append("numa_node=").append(m.numaNode());
        }
        if (m.mapExtra() != 0) {
            sb.append(' ').append(prefix).append("map_extra=").append(Long.toUnsignedString(m.mapExtra()));
        }
        if (m.definition() == MapDefinitionKind.LEGACY) {
            sb.append(' ').append(prefix).append("legacy");
            byte[] extra = m.legacyExtra();
            if (extra.length > 0) {
                sb.append(' ').append(prefix).append("extra=").append(hex(extra, 0, extra.length, ""));
            }
        }
        if (m.innerMap() != null) {
            sb.append(' ').append(mapAttributes(m.innerMap(), types, prefix + "inner."));
        }
        if (!m.initialSlots().isEmpty()) {
            sb.append(' ').append(prefix).append("values=").append(m.initialSlots().entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(java.util.stream.Collectors.joining(",")));
        }
        return sb.toString();
    }

    private static void data(MapSpec m, TypePrinter types, StringBuilder out) {
        out.append(".data ").append(word(m.name())).append(" size=").append(m.valueSize());
        if (m.flags() != 0) {
            out.append(" flags=0x").append(Integer.toHexString(m.flags()));
        }
        BtfType.Datasec ds = m.valueType() instanceof BtfType.Datasec d ? d : null;
        if (ds != null && ds.vars().isEmpty()) {
            out.append(" datasec");
        }
        out.append('\n');
        if (ds != null) {
            for (BtfType.VarSecinfo v : ds.vars()) {
                BtfType.Var var = (BtfType.Var) v.type();
                out.append(".var ").append(var.name()).append(" type=").append(word(types.print(var.type())))
                        .append(" offset=").append(v.offset()).append(" size=").append(v.size()).append(' ')
                        .append(var.linkage().name().toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        byte[] init = m.initialData();
        if (init == null) {
            return;
        }
        for (int off = 0; off < init.length; off += 16) {
            int n = Math.min(16, init.length - off);
            boolean zero = true;
            for (int i = 0; i < n; i++) {
                zero &= init[off + i] == 0;
            }
            if (zero) {
                continue;
            }
            out.append(".bytes ").append(off).append(": ").append(hex(init, off, n, " "));
            out.append("  ; ").append(ascii(init, off, n)).append('\n');
        }
    }

    static String hex(byte[] b, int off, int n, String sep) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(String.format("%02x", b[off + i] & 0xff));
        }
        return String.join(sep, parts);
    }

    private static String ascii(byte[] b, int off, int n) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < n; i++) {
            int c = b[off + i] & 0xff;
            sb.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
        }
        return sb.append('|').toString();
    }
}
