package dev.bpfj.dsl.headers;

/** IP protocol numbers ({@code IPPROTO_*}). */
public final class IpProto {
    private IpProto() {}

    public static final int HOPOPTS = 0;
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ROUTING = 43;
    public static final int FRAGMENT = 44;
    public static final int GRE = 47;
    public static final int ESP = 50;
    public static final int AH = 51;
    public static final int ICMPV6 = 58;
    public static final int NONE = 59;
    public static final int DSTOPTS = 60;
    public static final int SCTP = 132;
}
