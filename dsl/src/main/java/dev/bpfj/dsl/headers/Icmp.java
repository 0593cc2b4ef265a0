package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/** {@code struct icmphdr} (echo form): 8 bytes. */
public final class Icmp {
    private Icmp() {}

    private static final Layout.Builder<Icmp> B = Layout.<Icmp>builder("icmphdr").packed();
    public static final Field<Icmp> TYPE = B.u8("type");
    public static final Field<Icmp> CODE = B.u8("code");
    public static final Field<Icmp> CHECKSUM = B.be16("checksum");
    public static final Field<Icmp> ID = B.be16("id");
    public static final Field<Icmp> SEQUENCE = B.be16("sequence");
    public static final Layout<Icmp> LAYOUT = B.build();

    public static final int ECHO_REPLY = 0;
    public static final int DEST_UNREACH = 3;
    public static final int ECHO_REQUEST = 8;
    public static final int TIME_EXCEEDED = 11;
}
