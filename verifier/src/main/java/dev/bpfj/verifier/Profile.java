package dev.bpfj.verifier;

/**
 * Who loads the program, which decides what the kernel allows ({@code bpf_capable},
 * {@code allow_ptr_leaks}, {@code allow_uninit_stack}, {@code bypass_spec_v1}).
 *
 * @param name how the CLI and verdicts call it
 * @param perfmon CAP_PERFMON (or root): pointer leaks, uninitialised stack reads, no Spectre v1 rules
 * @param nrCpuIds the bound the kernel puts on {@code bpf_get_smp_processor_id()}; bpfj assumes the
 *        largest configurable count so that no program is accepted because of a small machine
 */
public record Profile(String name, boolean perfmon, int nrCpuIds) {
    /** Root on Linux 6.18: CAP_BPF + CAP_NET_ADMIN + CAP_PERFMON (what {@code sudo} and these machines have). */
    public static final Profile ROOT = new Profile("root", true, 8192);
    /** CAP_BPF + CAP_NET_ADMIN only: stricter about pointers, stack and Spectre. */
    public static final Profile CAP_BPF = new Profile("cap-bpf", false, 8192);

    public static java.util.Optional<Profile> parse(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "root" -> java.util.Optional.of(ROOT);
            case "cap-bpf", "cap_bpf", "capbpf" -> java.util.Optional.of(CAP_BPF);
            default -> java.util.Optional.empty();
        };
    }

    boolean allowPtrLeaks() {
        return perfmon;
    }

    boolean allowUninitStack() {
        return perfmon;
    }

    boolean bypassSpecV1() {
        return perfmon;
    }

    public Profile withNrCpuIds(int n) {
        return new Profile(name, perfmon, n);
    }
}
