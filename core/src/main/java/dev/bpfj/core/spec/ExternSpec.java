package dev.bpfj.core.spec;

import dev.bpfj.core.btf.BtfType;
import java.util.Objects;

/**
 * A symbol an object uses but does not define, which the loader resolves against the running kernel
 * as libbpf does: a kernel function ({@code extern ... __ksym} function, a kfunc), a kernel variable
 * ({@code extern ... __ksym} variable) or a kernel configuration value ({@code extern ... __kconfig}).
 *
 * <p>Instructions name an extern in their {@link dev.bpfj.core.Instruction#reference() reference}:
 * a kfunc call is {@code call} with {@code src = PSEUDO_KFUNC_CALL} and {@code imm = 0} until the
 * loader puts the kernel's BTF id there; a typed ksym is {@code lddw} with {@code src = PSEUDO_BTF_ID},
 * a typeless one ({@code extern const void x __ksym}) a plain {@code lddw} the loader fills with the
 * symbol's address. A kconfig value lives in the object's {@value #KCONFIG_MAP} data map at
 * {@link #offset()}, which the loader fills before the programs load; its loads are ordinary
 * {@code PSEUDO_MAP_VALUE} loads of that map.
 *
 * @param name the symbol's name (for a kfunc, the kernel function's name)
 * @param kind what the loader resolves it to
 * @param type a kfunc's BTF {@code FUNC} (its prototype as the object declared it); a variable's BTF
 *        type, {@link BtfType.Void} for a typeless ksym
 * @param weak a weak extern may stay unresolved: libbpf then loads 0 (variables) or leaves a call
 *        that must never run (kfuncs)
 * @param offset the value's offset in {@value #KCONFIG_MAP} for kconfig; 0 otherwise
 */
public record ExternSpec(String name, Kind kind, BtfType type, boolean weak, int offset) {

    /** The data map holding an object's kconfig values (libbpf's {@code .kconfig}). */
    public static final String KCONFIG_MAP = ".kconfig";

    /**
     * libbpf's {@code POISON_CALL_KFUNC_BASE}: a call of a weak kfunc the kernel lacks becomes a call of
     * helper {@code POISON_CALL_KFUNC_BASE + index} ({@link #libbpfIndex}), refused only where reachable
     * ("invalid func unknown#2002000000").
     */
    public static final int POISON_CALL_KFUNC_BASE = 2002000000;

    /**
     * The index libbpf gives an extern in its sorted list ({@code cmp_externs}): kconfig values first,
     * in {@code .kconfig} order, then kfuncs and ksyms by name; -1 when the list has no such extern.
     */
    public static int libbpfIndex(java.util.List<ExternSpec> externs, String name) {
        java.util.List<ExternSpec> sorted = new java.util.ArrayList<>(externs);
        sorted.sort(java.util.Comparator.comparingInt((ExternSpec e) -> e.kind() == Kind.KCONFIG ? 0 : 1)
                .thenComparingInt(e -> e.kind() == Kind.KCONFIG ? e.offset() : 0).thenComparing(ExternSpec::name));
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public enum Kind {
        KFUNC, KSYM, KCONFIG;

        /** {@code kfunc}, {@code ksym}, {@code kconfig}. */
        public String displayName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ExternSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an extern needs a name");
        }
        if (kind == Kind.KFUNC && !(type instanceof BtfType.Func)) {
            throw new IllegalArgumentException("kfunc " + name + " needs a BTF FUNC, not " + type);
        }
        if (kind != Kind.KCONFIG && offset != 0) {
            throw new IllegalArgumentException("only kconfig externs have an offset");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
    }

    public static ExternSpec kfunc(BtfType.Func func, boolean weak) {
        return new ExternSpec(func.name(), Kind.KFUNC, func, weak, 0);
    }

    public static ExternSpec ksym(String name, BtfType type, boolean weak) {
        return new ExternSpec(name, Kind.KSYM, type, weak, 0);
    }

    public static ExternSpec kconfig(String name, BtfType type, boolean weak, int offset) {
        return new ExternSpec(name, Kind.KCONFIG, type, weak, offset);
    }

    /** A kfunc's prototype as the object declared it; null for variables. */
    public BtfType.FuncProto proto() {
        return type instanceof BtfType.Func f ? f.proto() : null;
    }

    /** A typeless ksym ({@code extern const void x __ksym}): the loader gives its address, no BTF id. */
    public boolean isTypeless() {
        return kind == Kind.KSYM && type.resolve() instanceof BtfType.Void;
    }

    @Override
    public String toString() {
        String decl = switch (kind) {
            case KFUNC -> type.toString();
            case KSYM, KCONFIG -> type + " " + name;
        };
        return (weak ? "weak " : "") + kind.displayName() + " " + decl + (kind == Kind.KCONFIG ? " @" + offset : "");
    }
}
