package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/** {@code struct ethhdr}: 14 bytes. */
public final class Ethernet {
    private Ethernet() {}

    private static final Layout.Builder<Ethernet> B = Layout.<Ethernet>builder("ethhdr").packed();
    /** Destination MAC, 6 bytes. */
    public static final Field<Ethernet> DST = B.bytes("h_dest", 6);
    /** Source MAC, 6 bytes. */
    public static final Field<Ethernet> SRC = B.bytes("h_source", 6);
    /** EtherType, network order. */
    public static final Field<Ethernet> TYPE = B.be16("h_proto");
    public static final Layout<Ethernet> LAYOUT = B.build();
    public static final int ALEN = 6;
}
