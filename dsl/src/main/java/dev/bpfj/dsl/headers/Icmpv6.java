package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/** {@code struct icmp6hdr} (echo form): 8 bytes. */
public final class Icmpv6 {
    private Icmpv6() {}

    private static final Layout.Builder<Icmpv6> B = Layout.<Icmpv6>builder("icmp6hdr").packed();
    public static final Field<Icmpv6> TYPE = B.u8("icmp6_type");
    public static final Field<Icmpv6> CODE = B.u8("icmp6_code");
    public static final Field<Icmpv6> CHECKSUM = B.be16("icmp6_cksum");
    public static final Field<Icmpv6> ID = B.be16("icmp6_identifier");
    public static final Field<Icmpv6> SEQUENCE = B.be16("icmp6_sequence");
    public static final Layout<Icmpv6> LAYOUT = B.build();

    public static final int ECHO_REQUEST = 128;
    public static final int ECHO_REPLY = 129;
    public static final int NEIGHBOR_SOLICIT = 135;
    public static final int NEIGHBOR_ADVERT = 136;
}
