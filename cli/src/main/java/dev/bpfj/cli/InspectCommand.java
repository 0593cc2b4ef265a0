package dev.bpfj.cli;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.spec.TypeSource;
import dev.bpfj.emitter.AppliedCoreRelocation;
import dev.bpfj.emitter.Diagnostic;
import dev.bpfj.emitter.text.TypePrinter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bpfj inspect OBJ [--json]}: what an object holds. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Show what a BPF object holds: programs (section, type, instruction count), maps (type, key and"
                + " value sizes and types, max entries, flags), the kfuncs, ksyms and kconfig values it uses, license,"
                + " and what could not be read."})
final class InspectCommand implements Callable<Integer> {
    @Mixin
    ObjectInput input;

    @Option(names = "--json", description = "print JSON (fields documented in cli/README.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ObjectInput.Opened o = input.open();
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? Json.write(toJson(o)) : text(o));
        out.flush();
        return Main.EXIT_OK;
    }

    static Map<String, Object> toJson(ObjectInput.Opened o) {
        ObjectSpec spec = o.object();
        Map<String, Object> root = Json.object();
        root.put("file", o.path().toString());
        root.put("license", spec.license());
        root.put("gpl_compatible", spec.isGplCompatible());
        List<Object> programs = new ArrayList<>();
        for (ProgramSpec p : spec.programs()) {
            Map<String, Object> j = Json.object();
            j.put("name", p.name());
            j.put("section", p.section());
            j.put("type", p.type().displayName());
            j.put("type_source", p.typeSource());
            j.put("type_guessed", p.typeSource() == TypeSource.GUESSED);
            j.put("attach_type", p.attachType() == null ? null : p.attachType().displayName());
            j.put("flags", p.progFlags());
            j.put("instructions", p.slotCount());
            List<Object> fns = new ArrayList<>();
            for (FunctionInfo f : p.functions()) {
                Map<String, Object> fj = Json.object();
                fj.put("name", f.name());
                fj.put("start", f.slot());
                fj.put("linkage", f.linkage());
                fns.add(fj);
            }
            j.put("functions", fns);
            programs.add(j);
        }
        root.put("programs", programs);
        List<Object> maps = new ArrayList<>();
        for (MapSpec m : spec.maps()) {
            Map<String, Object> j = Json.object();
            j.put("name", m.name());
            j.put("type", m.type().displayName());
            j.put("key_size", m.keySize());
            j.put("value_size", m.valueSize());
            j.put("key_type", typeName(m.keyType()));
            j.put("value_type", typeName(m.valueType()));
            j.put("max_entries", Integer.toUnsignedLong(m.maxEntries()));
            j.put("flags", Integer.toUnsignedLong(m.flags()));
            j.put("pinning", m.pinning());
            j.put("definition", m.definition());
            Map<String, Object> slots = Json.object();
            m.initialSlots().forEach((slot, target) -> slots.put(Integer.toString(slot), target));
            j.put("initial_slots", slots);
            maps.add(j);
        }
        root.put("maps", maps);
        List<Object> externs = new ArrayList<>();
        for (ExternSpec e : spec.externs()) {
            Map<String, Object> j = Json.object();
            j.put("name", e.name());
            j.put("kind", e.kind().displayName());
            j.put("type", new TypePrinter().print(e.kind() == ExternSpec.Kind.KFUNC ? e.proto() : e.type()));
            j.put("weak", e.weak());
            j.put("offset", e.kind() == ExternSpec.Kind.KCONFIG ? e.offset() : null);
            externs.add(j);
        }
        root.put("externs", externs);
        List<Object> relocations = new ArrayList<>();
        for (AppliedCoreRelocation r : o.coreRelocations()) {
            Map<String, Object> j = Json.object();
            j.put("function", r.function());
            j.put("insn", r.insn());
            j.put("kind", r.relocation().kind().label());
            j.put("access", r.relocation().access());
            j.put("local", r.local());
            j.put("target", r.target());
            j.put("before", r.before().toString());
            j.put("after", r.after().toString());
            j.put("poisoned", r.poisoned());
            relocations.add(j);
        }
        root.put("core_relocations", relocations);
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : o.diagnostics()) {
            Map<String, Object> j = Json.object();
            j.put("severity", d.severity());
            j.put("where", d.where());
            j.put("message", d.message());
            diags.add(j);
        }
        root.put("diagnostics", diags);
        return root;
    }

    private static String typeName(BtfType t) {
        if (t == null || t instanceof BtfType.Datasec) {
            return null;
        }
        return new TypePrinter().print(t);
    }

    private static String text(ObjectInput.Opened o) {
        ObjectSpec spec = o.object();
        StringBuilder sb = new StringBuilder();
        sb.append("object ").append(o.path()).append('\n');
        sb.append("license ").append(spec.license().isEmpty() ? "(none)" : '"' + spec.license() + '"')
                .append(spec.isGplCompatible() ? " (GPL-compatible)" : " (not GPL-compatible)").append('\n');
        sb.append(spec.programs().size()).append(spec.programs().size() == 1 ? " program" : " programs").append('\n');
        for (ProgramSpec p : spec.programs()) {
            sb.append("  ").append(p.name()).append("  section ").append(p.section()).append("  type ")
                    .append(p.type().displayName());
            switch (p.typeSource()) {
                case GUESSED -> sb.append(" (guessed from section name)");
                case OVERRIDDEN -> sb.append(" (forced by --type)");
                case UNKNOWN -> sb.append(" (unknown: use --type)");
                default -> {
                }
            }
            if (p.attachType() != null) {
                sb.append("  attach ").append(p.attachType().displayName());
            }
            if (p.progFlags() != 0) {
                sb.append("  flags 0x").append(Integer.toHexString(p.progFlags()));
            }
            sb.append("  ").append(p.slotCount()).append(" insns");
            if (p.functions().size() > 1) {
                sb.append(" (").append(p.functions().size() - 1).append(p.functions().size() == 2 ? " subprogram: "
                        : " subprograms: ").append(String.join(", ",
                        p.functions().subList(1, p.functions().size()).stream().map(FunctionInfo::name).toList())).append(')');
            }
            sb.append('\n');
        }
        sb.append(spec.maps().size()).append(spec.maps().size() == 1 ? " map" : " maps").append('\n');
        for (MapSpec m : spec.maps()) {
            sb.append("  ").append(m.name()).append("  ").append(m.type().displayName());
            sb.append("  key ").append(m.keySize());
            String kt = typeName(m.keyType());
            if (kt != null) {
                sb.append(" (").append(kt).append(')');
            }
            sb.append("  value ").append(m.valueSize());
            String vt = typeName(m.valueType());
            if (vt != null) {
                sb.append(" (").append(vt).append(')');
            }
            sb.append("  max_entries ").append(Integer.toUnsignedString(m.maxEntries()));
            if (m.flags() != 0) {
                sb.append("  flags 0x").append(Integer.toHexString(m.flags()));
            }
            if (m.pinning() != dev.bpfj.core.spec.Pinning.NONE) {
                sb.append("  pinning ").append(m.pinning().name().toLowerCase(Locale.ROOT));
            }
            if (!m.initialSlots().isEmpty()) {
                sb.append("  values ").append(m.initialSlots().entrySet().stream()
                        .map(e -> "[" + e.getKey() + "]=" + e.getValue()).collect(java.util.stream.Collectors.joining(" ")));
            }
            switch (m.definition()) {
                case LEGACY -> sb.append("  (legacy maps section)");
                case DATA_SECTION -> sb.append("  (global data)");
                default -> {
                }
            }
            sb.append('\n');
        }
        if (!spec.externs().isEmpty()) {
            sb.append(spec.externs().size()).append(spec.externs().size() == 1 ? " extern" : " externs").append('\n');
            for (ExternSpec e : spec.externs()) {
                TypePrinter types = new TypePrinter();
                sb.append("  ").append(e.name()).append("  ").append(e.kind().displayName()).append("  ")
                        .append(types.print(e.kind() == ExternSpec.Kind.KFUNC ? e.proto() : e.type()));
                if (e.kind() == ExternSpec.Kind.KCONFIG) {
                    sb.append("  .kconfig+").append(e.offset());
                }
                if (e.weak()) {
                    sb.append("  weak");
                }
                sb.append('\n');
            }
        }
        if (!o.coreRelocations().isEmpty()) {
            int n = o.coreRelocations().size();
            sb.append(n).append(n == 1 ? " CO-RE relocation" : " CO-RE relocations").append(" applied\n");
            for (AppliedCoreRelocation r : o.coreRelocations()) {
                sb.append("  ").append(r).append('\n');
            }
        }
        if (!o.diagnostics().isEmpty()) {
            sb.append(o.diagnostics().size()).append(o.diagnostics().size() == 1 ? " diagnostic" : " diagnostics").append('\n');
            for (Diagnostic d : o.diagnostics()) {
                sb.append("  ").append(d).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }
}
