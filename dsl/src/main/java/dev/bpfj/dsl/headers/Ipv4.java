package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/**
 * {@code struct iphdr}: 20 bytes plus options. {@code payload(...)} of an IPv4 view honours
 * {@code ihl * 4}.
 */
public final class Ipv4 {
    private Ipv4() {}

    private static final Layout.Builder<Ipv4> B = Layout.<Ipv4>builder("iphdr").packed();
    /** Header length in 4-byte words (low nibble of byte 0). */
    public static final Field<Ipv4> IHL = B.bits("ihl", 0, 4);
    /** 4 (high nibble of byte 0). */
    public static final Field<Ipv4> VERSION = B.bits("version", 4, 4);
    /** Byte 0 whole: version and ihl ({@code 0x45} for a header without options). */
    public static final Field<Ipv4> VERSION_IHL = B.u8("version_ihl");
    public static final Field<Ipv4> TOS = B.u8("tos");
    public static final Field<Ipv4> TOTAL_LENGTH = B.be16("tot_len");
    public static final Field<Ipv4> ID = B.be16("id");
    /** Flags (3 bits) and fragment offset (13 bits). */
    public static final Field<Ipv4> FRAG_OFF = B.be16("frag_off");
    public static final Field<Ipv4> TTL = B.u8("ttl");
    public static final Field<Ipv4> PROTOCOL = B.u8("protocol");
    public static final Field<Ipv4> CHECKSUM = B.be16("check");
    public static final Field<Ipv4> SRC = B.be32("saddr");
    public static final Field<Ipv4> DST = B.be32("daddr");
    public static final Layout<Ipv4> LAYOUT = B.variableLength(h -> h.get(Ipv4.VERSION_IHL).and(0x0f).shl(2)).build();
    /** "More fragments" flag and offset mask in {@link #FRAG_OFF} (host order). */
    public static final int MF = 0x2000;
    public static final int OFFSET_MASK = 0x1fff;
}
