package dev.bpfj.interpreter;

import java.util.Arrays;
import java.util.Random;

/**
 * Packets for parity runs: some pure noise, most crafted — Ethernet with optional 802.1Q/802.1ad
 * tags, IPv4 with random header lengths, IPv6, UDP (often to port 9999), TCP with random flags,
 * ICMP — then truncated or padded to a random length between 14 and 1514 bytes.
 */
public final class RandomPackets {
    private RandomPackets() {}

    public static byte[] next(Random r) {
        if (r.nextInt(8) == 0) {
            byte[] noise = new byte[14 + r.nextInt(1501)];
            r.nextBytes(noise);
            return noise;
        }
        byte[] p = new byte[1600];
        r.nextBytes(p);
        int off = 12;
        int tags = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0;
        for (int i = 0; i < tags; i++) {
            int tpid = i == 0 && tags == 2 ? 0x88a8 : 0x8100;
            be16(p, off, tpid);
            off += 4;
        }
        int kind = r.nextInt(20);
        int ethertype = kind < 12 ? 0x0800 : kind < 17 ? 0x86dd : new int[] {0x0806, 0x88cc, 0x1234}[r.nextInt(3)];
        be16(p, off, ethertype);
        off += 2;
        int l4 = -1;
        int proto;
        if (ethertype == 0x0800) {
            int ihl = r.nextInt(4) == 0 ? 5 + r.nextInt(11) : 5;
            if (r.nextInt(30) == 0) {
                ihl = r.nextInt(5); // broken
            }
            p[off] = (byte) (0x40 | ihl);
            proto = pickProto(r);
            p[off + 9] = (byte) proto;
            l4 = off + Math.max(ihl, 0) * 4;
        } else if (ethertype == 0x86dd) {
            p[off] = 0x60;
            proto = r.nextInt(4) == 0 ? 58 : pickProto(r);
            p[off + 6] = (byte) proto;
            l4 = off + 40;
        } else {
            proto = -1;
        }
        if (l4 >= 0 && l4 + 20 < p.length) {
            if (proto == 17 && r.nextInt(3) > 0) {
                be16(p, l4 + 2, r.nextBoolean() ? 9999 : 53);
            }
            if (proto == 6) {
                p[l4 + 13] = (byte) (r.nextBoolean() ? 0x02 : r.nextInt(256));
            }
            if ((proto == 1 || proto == 58) && r.nextBoolean()) {
                p[l4] = (byte) (proto == 1 ? 8 : 128); // echo request
            }
        }
        int natural = l4 >= 0 ? l4 + 8 + r.nextInt(64) : off + r.nextInt(64);
        int length = switch (r.nextInt(6)) {
            case 0 -> 14 + r.nextInt(Math.max(1, natural - 13));
            case 1 -> 14 + r.nextInt(1501);
            default -> natural;
        };
        return Arrays.copyOf(p, Math.max(14, Math.min(1514, length)));
    }

    private static int pickProto(Random r) {
        int k = r.nextInt(10);
        return k < 4 ? 17 : k < 8 ? 6 : k == 8 ? 1 : r.nextInt(256);
    }

    private static void be16(byte[] p, int off, int v) {
        p[off] = (byte) (v >> 8);
        p[off + 1] = (byte) v;
    }
}
