package dev.bpfj.kernel;

import static dev.bpfj.core.Opcodes.CALL_OP;
import static dev.bpfj.core.Opcodes.LDDW;
import static dev.bpfj.core.Opcodes.PSEUDO_BTF_ID;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.Externs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * An object's externs resolved against the running kernel as libbpf's
 * {@code bpf_object__resolve_externs} resolves them: kfuncs and typed ksyms to ids in the kernel's
 * BTF (checked against the object's declarations), typeless ksyms to addresses from
 * {@code /proc/kallsyms}, kconfig values to the contents of the {@code .kconfig} map. Weak externs
 * that the kernel lacks stay unresolved: their loads give 0 and their calls are poisoned, so the
 * verifier refuses them only where they are reachable.
 */
public final class ResolvedExterns {
    /** How one extern resolved. */
    public record Resolution(ExternSpec extern, boolean set, int btfId, long address, int poisonIndex) {}

    public static final ResolvedExterns NONE = new ResolvedExterns(Map.of(), null);

    private final Map<String, Resolution> byName;
    private final byte[] kconfig;

    private ResolvedExterns(Map<String, Resolution> byName, byte[] kconfig) {
        this.byName = byName;
        this.kconfig = kconfig;
    }

    /**
     * Resolves the object's externs on this machine.
     *
     * @throws KernelException when a strong extern cannot be resolved or does not fit the kernel's
     *     declaration, with libbpf's message
     */
    public static ResolvedExterns resolve(ObjectSpec spec) {
        if (spec.externs().isEmpty()) {
            return NONE;
        }
        boolean needBtf = spec.externs().stream().anyMatch(e -> e.kind() != ExternSpec.Kind.KCONFIG && !e.isTypeless());
        boolean needKallsyms = spec.externs().stream().anyMatch(ExternSpec::isTypeless);
        boolean needConfig = spec.externs().stream().anyMatch(e -> e.kind() == ExternSpec.Kind.KCONFIG);
        return resolve(spec, needBtf ? KernelBtf.vmlinux() : null, needConfig ? Kconfig.system() : null,
                needKallsyms ? kallsyms() : Map.of());
    }

    /** Resolves against a given kernel BTF, configuration and symbol table. */
    public static ResolvedExterns resolve(ObjectSpec spec, KernelBtf btf, Kconfig config, Map<String, Long> kallsyms) {
        Map<String, Resolution> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ExternSpec e : spec.externs()) {
            int idx = ExternSpec.libbpfIndex(spec.externs(), e.name());
            Resolution r = switch (e.kind()) {
                case KCONFIG -> new Resolution(e, true, 0, 0, idx);
                case KSYM -> e.isTypeless() ? typeless(e, kallsyms, idx, problems) : variable(e, btf, idx, problems);
                case KFUNC -> function(e, btf, idx, problems);
            };
            out.put(e.name(), r);
        }
        byte[] kconfig = null;
        MapSpec map = Externs.kconfigMap(spec.externs());
        if (map != null) {
            try {
                kconfig = config.fill(spec.externs(), map.valueSize());
            } catch (KernelException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new KernelException(String.join("; ", problems), 3 /* ESRCH */);
        }
        return new ResolvedExterns(out, kconfig);
    }

    private static Resolution function(ExternSpec e, KernelBtf btf, int idx, List<String> problems) {
        OptionalInt id = btf.function(essentialName(e.name()));
        if (id.isEmpty()) {
            if (!e.weak()) {
                problems.add("extern (func ksym) '" + e.name() + "': not found in kernel or module BTFs"
                        + " (bpfj searches vmlinux only)");
            }
            return new Resolution(e, false, 0, 0, idx);
        }
        int proto = btf.btf().sizeOrType(id.getAsInt());
        if (!btf.compatible(e.proto(), proto)) {
            if (!e.weak()) {
                problems.add("extern (func ksym) '" + e.name() + "': func_proto incompatible with vmlinux [" + proto
                        + "]");
            }
            return new Resolution(e, false, 0, 0, idx);
        }
        return new Resolution(e, true, id.getAsInt(), 0, idx);
    }

    private static Resolution variable(ExternSpec e, KernelBtf btf, int idx, List<String> problems) {
        OptionalInt id = btf.variable(e.name());
        if (id.isEmpty()) {
            if (!e.weak()) {
                problems.add("extern (var ksym) '" + e.name() + "': not found in kernel BTF");
            }
            return new Resolution(e, false, 0, 0, idx);
        }
        int type = btf.btf().sizeOrType(id.getAsInt());
        if (!btf.compatible(e.type(), type)) {
            problems.add("extern (var ksym) '" + e.name() + "': incompatible types with the kernel's [" + type + "]");
            return new Resolution(e, false, 0, 0, idx);
        }
        return new Resolution(e, true, id.getAsInt(), 0, idx);
    }

    private static Resolution typeless(ExternSpec e, Map<String, Long> kallsyms, int idx, List<String> problems) {
        Long addr = kallsyms.get(e.name());
        if (addr == null) {
            if (!e.weak()) {
                problems.add("extern '" + e.name() + "' (strong): not resolved");
            }
            return new Resolution(e, false, 0, 0, idx);
        }
        return new Resolution(e, true, 0, addr, idx);
    }

    /** libbpf's {@code bpf_core_essential_name_len}: a {@code ___flavor} suffix is not part of the kernel's name. */
    static String essentialName(String name) {
        for (int i = name.length() - 4; i > 0; i--) {
            if (name.startsWith("___", i)) {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /** {@code /proc/kallsyms}: name to address (first one wins; needs root for real addresses). */
    static Map<String, Long> kallsyms() {
        Map<String, Long> out = new HashMap<>();
        try (Stream<String> lines = Files.lines(Path.of("/proc/kallsyms"))) {
            lines.forEach(l -> {
                String[] f = l.split("\\s+");
                if (f.length >= 3) {
                    try {
                        out.putIfAbsent(f[2], Long.parseUnsignedLong(f[0], 16));
                    } catch (NumberFormatException e) {
                        // not a symbol line
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            // no symbols: strong typeless ksyms fail to resolve with libbpf's message
        }
        return out;
    }

    public Resolution resolution(String name) {
        return byName.get(name);
    }

    /** The {@code .kconfig} map's contents, or null when the object has no kconfig externs. */
    public byte[] kconfigData() {
        return kconfig == null ? null : kconfig.clone();
    }

    /** The object with its {@code .kconfig} map holding this kernel's values (what a verifier needs for parity). */
    public ObjectSpec applyTo(ObjectSpec spec) {
        if (kconfig == null) {
            return spec;
        }
        List<MapSpec> maps = new ArrayList<>();
        for (MapSpec m : spec.maps()) {
            maps.add(Externs.isKconfigMap(m, spec.externs()) ? m.toBuilder().initialData(kconfig).build() : m);
        }
        return spec.withMaps(maps);
    }

    /** The instruction as libbpf hands it to the kernel: kfunc calls and ksym loads filled in. */
    Instruction link(Instruction insn) {
        if (insn.reference() == null || !(insn.isKfuncCall() || insn.isKsymLoad())) {
            return insn;
        }
        Resolution r = byName.get(insn.reference());
        if (r == null) {
            throw new KernelException("instruction '" + insn + "' names extern '" + insn.reference()
                    + "', which the object does not declare", 22);
        }
        if (insn.isKfuncCall()) {
            if (!r.set()) {
                // libbpf's poison_kfunc_call: harmless in dead code, "invalid func unknown#..." where reachable
                return new Instruction(CALL_OP, 0, 0, 0, ExternSpec.POISON_CALL_KFUNC_BASE + r.poisonIndex(), insn.reference(),
                        insn.source());
            }
            return new Instruction(CALL_OP, 0, insn.src(), 0, r.btfId(), insn.reference(), insn.source());
        }
        ExternSpec e = r.extern();
        if (!e.isTypeless() && r.set()) {
            return new Instruction(LDDW, insn.dst(), PSEUDO_BTF_ID, insn.offset(), r.btfId() & 0xffffffffL,
                    insn.reference(), insn.source());
        }
        return new Instruction(LDDW, insn.dst(), 0, insn.offset(), r.address(), insn.reference(), insn.source());
    }
}
