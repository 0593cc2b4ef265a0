package dev.bpfj.dsl;

import java.io.ByteArrayOutputStream;

/** Builds test packets byte by byte: Ethernet, VLAN tags, IPv4/IPv6, UDP/TCP/ICMP, with correct checksums. */
public final class Packets {
    private Packets() {}

    public static final byte[] MAC_A = {0x02, 0, 0, 0, 0, 0x0a};
    public static final byte[] MAC_B = {0x02, 0, 0, 0, 0, 0x0b};

    public static byte[] eth(int type, byte[] payload, int... vlanTags) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(MAC_B);
        b.writeBytes(MAC_A);
        for (int i = 0; i < vlanTags.length; i++) {
            put16(b, i == 0 && vlanTags.length > 1 ? 0x88a8 : 0x8100);
            put16(b, vlanTags[i]);
        }
        put16(b, type);
        b.writeBytes(payload);
        return b.toByteArray();
    }

    public static byte[] ipv4(int proto, int src, int dst, int ttl, byte[] payload) {
        byte[] h = new byte[20 + payload.length];
        h[0] = 0x45;
        int len = h.length;
        h[2] = (byte) (len >> 8);
        h[3] = (byte) len;
        h[8] = (byte) ttl;
        h[9] = (byte) proto;
        put32(h, 12, src);
        put32(h, 16, dst);
        int c = checksum(h, 0, 20, 0);
        h[10] = (byte) (c >> 8);
        h[11] = (byte) c;
        System.arraycopy(payload, 0, h, 20, payload.length);
        return h;
    }

    public static byte[] ipv6(int next, byte[] src, byte[] dst, int hopLimit, byte[] payload) {
        byte[] h = new byte[40 + payload.length];
        h[0] = 0x60;
        h[4] = (byte) (payload.length >> 8);
        h[5] = (byte) payload.length;
        h[6] = (byte) next;
        h[7] = (byte) hopLimit;
        System.arraycopy(src, 0, h, 8, 16);
        System.arraycopy(dst, 0, h, 24, 16);
        System.arraycopy(payload, 0, h, 40, payload.length);
        return h;
    }

    public static byte[] udp(int sport, int dport, byte[] payload) {
        byte[] u = new byte[8 + payload.length];
        u[0] = (byte) (sport >> 8);
        u[1] = (byte) sport;
        u[2] = (byte) (dport >> 8);
        u[3] = (byte) dport;
        u[4] = (byte) (u.length >> 8);
        u[5] = (byte) u.length;
        System.arraycopy(payload, 0, u, 8, payload.length);
        return u;
    }

    /** UDP over IPv4 with the pseudo-header checksum filled in. */
    public static byte[] udp4(int src, int dst, int sport, int dport, byte[] payload) {
        byte[] u = udp(sport, dport, payload);
        int c = checksum(u, 0, u.length, pseudo4(src, dst, 17, u.length));
        if (c == 0) {
            c = 0xffff;
        }
        u[6] = (byte) (c >> 8);
        u[7] = (byte) c;
        return ipv4(17, src, dst, 64, u);
    }

    public static byte[] tcp(int sport, int dport, int flags) {
        byte[] t = new byte[20];
        t[0] = (byte) (sport >> 8);
        t[1] = (byte) sport;
        t[2] = (byte) (dport >> 8);
        t[3] = (byte) dport;
        t[12] = 0x50;
        t[13] = (byte) flags;
        return t;
    }

    public static byte[] icmpEcho(int type, int id, int seq, byte[] data) {
        byte[] m = new byte[8 + data.length];
        m[0] = (byte) type;
        m[4] = (byte) (id >> 8);
        m[5] = (byte) id;
        m[6] = (byte) (seq >> 8);
        m[7] = (byte) seq;
        System.arraycopy(data, 0, m, 8, data.length);
        int c = checksum(m, 0, m.length, 0);
        m[2] = (byte) (c >> 8);
        m[3] = (byte) c;
        return m;
    }

    public static int pseudo4(int src, int dst, int proto, int len) {
        long s = ((src >>> 16) & 0xffff) + (src & 0xffff) + ((dst >>> 16) & 0xffff) + (dst & 0xffff) + proto + len;
        return (int) s;
    }

    /** One's-complement checksum of {@code b[off, off+len)} plus {@code seed} (an unfolded sum). */
    public static int checksum(byte[] b, int off, int len, long seed) {
        long sum = seed;
        for (int i = 0; i < len; i += 2) {
            int hi = b[off + i] & 0xff;
            int lo = i + 1 < len ? b[off + i + 1] & 0xff : 0;
            sum += (hi << 8) | lo;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** Whether the checksum over the range (including its checksum field) verifies. */
    public static boolean verifies(byte[] b, int off, int len, long seed) {
        return checksum(b, off, len, seed) == 0;
    }

    public static int ip(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    public static int u16(byte[] b, int off) {
        return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
    }

    private static void put16(ByteArrayOutputStream b, int v) {
        b.write(v >> 8);
        b.write(v);
    }

    private static void put32(byte[] b, int off, int v) {
        b[off] = (byte) (v >> 24);
        b[off + 1] = (byte) (v >> 16);
        b[off + 2] = (byte) (v >> 8);
        b[off + 3] = (byte) v;
    }
}
