package dev.bpfj.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A packet read back into its layers — Ethernet, VLAN tags, IPv4/IPv6, UDP/TCP/ICMP — for
 * assertions on what a program sent on, and for readable failure messages. Parsing is lenient: it
 * stops at the first layer that does not fit, and {@link #toString()} says where.
 */
public final class ParsedPacket {
    /** An IPv4 header. */
    public record Ipv4(int offset, int headerLength, int tos, int totalLength, int id, int flagsAndFragment, int ttl,
                       int protocol, int checksum, String src, String dst, boolean checksumValid) {}

    /** An IPv6 header. */
    public record Ipv6(int offset, int payloadLength, int nextHeader, int hopLimit, String src, String dst) {}

    /** A UDP, TCP, ICMP or ICMPv6 header; ports are 0 for ICMP, type and code 0 for UDP/TCP. */
    public record Transport(int offset, int protocol, int srcPort, int dstPort, int tcpFlags, int icmpType, int icmpCode,
                            int checksum, boolean checksumValid) {}

    private final byte[] bytes;
    private final List<Integer> vlans = new ArrayList<>();
    private int etherType = -1;
    private int l3 = -1;
    private Ipv4 ipv4;
    private Ipv6 ipv6;
    private Transport transport;
    private int payloadOffset = -1;
    private String stop = "";

    private ParsedPacket(byte[] bytes) {
        this.bytes = bytes.clone();
        parse();
    }

    public static ParsedPacket parse(byte[] bytes) {
        return new ParsedPacket(bytes);
    }

    private int u8(int o) {
        return bytes[o] & 0xff;
    }

    private int u16(int o) {
        return (bytes[o] & 0xff) << 8 | (bytes[o + 1] & 0xff);
    }

    private String addr(int o, int n) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, o, o + n)).getHostAddress();
        } catch (UnknownHostException e) {
            return "?";
        }
    }

    private void parse() {
        if (bytes.length < 14) {
            stop = "shorter than an Ethernet header";
            return;
        }
        int off = 12;
        int type = u16(off);
        while ((type == PacketBuilder.ETH_P_8021Q || type == PacketBuilder.ETH_P_8021AD) && off + 6 <= bytes.length) {
            vlans.add(u16(off + 2) & 0xfff);
            off += 4;
            type = u16(off);
        }
        etherType = type;
        l3 = off + 2;
        if (type == PacketBuilder.ETH_P_IPV4) {
            if (l3 + 20 > bytes.length) {
                stop = "IPv4 header truncated";
                return;
            }
            int ihl = (u8(l3) & 0xf) * 4;
            if (ihl < 20 || l3 + ihl > bytes.length) {
                stop = "bad IPv4 header length " + ihl;
                return;
            }
            ipv4 = new Ipv4(l3, ihl, u8(l3 + 1), u16(l3 + 2), u16(l3 + 4), u16(l3 + 6), u8(l3 + 8), u8(l3 + 9),
                    u16(l3 + 10), addr(l3 + 12, 4), addr(l3 + 16, 4), Checksums.checksum(bytes, l3, ihl) == 0);
            int end = Math.min(bytes.length, l3 + Math.max(ipv4.totalLength(), ihl));
            if ((ipv4.flagsAndFragment() & 0x1fff) == 0) {
                transport(l3 + ihl, end, ipv4.protocol(), Arrays.copyOfRange(bytes, l3 + 12, l3 + 16),
                        Arrays.copyOfRange(bytes, l3 + 16, l3 + 20));
            }
        } else if (type == PacketBuilder.ETH_P_IPV6) {
            if (l3 + 40 > bytes.length) {
                stop = "IPv6 header truncated";
                return;
            }
            ipv6 = new Ipv6(l3, u16(l3 + 4), u8(l3 + 6), u8(l3 + 7), addr(l3 + 8, 16), addr(l3 + 24, 16));
            int end = Math.min(bytes.length, l3 + 40 + ipv6.payloadLength());
            transport(l3 + 40, end, ipv6.nextHeader(), Arrays.copyOfRange(bytes, l3 + 8, l3 + 24),
                    Arrays.copyOfRange(bytes, l3 + 24, l3 + 40));
        }
    }

    private void transport(int o, int end, int proto, byte[] src, byte[] dst) {
        int need = switch (proto) {
            case 6 -> 20;
            case 17, 1, 58 -> 8;
            default -> -1;
        };
        if (need < 0) {
            payloadOffset = o;
            return;
        }
        if (o + need > end) {
            stop = "transport header truncated";
            return;
        }
        int len = end - o;
        long pseudo = proto == 1 ? 0 : Checksums.pseudoHeader(src, dst, proto, len);
        boolean valid = Checksums.valid(pseudo + Checksums.sum(bytes, o, len));
        switch (proto) {
            case 6 -> {
                int doff = (u8(o + 12) >>> 4) * 4;
                transport = new Transport(o, 6, u16(o), u16(o + 2), u8(o + 13), 0, 0, u16(o + 16), valid);
                payloadOffset = Math.min(end, o + Math.max(20, doff));
            }
            case 17 -> {
                transport = new Transport(o, 17, u16(o), u16(o + 2), 0, 0, 0, u16(o + 6), u16(o + 6) == 0 || valid);
                payloadOffset = o + 8;
            }
            default -> {
                transport = new Transport(o, proto, 0, 0, 0, u8(o), u8(o + 1), u16(o + 2), valid);
                payloadOffset = o + 8;
            }
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String dstMac() {
        return bytes.length < 6 ? "" : HexFormat.ofDelimiter(":").formatHex(bytes, 0, 6);
    }

    public String srcMac() {
        return bytes.length < 12 ? "" : HexFormat.ofDelimiter(":").formatHex(bytes, 6, 12);
    }

    /** VLAN ids, outermost first. */
    public List<Integer> vlans() {
        return List.copyOf(vlans);
    }

    public int etherType() {
        return etherType;
    }

    public Optional<Ipv4> ipv4() {
        return Optional.ofNullable(ipv4);
    }

    public Optional<Ipv6> ipv6() {
        return Optional.ofNullable(ipv6);
    }

    public Optional<Transport> transport() {
        return Optional.ofNullable(transport);
    }

    /** The bytes after the innermost header understood, or empty. */
    public byte[] payload() {
        return payloadOffset < 0 ? new byte[0] : Arrays.copyOfRange(bytes, Math.min(payloadOffset, bytes.length),
                bytes.length);
    }

    /** Whether every checksum parsed (IPv4 header, transport) is right. */
    public boolean checksumsValid() {
        return (ipv4 == null || ipv4.checksumValid()) && (transport == null || transport.checksumValid());
    }

    /** {@code 02:00:00:00:00:01 > 02:00:00:00:00:02 vlan 100 IPv4 10.0.0.1 > 10.0.0.2 ttl 64 UDP 1234 > 9999, 5 bytes} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(bytes.length).append(" bytes: ");
        if (bytes.length < 14) {
            return sb.append(HexFormat.of().formatHex(bytes)).toString();
        }
        sb.append(srcMac()).append(" > ").append(dstMac());
        for (int v : vlans) {
            sb.append(" vlan ").append(v);
        }
        if (ipv4 != null) {
            sb.append(" IPv4 ").append(ipv4.src()).append(" > ").append(ipv4.dst()).append(" ttl ").append(ipv4.ttl());
            if (!ipv4.checksumValid()) {
                sb.append(" (bad header checksum 0x").append(Integer.toHexString(ipv4.checksum())).append(')');
            }
        } else if (ipv6 != null) {
            sb.append(" IPv6 ").append(ipv6.src()).append(" > ").append(ipv6.dst()).append(" hlim ").append(ipv6.hopLimit());
        } else {
            sb.append(String.format(" type 0x%04x", etherType));
        }
        if (transport != null) {
            switch (transport.protocol()) {
                case 6 -> sb.append(" TCP ").append(transport.srcPort()).append(" > ").append(transport.dstPort())
                        .append(" flags 0x").append(Integer.toHexString(transport.tcpFlags()));
                case 17 -> sb.append(" UDP ").append(transport.srcPort()).append(" > ").append(transport.dstPort());
                default -> sb.append(transport.protocol() == 1 ? " ICMP" : " ICMPv6").append(" type ")
                        .append(transport.icmpType()).append(" code ").append(transport.icmpCode());
            }
            if (!transport.checksumValid()) {
                sb.append(" (bad checksum 0x").append(Integer.toHexString(transport.checksum())).append(')');
            }
            sb.append(", ").append(payload().length).append(" bytes payload");
        } else if (ipv4 != null) {
            sb.append(" proto ").append(ipv4.protocol());
        }
        if (!stop.isEmpty()) {
            sb.append(" [").append(stop).append(']');
        }
        return sb.toString();
    }
}
