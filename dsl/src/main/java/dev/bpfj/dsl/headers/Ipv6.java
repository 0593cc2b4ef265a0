package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/** {@code struct ipv6hdr}: 40 bytes. */
public final class Ipv6 {
    private Ipv6() {}

    private static final Layout.Builder<Ipv6> B = Layout.<Ipv6>builder("ipv6hdr").packed();
    /** Version (4 bits), traffic class (8), flow label (20), network order. */
    public static final Field<Ipv6> VERSION_CLASS_FLOW = B.be32("ver_tc_flow");
    public static final Field<Ipv6> PAYLOAD_LENGTH = B.be16("payload_len");
    public static final Field<Ipv6> NEXT_HEADER = B.u8("nexthdr");
    public static final Field<Ipv6> HOP_LIMIT = B.u8("hop_limit");
    /** Source address, 16 bytes. */
    public static final Field<Ipv6> SRC = B.bytes("saddr", 16);
    /** Destination address, 16 bytes. */
    public static final Field<Ipv6> DST = B.bytes("daddr", 16);
    public static final Layout<Ipv6> LAYOUT = B.build();
}
