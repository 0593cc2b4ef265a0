package dev.bpfj.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The section-name table: libbpf 1.x's {@code section_defs[]} in its matching order. The ELF reader
 * derives each program's type from it, the ELF writer names sections with it.
 */
public final class SectionDefs {
    private SectionDefs() {}

    // pattern, type, attach type (or -), flags (F = xdp frags, S = sleepable)
    private static final String TABLE = """
            socket SOCKET_FILTER - -
            sk_reuseport/migrate SK_REUSEPORT SK_REUSEPORT_SELECT_OR_MIGRATE -
            sk_reuseport SK_REUSEPORT SK_REUSEPORT_SELECT -
            kprobe+ KPROBE - -
            uprobe+ KPROBE - -
            uprobe.s+ KPROBE - S
            kretprobe+ KPROBE - -
            uretprobe+ KPROBE - -
            uretprobe.s+ KPROBE - S
            kprobe.multi+ KPROBE TRACE_KPROBE_MULTI -
            kretprobe.multi+ KPROBE TRACE_KPROBE_MULTI -
            kprobe.session+ KPROBE TRACE_KPROBE_SESSION -
            uprobe.multi+ KPROBE TRACE_UPROBE_MULTI -
            uretprobe.multi+ KPROBE TRACE_UPROBE_MULTI -
            uprobe.multi.s+ KPROBE TRACE_UPROBE_MULTI S
            uretprobe.multi.s+ KPROBE TRACE_UPROBE_MULTI S
            ksyscall+ KPROBE - -
            kretsyscall+ KPROBE - -
            usdt+ KPROBE - -
            usdt.s+ KPROBE - S
            tc/ingress SCHED_CLS TCX_INGRESS -
            tc/egress SCHED_CLS TCX_EGRESS -
            tcx/ingress SCHED_CLS TCX_INGRESS -
            tcx/egress SCHED_CLS TCX_EGRESS -
            tc SCHED_CLS - -
            classifier SCHED_CLS - -
            action SCHED_ACT - -
            netkit/primary SCHED_CLS NETKIT_PRIMARY -
            netkit/peer SCHED_CLS NETKIT_PEER -
            tracepoint+ TRACEPOINT - -
            tp+ TRACEPOINT - -
            raw_tracepoint+ RAW_TRACEPOINT - -
            raw_tp+ RAW_TRACEPOINT - -
            raw_tracepoint.w+ RAW_TRACEPOINT_WRITABLE - -
            raw_tp.w+ RAW_TRACEPOINT_WRITABLE - -
            tp_btf+ TRACING TRACE_RAW_TP -
            fentry+ TRACING TRACE_FENTRY -
            fmod_ret+ TRACING MODIFY_RETURN -
            fexit+ TRACING TRACE_FEXIT -
            fentry.s+ TRACING TRACE_FENTRY S
            fmod_ret.s+ TRACING MODIFY_RETURN S
            fexit.s+ TRACING TRACE_FEXIT S
            freplace+ EXT - -
            lsm+ LSM LSM_MAC -
            lsm.s+ LSM LSM_MAC S
            lsm_cgroup+ LSM LSM_CGROUP -
            iter+ TRACING TRACE_ITER -
            iter.s+ TRACING TRACE_ITER S
            syscall SYSCALL - S
            xdp.frags/devmap XDP XDP_DEVMAP F
            xdp/devmap XDP XDP_DEVMAP -
            xdp.frags/cpumap XDP XDP_CPUMAP F
            xdp/cpumap XDP XDP_CPUMAP -
            xdp.frags XDP XDP F
            xdp XDP XDP -
            perf_event PERF_EVENT - -
            lwt_in LWT_IN - -
            lwt_out LWT_OUT - -
            lwt_xmit LWT_XMIT - -
            lwt_seg6local LWT_SEG6LOCAL - -
            sockops SOCK_OPS CGROUP_SOCK_OPS -
            sk_skb/stream_parser SK_SKB SK_SKB_STREAM_PARSER -
            sk_skb/stream_verdict SK_SKB SK_SKB_STREAM_VERDICT -
            sk_skb/verdict SK_SKB SK_SKB_VERDICT -
            sk_skb SK_SKB - -
            sk_msg SK_MSG SK_MSG_VERDICT -
            lirc_mode2 LIRC_MODE2 LIRC_MODE2 -
            flow_dissector FLOW_DISSECTOR FLOW_DISSECTOR -
            cgroup_skb/ingress CGROUP_SKB CGROUP_INET_INGRESS -
            cgroup_skb/egress CGROUP_SKB CGROUP_INET_EGRESS -
            cgroup/skb CGROUP_SKB - -
            cgroup/sock_create CGROUP_SOCK CGROUP_INET_SOCK_CREATE -
            cgroup/sock_release CGROUP_SOCK CGROUP_INET_SOCK_RELEASE -
            cgroup/sock CGROUP_SOCK CGROUP_INET_SOCK_CREATE -
            cgroup/post_bind4 CGROUP_SOCK CGROUP_INET4_POST_BIND -
            cgroup/post_bind6 CGROUP_SOCK CGROUP_INET6_POST_BIND -
            cgroup/bind4 CGROUP_SOCK_ADDR CGROUP_INET4_BIND -
            cgroup/bind6 CGROUP_SOCK_ADDR CGROUP_INET6_BIND -
            cgroup/connect4 CGROUP_SOCK_ADDR CGROUP_INET4_CONNECT -
            cgroup/connect6 CGROUP_SOCK_ADDR CGROUP_INET6_CONNECT -
            cgroup/connect_unix CGROUP_SOCK_ADDR CGROUP_UNIX_CONNECT -
            cgroup/sendmsg4 CGROUP_SOCK_ADDR CGROUP_UDP4_SENDMSG -
            cgroup/sendmsg6 CGROUP_SOCK_ADDR CGROUP_UDP6_SENDMSG -
            cgroup/sendmsg_unix CGROUP_SOCK_ADDR CGROUP_UNIX_SENDMSG -
            cgroup/recvmsg4 CGROUP_SOCK_ADDR CGROUP_UDP4_RECVMSG -
            cgroup/recvmsg6 CGROUP_SOCK_ADDR CGROUP_UDP6_RECVMSG -
            cgroup/recvmsg_unix CGROUP_SOCK_ADDR CGROUP_UNIX_RECVMSG -
            cgroup/getpeername4 CGROUP_SOCK_ADDR CGROUP_INET4_GETPEERNAME -
            cgroup/getpeername6 CGROUP_SOCK_ADDR CGROUP_INET6_GETPEERNAME -
            cgroup/getpeername_unix CGROUP_SOCK_ADDR CGROUP_UNIX_GETPEERNAME -
            cgroup/getsockname4 CGROUP_SOCK_ADDR CGROUP_INET4_GETSOCKNAME -
            cgroup/getsockname6 CGROUP_SOCK_ADDR CGROUP_INET6_GETSOCKNAME -
            cgroup/getsockname_unix CGROUP_SOCK_ADDR CGROUP_UNIX_GETSOCKNAME -
            cgroup/sysctl CGROUP_SYSCTL CGROUP_SYSCTL -
            cgroup/getsockopt CGROUP_SOCKOPT CGROUP_GETSOCKOPT -
            cgroup/setsockopt CGROUP_SOCKOPT CGROUP_SETSOCKOPT -
            cgroup/dev CGROUP_DEVICE CGROUP_DEVICE -
            struct_ops+ STRUCT_OPS - -
            struct_ops.s+ STRUCT_OPS - S
            sk_lookup SK_LOOKUP SK_LOOKUP -
            netfilter NETFILTER NETFILTER -
            """;

    private static final List<SectionDef> DEFS;

    static {
        List<SectionDef> defs = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.trim().split("\\s+");
            int flags = switch (f[3]) {
                case "F" -> SectionDef.XDP_HAS_FRAGS;
                case "S" -> SectionDef.SLEEPABLE;
                default -> 0;
            };
            defs.add(new SectionDef(f[0], ProgramType.valueOf(f[1]), f[2].equals("-") ? null : AttachType.valueOf(f[2]),
                    flags));
        }
        DEFS = Collections.unmodifiableList(defs);
    }

    public static List<SectionDef> all() {
        return DEFS;
    }

    /**
     * The row libbpf picks for a section name (a leading {@code ?}, libbpf's "no autoload" marker, is
     * ignored), or empty when libbpf 1.x would not recognise it.
     */
    public static Optional<SectionDef> match(String section) {
        String s = section.startsWith("?") ? section.substring(1) : section;
        for (SectionDef d : DEFS) {
            if (d.matches(s)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The row for writing a program of this type and attach type, e.g. XDP + XDP_DEVMAP gives {@code xdp/devmap}. */
    public static Optional<SectionDef> forType(ProgramType type, AttachType attachType, int progFlags) {
        for (SectionDef d : DEFS) {
            if (d.type() == type && d.attachType() == attachType && d.progFlags() == progFlags) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
