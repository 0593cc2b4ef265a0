package dev.bpfj.dsl;

import java.io.ByteArrayOutputStream;

/** The few packets the DSL's own tests need: Ethernet and IPv4 with a valid header checksum. */
final class Packets {
    private Packets() {}

    static byte[] eth(int type, byte[] payload) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0x02, 0, 0, 0, 0, 0x0b, 0x02, 0, 0, 0, 0, 0x0a});
        b.write(type >> 8);
        b.write(type);
        b.writeBytes(payload);
        return b.toByteArray();
    }

    static byte[] ipv4(int proto, int src, int dst, int ttl, byte[] payload) {
        byte[] h = new byte[20 + payload.length];
        h[0] = 0x45;
        h[2] = (byte) (h.length >> 8);
        h[3] = (byte) h.length;
        h[8] = (byte) ttl;
        h[9] = (byte) proto;
        for (int i = 0; i < 4; i++) {
            h[12 + i] = (byte) (src >> (24 - 8 * i));
            h[16 + i] = (byte) (dst >> (24 - 8 * i));
        }
        int c = checksum(h, 0, 20);
        h[10] = (byte) (c >> 8);
        h[11] = (byte) c;
        System.arraycopy(payload, 0, h, 20, payload.length);
        return h;
    }

    /** One's-complement checksum of {@code b[off, off+len)}. */
    static int checksum(byte[] b, int off, int len) {
        long sum = 0;
        for (int i = 0; i < len; i += 2) {
            sum += ((b[off + i] & 0xff) << 8) | (i + 1 < len ? b[off + i + 1] & 0xff : 0);
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    static boolean verifies(byte[] b, int off, int len) {
        return checksum(b, off, len) == 0;
    }

    static int ip(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }
}
