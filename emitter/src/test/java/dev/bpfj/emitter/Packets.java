package dev.bpfj.emitter;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ethernet frames the fixtures' programs react to (see fixtures/README.md). */
final class Packets {
    private Packets() {}

    static byte[] ipv4(int protocol, int sport, int dport, int payload) {
        ByteBuffer b = ByteBuffer.allocate(14 + 20 + 8 + payload);
        b.put(new byte[] {(byte) 0xaa, 0x11, 0x22, 0x33, 0x44, 0x55}).put(new byte[] {0x02, 0, 0, 0, 0, 1});
        b.putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 8 + payload)).putShort((short) 1).putShort((short) 0);
        b.put((byte) 64).put((byte) protocol).putShort((short) 0);
        b.put(new byte[] {10, 0, 0, 1}).put(new byte[] {10, 0, 0, 2});
        b.putShort((short) sport).putShort((short) dport).putShort((short) (8 + payload)).putShort((short) 0);
        for (int i = 0; i < payload; i++) {
            b.put((byte) i);
        }
        return b.array();
    }

    static byte[] arp() {
        ByteBuffer b = ByteBuffer.allocate(42);
        b.put(new byte[] {-1, -1, -1, -1, -1, -1}).put(new byte[] {0x02, 0, 0, 0, 0, 2}).putShort((short) 0x0806);
        b.putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4).putShort((short) 1);
        return b.array();
    }

    static byte[] sized(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 7 + 1);
        }
        return b;
    }

    /** A set of frames that takes every fixture down each of its paths. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("udp to 9999", ipv4(17, 1234, 9999, 18));
        m.put("udp to 53", ipv4(17, 1234, 53, 18));
        m.put("tcp", ipv4(6, 40000, 80, 30));
        m.put("arp", arp());
        m.put("16 bytes", sized(16));
        m.put("61 bytes", sized(61));
        m.put("1600 bytes", sized(1600));
        return m;
    }
}
