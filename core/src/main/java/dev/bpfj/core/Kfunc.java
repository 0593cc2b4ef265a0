package dev.bpfj.core;

import dev.bpfj.core.btf.BtfType;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the kfunc table: a kernel function BPF programs may call ({@code call} with
 * {@code src = PSEUDO_KFUNC_CALL}) and how the verifier treats it. Like the kernel's verifier, bpfj
 * derives each argument's rules from the kernel's prototype (types and parameter names: {@code __sz},
 * {@code __szk}, {@code __uninit}, {@code __opt}, {@code __k}, ...) and the kfunc's {@code KF_*} flags.
 *
 * @param name the kernel function's name
 * @param flags {@code KF_*} flags ({@link #ACQUIRE}, {@link #RELEASE}, {@link #RET_NULL}, ...)
 * @param programTypes the program types whose kfunc sets contain it; empty means every type
 *     (the kernel's {@code BPF_PROG_TYPE_UNSPEC} set)
 * @param proto the prototype as the kernel's BTF gives it, parameter names included; kernel objects
 *     a program only holds pointers to are {@link BtfType.Fwd} declarations
 * @param devBound an XDP metadata kfunc: only programs bound to a device may call it
 */
public record Kfunc(String name, int flags, Set<ProgramType> programTypes, BtfType.FuncProto proto, boolean devBound) {
    /** {@code KF_ACQUIRE}: returns a reference the program must release. */
    public static final int ACQUIRE = 1;
    /** {@code KF_RELEASE}: releases the reference passed to it. */
    public static final int RELEASE = 1 << 1;
    /** {@code KF_RET_NULL}: may return NULL. */
    public static final int RET_NULL = 1 << 2;
    /** {@code KF_TRUSTED_ARGS}: pointer arguments must be trusted (referenced or from the kernel) and not NULL. */
    public static final int TRUSTED_ARGS = 1 << 4;
    /** {@code KF_SLEEPABLE}. */
    public static final int SLEEPABLE = 1 << 5;
    /** {@code KF_DESTRUCTIVE}. */
    public static final int DESTRUCTIVE = 1 << 6;
    /** {@code KF_RCU}. */
    public static final int RCU = 1 << 7;

    public Kfunc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(proto, "proto");
        programTypes = Set.copyOf(programTypes);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** Whether programs of this type may call it (the kernel's {@code btf_kfunc_id_set_contains}). */
    public boolean availableTo(ProgramType type) {
        return programTypes.isEmpty() || programTypes.contains(type);
    }

    @Override
    public String toString() {
        return name;
    }
}
