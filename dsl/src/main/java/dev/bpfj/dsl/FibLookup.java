package dev.bpfj.dsl;

/**
 * {@code struct bpf_fib_lookup} (64 bytes), the parameters and results of {@code bpf_fib_lookup}. Fill
 * it in a {@code struct(FibLookup.LAYOUT)}, call {@code fibLookup(params, flags)}, read the MACs and
 * {@link #IFINDEX} back.
 */
public final class FibLookup {
    private FibLookup() {}

    private static final Layout.Builder<FibLookup> B = Layout.<FibLookup>builder("bpf_fib_lookup").packed();
    /** {@code AF_INET} (2) or {@code AF_INET6} (10). */
    public static final Field<FibLookup> FAMILY = B.u8("family");
    public static final Field<FibLookup> L4_PROTOCOL = B.u8("l4_protocol");
    public static final Field<FibLookup> SPORT = B.be16("sport");
    public static final Field<FibLookup> DPORT = B.be16("dport");
    /** Input: L3 length for the MTU check; output: the MTU ({@code mtu_result}). */
    public static final Field<FibLookup> TOT_LEN = B.u16("tot_len");
    /** Input: the ingress interface; output: the egress interface. */
    public static final Field<FibLookup> IFINDEX = B.u32("ifindex");
    public static final Field<FibLookup> TOS = B.u8("tos");
    public static final Field<FibLookup> FLOWINFO = B.at(12).be32("flowinfo");
    public static final Field<FibLookup> RT_METRIC = B.at(12).u32("rt_metric");
    public static final Field<FibLookup> IPV4_SRC = B.at(16).be32("ipv4_src");
    public static final Field<FibLookup> IPV6_SRC = B.at(16).bytes("ipv6_src", 16);
    public static final Field<FibLookup> IPV4_DST = B.at(32).be32("ipv4_dst");
    public static final Field<FibLookup> IPV6_DST = B.at(32).bytes("ipv6_dst", 16);
    public static final Field<FibLookup> VLAN_PROTO = B.at(48).be16("h_vlan_proto");
    public static final Field<FibLookup> VLAN_TCI = B.be16("h_vlan_TCI");
    public static final Field<FibLookup> SMAC = B.bytes("smac", 6);
    public static final Field<FibLookup> DMAC = B.bytes("dmac", 6);
    public static final Layout<FibLookup> LAYOUT = B.size(64).build();

    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;

    /** Flags: {@code BPF_FIB_LOOKUP_DIRECT}, {@code OUTPUT}, {@code SKIP_NEIGH}, {@code TBID}, {@code SRC}. */
    public static final int DIRECT = 1;
    public static final int OUTPUT = 1 << 1;
    public static final int SKIP_NEIGH = 1 << 2;
    public static final int TBID = 1 << 3;
    public static final int SRC = 1 << 4;

    /** Results: {@code BPF_FIB_LKUP_RET_*}. */
    public static final int SUCCESS = 0;
    public static final int BLACKHOLE = 1;
    public static final int UNREACHABLE = 2;
    public static final int PROHIBIT = 3;
    public static final int NOT_FWDED = 4;
    public static final int FWD_DISABLED = 5;
    public static final int UNSUPP_LWT = 6;
    public static final int NO_NEIGH = 7;
    public static final int FRAG_NEEDED = 8;
    public static final int NO_SRC_ADDR = 9;
}
