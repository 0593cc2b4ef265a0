package dev.bpfj.emitter;

import dev.bpfj.core.MapType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How externs sit in an object, by libbpf's rules: the {@code .kconfig} map laid out from the kconfig
 * externs, and which C types a kconfig value may have. Shared by the ELF reader, the object text
 * parser and loaders.
 */
public final class Externs {
    private Externs() {}

    /** libbpf's {@code enum kcfg_type}: how a configuration value is stored. */
    public enum KconfigType {
        /** {@code bool}: 1 for {@code y} and {@code m}, 0 for {@code n}. */
        BOOL,
        /** {@code char}: {@code 'y'}, {@code 'm'} or {@code 'n'}. */
        CHAR,
        /** an integer of 1, 2, 4 or 8 bytes: a number. */
        INT,
        /** {@code enum libbpf_tristate}: 0 no, 1 yes, 2 module. */
        TRISTATE,
        /** {@code char[N]}: a quoted string, NUL-terminated, cut to N-1 characters. */
        CHAR_ARRAY,
        /** anything else, which libbpf refuses ("type is unsupported"). */
        UNKNOWN
    }

    /** libbpf's {@code find_kcfg_type}. */
    public static KconfigType kconfigType(BtfType t) {
        return switch (t.resolve()) {
            case BtfType.Int i when (i.encoding() & BtfType.Int.BOOL) != 0 ->
                    i.size() == 1 ? KconfigType.BOOL : KconfigType.UNKNOWN;
            case BtfType.Int i when i.size() == 1 -> KconfigType.CHAR;
            case BtfType.Int i -> i.size() >= 1 && i.size() <= 8 && Integer.bitCount(i.size()) == 1
                    ? KconfigType.INT : KconfigType.UNKNOWN;
            case BtfType.Enum e -> e.name().equals("libbpf_tristate") && (e.size() == 4 || e.size() == 8)
                    ? KconfigType.TRISTATE : KconfigType.UNKNOWN;
            case BtfType.Array a -> a.count() > 0 && kconfigType(a.element()) == KconfigType.CHAR
                    ? KconfigType.CHAR_ARRAY : KconfigType.UNKNOWN;
            default -> KconfigType.UNKNOWN;
        };
    }

    /** Whether a kconfig integer is signed (libbpf sign-extends such values). */
    public static boolean isSigned(BtfType t) {
        return t.resolve() instanceof BtfType.Int i && i.isSigned();
    }

    /** {@code btf__align_of} for the types a kconfig value may have. */
    static int alignOf(BtfType t) {
        return switch (t.resolve()) {
            case BtfType.Int i -> Math.max(1, Math.min(8, i.size()));
            case BtfType.Enum e -> Math.max(1, Math.min(8, e.size()));
            case BtfType.Array a -> alignOf(a.element());
            default -> 1;
        };
    }

    /**
     * Gives kconfig externs their offsets in {@code .kconfig} as libbpf does: sorted by alignment
     * (largest first), then size (smallest first), then name, each at the next aligned offset. The
     * list keeps its order; other externs are unchanged.
     */
    public static List<ExternSpec> layout(List<ExternSpec> externs) {
        List<ExternSpec> kconfig = new ArrayList<>();
        for (ExternSpec e : externs) {
            if (e.kind() == ExternSpec.Kind.KCONFIG) {
                kconfig.add(e);
            }
        }
        kconfig.sort(Comparator.comparingInt((ExternSpec e) -> -alignOf(e.type()))
                .thenComparingInt(e -> e.type().size()).thenComparing(ExternSpec::name));
        java.util.Map<String, Integer> offsets = new java.util.HashMap<>();
        int off = 0;
        for (ExternSpec e : kconfig) {
            int align = alignOf(e.type());
            off = (off + align - 1) / align * align;
            offsets.put(e.name(), off);
            off += e.type().size();
        }
        List<ExternSpec> out = new ArrayList<>(externs.size());
        for (ExternSpec e : externs) {
            out.add(e.kind() == ExternSpec.Kind.KCONFIG
                    ? ExternSpec.kconfig(e.name(), e.type(), e.weak(), offsets.get(e.name())) : e);
        }
        return out;
    }

    /**
     * The {@code .kconfig} map of laid-out externs, or null when there are none: a one-entry read-only
     * array whose value holds every kconfig extern at its offset. Its initial data is null: the values
     * are the running kernel's, filled in by a loader (until then a verifier must treat them as unknown).
     */
    public static MapSpec kconfigMap(List<ExternSpec> externs) {
        List<BtfType.VarSecinfo> vars = new ArrayList<>();
        int size = 0;
        for (ExternSpec e : externs) {
            if (e.kind() == ExternSpec.Kind.KCONFIG) {
                int sz = e.type().size();
                // as libbpf passes it to the kernel: the externs become allocated globals of the section
                vars.add(new BtfType.VarSecinfo(new BtfType.Var(e.name(), e.type(), BtfType.Linkage.GLOBAL),
                        e.offset(), sz));
                size = Math.max(size, e.offset() + sz);
            }
        }
        if (vars.isEmpty()) {
            return null;
        }
        vars.sort(Comparator.comparingInt(BtfType.VarSecinfo::offset));
        return MapSpec.builder(ExternSpec.KCONFIG_MAP, MapType.ARRAY).keySize(4).valueSize(size).maxEntries(1)
                .flags(MapSpec.F_RDONLY_PROG | MapSpec.F_MMAPABLE).definition(MapDefinitionKind.DATA_SECTION)
                .valueType(new BtfType.Datasec(ExternSpec.KCONFIG_MAP, size, vars)).build();
    }

    /** Whether a map is the {@code .kconfig} map an object's kconfig externs imply (writers leave it out). */
    public static boolean isKconfigMap(MapSpec m, List<ExternSpec> externs) {
        return m.name().equals(ExternSpec.KCONFIG_MAP) && m.definition() == MapDefinitionKind.DATA_SECTION
                && externs.stream().anyMatch(e -> e.kind() == ExternSpec.Kind.KCONFIG);
    }
}
