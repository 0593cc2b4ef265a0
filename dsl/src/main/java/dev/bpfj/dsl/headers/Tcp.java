package dev.bpfj.dsl.headers;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;

/**
 * {@code struct tcphdr}: 20 bytes plus options; {@code payload(...)} of a TCP view honours
 * {@code doff * 4}.
 */
public final class Tcp {
    private Tcp() {}

    private static final Layout.Builder<Tcp> B = Layout.<Tcp>builder("tcphdr").packed();
    public static final Field<Tcp> SOURCE = B.be16("source");
    public static final Field<Tcp> DEST = B.be16("dest");
    public static final Field<Tcp> SEQ = B.be32("seq");
    public static final Field<Tcp> ACK_SEQ = B.be32("ack_seq");
    /** Data offset in 4-byte words (high nibble of byte 12). */
    public static final Field<Tcp> DOFF = B.bits("doff", 4, 4);
    /** Byte 12 whole: data offset and reserved bits. */
    public static final Field<Tcp> DOFF_RES = B.u8("doff_res");
    /** Byte 13: the flags, see {@link #FIN} … {@link #CWR}. */
    public static final Field<Tcp> FLAGS = B.u8("flags");
    public static final Field<Tcp> WINDOW = B.be16("window");
    public static final Field<Tcp> CHECKSUM = B.be16("check");
    public static final Field<Tcp> URGENT = B.be16("urg_ptr");
    public static final Layout<Tcp> LAYOUT = B.variableLength(h -> h.get(Tcp.DOFF_RES).shr(2).and(0x3c)).build();

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;
}
