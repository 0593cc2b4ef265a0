package dev.bpfj.core;

import java.util.Locale;
import java.util.Optional;

/** uapi {@code enum bpf_prog_type}; the ordinal is the kernel's number. */
public enum ProgramType {
    UNSPEC, SOCKET_FILTER, KPROBE, SCHED_CLS, SCHED_ACT, TRACEPOINT, XDP, PERF_EVENT, CGROUP_SKB, CGROUP_SOCK,
    LWT_IN, LWT_OUT, LWT_XMIT, SOCK_OPS, SK_SKB, CGROUP_DEVICE, SK_MSG, RAW_TRACEPOINT, CGROUP_SOCK_ADDR,
    LWT_SEG6LOCAL, LIRC_MODE2, SK_REUSEPORT, FLOW_DISSECTOR, CGROUP_SYSCTL, RAW_TRACEPOINT_WRITABLE,
    CGROUP_SOCKOPT, TRACING, STRUCT_OPS, EXT, LSM, SK_LOOKUP, SYSCALL, NETFILTER;

    /** The {@code BPF_PROG_TYPE_*} number. */
    public int value() {
        return ordinal();
    }

    /** Lower-case name as libbpf prints it ({@code xdp}, {@code sched_cls}). */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a type name as {@code --type} takes it: libbpf's names ({@code xdp}, {@code sched_cls})
     * and bpftool's aliases ({@code socket}, {@code classifier}, {@code action}, {@code tracepoint}).
     */
    public static Optional<ProgramType> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        switch (n) {
            case "socket":
                return Optional.of(SOCKET_FILTER);
            case "classifier", "tc":
                return Optional.of(SCHED_CLS);
            case "action":
                return Optional.of(SCHED_ACT);
            case "tp":
                return Optional.of(TRACEPOINT);
            case "raw_tp":
                return Optional.of(RAW_TRACEPOINT);
            default:
                break;
        }
        for (ProgramType t : values()) {
            if (t.displayName().equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static ProgramType of(int value) {
        if (value < 0 || value >= values().length) {
            throw new IllegalArgumentException("unknown program type " + value);
        }
        return values()[value];
    }
}
