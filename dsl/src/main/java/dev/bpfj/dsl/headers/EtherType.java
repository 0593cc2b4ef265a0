package dev.bpfj.dsl.headers;

/** EtherType values (host order; comparisons with a network-order field convert them at build time). */
public final class EtherType {
    private EtherType() {}

    public static final int IPV4 = 0x0800;
    public static final int ARP = 0x0806;
    /** 802.1Q VLAN tag */
    public static final int VLAN = 0x8100;
    /** 802.1ad service VLAN tag (QinQ) */
    public static final int QINQ = 0x88a8;
    public static final int IPV6 = 0x86dd;
}
