package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/** {@code struct udphdr}: 8 bytes. */
public final class Udp {
    private Udp() {}

    private static final Layout.Builder<Udp> B = Layout.<Udp>builder("udphdr").packed();
    public static final Field<Udp> SOURCE = B.be16("source");
    public static final Field<Udp> DEST = B.be16("dest");
    public static final Field<Udp> LENGTH = B.be16("len");
    public static final Field<Udp> CHECKSUM = B.be16("check");
    public static final Layout<Udp> LAYOUT = B.build();
}
