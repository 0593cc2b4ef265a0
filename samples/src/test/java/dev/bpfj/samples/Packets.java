package dev.bpfj.samples;

import java.io.ByteArrayOutputStream;

/**
 * Builds test packets byte by byte: Ethernet, VLAN tags, IPv4/IPv6, UDP/TCP/ICMP, with correct checksums.
 * (Kept small and local until the test kit's packet builders land.)
 */
final class Packets {
    private Packets() {}

    static final int A = ip(10, 0, 0, 1);
    static final int B = ip(10, 0, 0, 2);
    static final byte[] A6 = v6(1);
    static final byte[] B6 = v6(2);
    static final int IPV4 = 0x0800;
    static final int IPV6 = 0x86dd;
    static final int ARP = 0x0806;

    /** fd00::last */
    static byte[] v6(int last) {
        byte[] a = new byte[16];
        a[0] = (byte) 0xfd;
        a[15] = (byte) last;
        return a;
    }

    /** A u32 little-endian, as map keys and values of u32 are laid out. */
    static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xff);
        }
        return v;
    }

    static byte[] range(byte[] b, int from, int length) {
        return java.util.Arrays.copyOfRange(b, from, from + length);
    }

    static final byte[] MAC_A = {0x02, 0, 0, 0, 0, 0x0a};
    static final byte[] MAC_B = {0x02, 0, 0, 0, 0, 0x0b};

    static byte[] eth(int type, byte[] payload, int... vlanTags) {
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

    static byte[] ipv4(int proto, int src, int dst, int ttl, byte[] payload) {
        return ipv4(proto, src, dst, ttl, new byte[0], payload);
    }

    /** IPv4 with options (a multiple of 4 bytes): {@code ihl} grows with them. */
    static byte[] ipv4(int proto, int src, int dst, int ttl, byte[] options, byte[] payload) {
        int hl = 20 + options.length;
        byte[] h = new byte[hl + payload.length];
        h[0] = (byte) (0x40 | hl / 4);
        System.arraycopy(options, 0, h, 20, options.length);
        int len = h.length;
        h[2] = (byte) (len >> 8);
        h[3] = (byte) len;
        h[8] = (byte) ttl;
        h[9] = (byte) proto;
        put32(h, 12, src);
        put32(h, 16, dst);
        int c = checksum(h, 0, hl, 0);
        h[10] = (byte) (c >> 8);
        h[11] = (byte) c;
        System.arraycopy(payload, 0, h, hl, payload.length);
        return h;
    }

    static byte[] ipv6(int next, byte[] src, byte[] dst, int hopLimit, byte[] payload) {
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

    static byte[] udp(int sport, int dport, byte[] payload) {
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
    static byte[] udp4(int src, int dst, int sport, int dport, byte[] payload) {
        byte[] u = udp(sport, dport, payload);
        int c = checksum(u, 0, u.length, pseudo4(src, dst, 17, u.length));
        if (c == 0) {
            c = 0xffff;
        }
        u[6] = (byte) (c >> 8);
        u[7] = (byte) c;
        return ipv4(17, src, dst, 64, u);
    }

    static byte[] tcp(int sport, int dport, int flags) {
        byte[] t = new byte[20];
        t[0] = (byte) (sport >> 8);
        t[1] = (byte) sport;
        t[2] = (byte) (dport >> 8);
        t[3] = (byte) dport;
        t[12] = 0x50;
        t[13] = (byte) flags;
        return t;
    }

    static byte[] icmpEcho(int type, int id, int seq, byte[] data) {
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

    /** An ICMPv6 echo message with its checksum over the IPv6 pseudo-header. */
    static byte[] icmp6Echo(byte[] src, byte[] dst, int type, int id, int seq, byte[] data) {
        byte[] m = icmpEcho(type, id, seq, data);
        m[2] = 0;
        m[3] = 0;
        int c = checksum(m, 0, m.length, pseudo6(src, dst, 58, m.length));
        m[2] = (byte) (c >> 8);
        m[3] = (byte) c;
        return m;
    }

    static long pseudo6(byte[] src, byte[] dst, int next, int len) {
        long s = next + len;
        for (int i = 0; i < 16; i += 2) {
            s += u16(src, i) + u16(dst, i);
        }
        return s;
    }

    static int pseudo4(int src, int dst, int proto, int len) {
        long s = ((src >>> 16) & 0xffff) + (src & 0xffff) + ((dst >>> 16) & 0xffff) + (dst & 0xffff) + proto + len;
        return (int) s;
    }

    /** One's-complement checksum of {@code b[off, off+len)} plus {@code seed} (an unfolded sum). */
    static int checksum(byte[] b, int off, int len, long seed) {
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
    static boolean verifies(byte[] b, int off, int len, long seed) {
        return checksum(b, off, len, seed) == 0;
    }

    static int ip(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    static int u16(byte[] b, int off) {
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
