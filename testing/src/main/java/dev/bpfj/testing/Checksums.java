package dev.bpfj.testing;

/** The Internet checksum (RFC 1071) and the pseudo-headers TCP, UDP and ICMPv6 sum over. */
public final class Checksums {
    private Checksums() {}

    /** The one's-complement sum of big-endian 16-bit words (an odd last byte padded with zero), unfolded. */
    public static long sum(byte[] b, int off, int len) {
        long s = 0;
        int i = off;
        for (; i + 1 < off + len; i += 2) {
            s += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        if (i < off + len) {
            s += (b[i] & 0xff) << 8;
        }
        return s;
    }

    /** Folds a sum to 16 bits and complements it: the value that goes into a checksum field. */
    public static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** The checksum of a byte range, e.g. an IPv4 header with its checksum field zeroed. */
    public static int checksum(byte[] b, int off, int len) {
        return finish(sum(b, off, len));
    }

    /** The sum of the IPv4 or IPv6 pseudo-header for a transport segment of {@code length} bytes. */
    public static long pseudoHeader(byte[] src, byte[] dst, int protocol, int length) {
        long s = sum(src, 0, src.length) + sum(dst, 0, dst.length);
        if (src.length == 4) {
            return s + protocol + length;
        }
        return s + (length >>> 16) + (length & 0xffff) + protocol;
    }

    /** Whether a range including its checksum field sums to 0xffff, i.e. the checksum is right. */
    public static boolean valid(long sum) {
        return finish(sum) == 0;
    }
}
