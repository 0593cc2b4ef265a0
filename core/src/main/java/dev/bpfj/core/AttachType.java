package dev.bpfj.core;

import java.util.Locale;

/** uapi {@code enum bpf_attach_type}; the ordinal is the kernel's number (0 doubles as "unspecified"). */
public enum AttachType {
    CGROUP_INET_INGRESS, CGROUP_INET_EGRESS, CGROUP_INET_SOCK_CREATE, CGROUP_SOCK_OPS, SK_SKB_STREAM_PARSER,
    SK_SKB_STREAM_VERDICT, CGROUP_DEVICE, SK_MSG_VERDICT, CGROUP_INET4_BIND, CGROUP_INET6_BIND,
    CGROUP_INET4_CONNECT, CGROUP_INET6_CONNECT, CGROUP_INET4_POST_BIND, CGROUP_INET6_POST_BIND,
    CGROUP_UDP4_SENDMSG, CGROUP_UDP6_SENDMSG, LIRC_MODE2, FLOW_DISSECTOR, CGROUP_SYSCTL, CGROUP_UDP4_RECVMSG,
    CGROUP_UDP6_RECVMSG, CGROUP_GETSOCKOPT, CGROUP_SETSOCKOPT, TRACE_RAW_TP, TRACE_FENTRY, TRACE_FEXIT,
    MODIFY_RETURN, LSM_MAC, TRACE_ITER, CGROUP_INET4_GETPEERNAME, CGROUP_INET6_GETPEERNAME,
    CGROUP_INET4_GETSOCKNAME, CGROUP_INET6_GETSOCKNAME, XDP_DEVMAP, CGROUP_INET_SOCK_RELEASE, XDP_CPUMAP,
    SK_LOOKUP, XDP, SK_SKB_VERDICT, SK_REUSEPORT_SELECT, SK_REUSEPORT_SELECT_OR_MIGRATE, PERF_EVENT,
    TRACE_KPROBE_MULTI, LSM_CGROUP, STRUCT_OPS, NETFILTER, TCX_INGRESS, TCX_EGRESS, TRACE_UPROBE_MULTI,
    CGROUP_UNIX_CONNECT, CGROUP_UNIX_SENDMSG, CGROUP_UNIX_RECVMSG, CGROUP_UNIX_GETPEERNAME,
    CGROUP_UNIX_GETSOCKNAME, NETKIT_PRIMARY, NETKIT_PEER, TRACE_KPROBE_SESSION;

    /** The {@code BPF_*} number sent as {@code expected_attach_type}. */
    public int value() {
        return ordinal();
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AttachType of(int value) {
        if (value < 0 || value >= values().length) {
            throw new IllegalArgumentException("unknown attach type " + value);
        }
        return values()[value];
    }
}
