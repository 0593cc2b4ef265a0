package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/** ARP for Ethernet/IPv4 ({@code struct arphdr} plus the addresses): 28 bytes. */
public final class Arp {
    private Arp() {}

    private static final Layout.Builder<Arp> B = Layout.<Arp>builder("arp_eth_ipv4").packed();
    public static final Field<Arp> HTYPE = B.be16("ar_hrd");
    public static final Field<Arp> PTYPE = B.be16("ar_pro");
    public static final Field<Arp> HLEN = B.u8("ar_hln");
    public static final Field<Arp> PLEN = B.u8("ar_pln");
    public static final Field<Arp> OPER = B.be16("ar_op");
    public static final Field<Arp> SHA = B.bytes("ar_sha", 6);
    public static final Field<Arp> SPA = B.be32("ar_sip");
    public static final Field<Arp> THA = B.bytes("ar_tha", 6);
    public static final Field<Arp> TPA = B.be32("ar_tip");
    public static final Layout<Arp> LAYOUT = B.build();
    public static final int REQUEST = 1;
    public static final int REPLY = 2;
}
