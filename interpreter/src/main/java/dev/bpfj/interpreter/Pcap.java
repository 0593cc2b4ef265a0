package dev.bpfj.interpreter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packet captures: reads classic pcap (microsecond and nanosecond, either byte order) and pcapng
 * (what Wireshark and tcpdump write), writes classic pcap that Wireshark opens. Only Ethernet
 * captures are accepted, since that is what an XDP program sees.
 */
public final class Pcap {
    private Pcap() {}

    /** {@code LINKTYPE_ETHERNET} */
    public static final int ETHERNET = 1;

    /** One captured packet: when, the bytes captured, and how long it was on the wire. */
    public record Record(Instant time, byte[] data, int originalLength) {
        public Record {
            data = data.clone();
        }

        public Record(byte[] data) {
            this(Instant.EPOCH, data, data.length);
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Record r && time.equals(r.time) && originalLength == r.originalLength
                    && java.util.Arrays.equals(data, r.data);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Record[" + time + ", " + data.length + " of " + originalLength + " bytes]";
        }
    }

    public static List<Record> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read capture " + file + ": " + e.getMessage(), e);
        }
    }

    /** The packets of a capture, without timestamps. */
    public static List<byte[]> packets(Path file) {
        return read(file).stream().map(Record::data).toList();
    }

    public static List<Record> read(InputStream in) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
        if (b.remaining() < 4) {
            throw new IOException("not a capture: " + b.remaining() + " bytes");
        }
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (magic == 0x0A0D0D0A) {
            return readNg(b);
        }
        return readClassic(b);
    }

    private static List<Record> readClassic(ByteBuffer b) throws IOException {
        int le = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        boolean nanos;
        if (le == 0xa1b2c3d4 || le == 0xa1b23c4d) {
            b.order(ByteOrder.LITTLE_ENDIAN);
            nanos = le == 0xa1b23c4d;
        } else {
            b.order(ByteOrder.BIG_ENDIAN);
            int be = b.getInt(0);
            if (be != 0xa1b2c3d4 && be != 0xa1b23c4d) {
                throw new IOException(String.format("not a pcap or pcapng file (magic 0x%08x)", le));
            }
            nanos = be == 0xa1b23c4d;
        }
        if (b.remaining() < 24) {
            throw new IOException("pcap header truncated");
        }
        int link = b.getInt(20) & 0xffff;
        checkLink(link);
        List<Record> out = new ArrayList<>();
        b.position(24);
        while (b.remaining() >= 16) {
            long sec = b.getInt() & 0xffffffffL;
            long frac = b.getInt() & 0xffffffffL;
            int incl = b.getInt();
            int orig = b.getInt();
            if (incl < 0 || incl > b.remaining()) {
                throw new IOException("pcap record " + out.size() + " truncated");
            }
            byte[] data = new byte[incl];
            b.get(data);
            out.add(new Record(Instant.ofEpochSecond(sec, nanos ? frac : frac * 1000), data, orig));
        }
        return out;
    }

    private static List<Record> readNg(ByteBuffer b) throws IOException {
        List<Record> out = new ArrayList<>();
        Map<Integer, Long> resolution = new HashMap<>();
        int interfaces = 0;
        int pos = 0;
        while (pos + 12 <= b.limit()) {
            int type = b.order(ByteOrder.LITTLE_ENDIAN).getInt(pos);
            if (type == 0x0A0D0D0A) {
                int bom = b.order(ByteOrder.LITTLE_ENDIAN).getInt(pos + 8);
                b.order(bom == 0x1A2B3C4D ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
                interfaces = 0;
                resolution.clear();
            }
            type = b.getInt(pos);
            int len = b.getInt(pos + 4);
            if (len < 12 || pos + len > b.limit()) {
                throw new IOException("pcapng block at " + pos + " has a bad length " + len);
            }
            int body = pos + 8;
            switch (type) {
                case 1 -> {
                    checkLink(b.getShort(body) & 0xffff);
                    resolution.put(interfaces++, tsResolution(b, body + 8, pos + len - 4));
                }
                case 6 -> {
                    int iface = b.getInt(body);
                    long ts = (b.getInt(body + 4) & 0xffffffffL) << 32 | (b.getInt(body + 8) & 0xffffffffL);
                    int captured = b.getInt(body + 12);
                    int orig = b.getInt(body + 16);
                    byte[] data = new byte[captured];
                    b.get(body + 20, data);
                    long perSecond = resolution.getOrDefault(iface, 1_000_000L);
                    long rem = ts % perSecond;
                    long nanos = 1_000_000_000L % perSecond == 0 ? rem * (1_000_000_000L / perSecond)
                            : (long) (rem * (1e9 / perSecond));
                    out.add(new Record(Instant.ofEpochSecond(ts / perSecond, nanos), data, orig));
                }
                case 3 -> {
                    int orig = b.getInt(body);
                    int captured = Math.min(orig, len - 16);
                    byte[] data = new byte[captured];
                    b.get(body + 4, data);
                    out.add(new Record(Instant.EPOCH, data, orig));
                }
                default -> {
                }
            }
            pos += len;
        }
        return out;
    }

    /** {@code if_tsresol}: units per second of an interface's timestamps (default microseconds). */
    private static long tsResolution(ByteBuffer b, int options, int end) {
        int p = options;
        while (p + 4 <= end) {
            int code = b.getShort(p) & 0xffff;
            int len = b.getShort(p + 2) & 0xffff;
            if (code == 0) {
                break;
            }
            if (code == 9 && len >= 1) {
                int v = b.get(p + 4) & 0xff;
                return (v & 0x80) == 0 ? pow(10, v & 0x7f) : pow(2, v & 0x7f);
            }
            p += 4 + ((len + 3) & ~3);
        }
        return 1_000_000L;
    }

    private static long pow(long base, int exp) {
        long r = 1;
        for (int i = 0; i < exp && r < Long.MAX_VALUE / base; i++) {
            r *= base;
        }
        return r;
    }

    private static void checkLink(int link) throws IOException {
        if (link != ETHERNET) {
            throw new IOException("the capture has link type " + link + "; XDP programs see Ethernet frames"
                    + " (link type 1), capture on an Ethernet interface");
        }
    }

    /** Writes packets as a classic little-endian pcap with microsecond timestamps, one second apart. */
    public static void writePackets(Path file, List<byte[]> packets) {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < packets.size(); i++) {
            byte[] p = packets.get(i);
            records.add(new Record(Instant.ofEpochSecond(i), p, p.length));
        }
        write(file, records);
    }

    public static void write(Path file, List<Record> records) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, toBytes(records));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write capture " + file + ": " + e.getMessage(), e);
        }
    }

    public static byte[] toBytes(List<Record> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(ETHERNET);
        out.writeBytes(h.array());
        for (Record r : records) {
            ByteBuffer rh = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            rh.putInt((int) r.time().getEpochSecond()).putInt(r.time().getNano() / 1000).putInt(r.data.length)
                    .putInt(Math.max(r.originalLength(), r.data.length));
            out.writeBytes(rh.array());
            out.writeBytes(r.data);
        }
        return out.toByteArray();
    }
}
