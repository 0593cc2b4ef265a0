package dev.bpfj.core;

/** The capability a loader needs beyond CAP_BPF + CAP_NET_ADMIN to use something (a helper, a check). */
public enum Privilege {
    /** Every loader of the program type may use it. */
    NONE,
    /** Needs CAP_BPF ({@code bpf_base_func_proto}'s second tier). */
    CAP_BPF,
    /** Needs CAP_PERFMON ({@code bpf_base_func_proto}'s third tier, the {@code skc_to_*} casts). */
    CAP_PERFMON
}
