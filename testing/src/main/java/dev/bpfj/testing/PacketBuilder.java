package dev.bpfj.testing;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds packets layer by layer, with lengths and checksums filled in:
 *
 * <pre>{@code
 * byte[] p = PacketBuilder.ethernet().vlan(100)
 *         .ipv4().src("10.0.0.1").dst("10.0.0.2").ttl(64)
 *         .udp().srcPort(1234).dstPort(9999)
 *         .payload("hello")
 *         .build();
 * }</pre>
 *
 * <p>Every layer has sensible defaults (locally administered MACs, documentation addresses, TTL
 * 64), so {@code PacketBuilder.ethernet().ipv4().tcp().syn().build()} is a valid TCP SYN. Lengths
 * and checksums are computed unless a test overrides them to build a broken packet on purpose.
 */
public final class PacketBuilder {
    private PacketBuilder() {}

    public static final int ETH_P_IPV4 = 0x0800;
    public static final int ETH_P_IPV6 = 0x86dd;
    public static final int ETH_P_ARP = 0x0806;
    public static final int ETH_P_8021Q = 0x8100;
    public static final int ETH_P_8021AD = 0x88a8;

    /** An Ethernet frame; add a network layer or a raw payload. */
    public static Ethernet ethernet() {
        return new Ethernet();
    }

    /** What every layer builder shares: the payload, padding and {@link #build()}. */
    public abstract static class Layer<S extends Layer<S>> {
        Layer<?> outer;
        Layer<?> inner;
        byte[] payload = new byte[0];
        int minLength;

        @SuppressWarnings("unchecked")
        private S self() {
            return (S) this;
        }

        <L extends Layer<L>> L wrap(L next) {
            if (inner != null) {
                throw new IllegalStateException(getClass().getSimpleName() + " already carries a "
                        + inner.getClass().getSimpleName());
            }
            next.outer = this;
            this.inner = next;
            return next;
        }

        Layer<?> root() {
            Layer<?> l = this;
            while (l.outer != null) {
                l = l.outer;
            }
            return l;
        }

        /** The bytes this layer carries after its header: the inner layer's, or the raw payload. */
        byte[] body() {
            return inner != null ? inner.encode() : payload;
        }

        abstract byte[] encode();

        /** Raw bytes after this layer's header (for the innermost layer). */
        public S payload(byte[] bytes) {
            this.payload = bytes.clone();
            return self();
        }

        /** UTF-8 text as the payload. */
        public S payload(String text) {
            return payload(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Hex digits (spaces and colons allowed) as the payload. */
        public S payloadHex(String hex) {
            return payload(HexFormat.of().parseHex(hex.replaceAll("[\\s:]", "")));
        }

        /** {@code n} bytes of payload 0, 1, 2, ... (wrapping at 256). */
        public S payloadOfLength(int n) {
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) i;
            }
            return payload(b);
        }

        /** Pads the finished frame with zeros to at least {@code bytes} (e.g. 60, Ethernet's minimum). */
        public S padTo(int bytes) {
            root().minLength = bytes;
            return self();
        }

        /** The whole packet, outermost layer first. */
        public byte[] build() {
            Layer<?> r = root();
            byte[] b = r.encode();
            return b.length >= r.minLength ? b : Arrays.copyOf(b, r.minLength);
        }
    }

    /** A network layer: what the transport layers need for their pseudo-header. */
    abstract static class Network<S extends Network<S>> extends Layer<S> {
        abstract long pseudoHeader(int protocol, int length);
    }

    // ---- Ethernet ----

    public static final class Ethernet extends Layer<Ethernet> {
        private byte[] dst = mac("02:00:00:00:00:02");
        private byte[] src = mac("02:00:00:00:00:01");
        private final List<int[]> tags = new ArrayList<>();
        private Integer type;

        public Ethernet src(String mac) {
            this.src = mac(mac);
            return this;
        }

        public Ethernet dst(String mac) {
            this.dst = mac(mac);
            return this;
        }

        /** An 802.1Q tag with this VLAN id (priority 0). Call again to stack tags. */
        public Ethernet vlan(int id) {
            return vlan(ETH_P_8021Q, 0, 0, id);
        }

        /** A tag with its protocol id (0x8100, 0x88a8), priority, drop eligibility and VLAN id. */
        public Ethernet vlan(int tpid, int pcp, int dei, int id) {
            if (id < 0 || id > 4095 || pcp < 0 || pcp > 7) {
                throw new IllegalArgumentException("VLAN id must be 0..4095 and priority 0..7");
            }
            tags.add(new int[] {tpid, (pcp << 13) | ((dei & 1) << 12) | id});
            return this;
        }

        /** 802.1ad: an outer service tag (0x88a8) and an inner customer tag (0x8100). */
        public Ethernet qinq(int outerId, int innerId) {
            vlan(ETH_P_8021AD, 0, 0, outerId);
            return vlan(innerId);
        }

        /** The EtherType, when the frame carries a raw payload (set from the inner layer otherwise). */
        public Ethernet type(int ethertype) {
            this.type = ethertype;
            return this;
        }

        public Ipv4 ipv4() {
            return wrap(new Ipv4());
        }

        public Ipv6 ipv6() {
            return wrap(new Ipv6());
        }

        @Override
        byte[] encode() {
            byte[] body = body();
            int t = type != null ? type : inner instanceof Ipv4 ? ETH_P_IPV4 : inner instanceof Ipv6 ? ETH_P_IPV6 : 0x88b5;
            byte[] out = new byte[14 + 4 * tags.size() + body.length];
            System.arraycopy(dst, 0, out, 0, 6);
            System.arraycopy(src, 0, out, 6, 6);
            int off = 12;
            for (int[] tag : tags) {
                be16(out, off, tag[0]);
                be16(out, off + 2, tag[1]);
                off += 4;
            }
            be16(out, off, t);
            System.arraycopy(body, 0, out, off + 2, body.length);
            return out;
        }
    }

    // ---- IPv4 ----

    public static final class Ipv4 extends Network<Ipv4> {
        private byte[] src = ip("192.0.2.1", 4);
        private byte[] dst = ip("198.51.100.1", 4);
        private int ttl = 64;
        private int tos;
        private int id;
        private boolean dontFragment;
        private boolean moreFragments;
        private int fragmentOffset;
        private Integer protocol;
        private byte[] options = new byte[0];
        private Integer checksum;
        private Integer totalLength;

        public Ipv4 src(String address) {
            this.src = ip(address, 4);
            return this;
        }

        public Ipv4 dst(String address) {
            this.dst = ip(address, 4);
            return this;
        }

        public Ipv4 ttl(int ttl) {
            this.ttl = ttl;
            return this;
        }

        /** The whole TOS byte (DSCP and ECN). */
        public Ipv4 tos(int tos) {
            this.tos = tos;
            return this;
        }

        public Ipv4 id(int id) {
            this.id = id;
            return this;
        }

        public Ipv4 dontFragment() {
            this.dontFragment = true;
            return this;
        }

        /** A fragment: the more-fragments flag and the offset in 8-byte units. */
        public Ipv4 fragment(boolean more, int offsetUnits) {
            this.moreFragments = more;
            this.fragmentOffset = offsetUnits;
            return this;
        }

        /** The protocol number, when the packet carries a raw payload (set from the inner layer otherwise). */
        public Ipv4 protocol(int protocol) {
            this.protocol = protocol;
            return this;
        }

        /** IP options, padded with zeros (end of options) to a multiple of 4 bytes; at most 40. */
        public Ipv4 options(byte[] options) {
            int padded = (options.length + 3) & ~3;
            if (padded > 40) {
                throw new IllegalArgumentException("IPv4 options are at most 40 bytes");
            }
            this.options = Arrays.copyOf(options, padded);
            return this;
        }

        /** A wrong (or any fixed) header checksum instead of the computed one. */
        public Ipv4 checksum(int value) {
            this.checksum = value;
            return this;
        }

        /** A total length instead of the computed one. */
        public Ipv4 totalLength(int value) {
            this.totalLength = value;
            return this;
        }

        public Udp udp() {
            return wrap(new Udp());
        }

        public Tcp tcp() {
            return wrap(new Tcp());
        }

        public Icmp icmp() {
            return wrap(new Icmp());
        }

        @Override
        long pseudoHeader(int proto, int length) {
            return Checksums.pseudoHeader(src, dst, proto, length);
        }

        @Override
        byte[] encode() {
            byte[] body = body();
            int ihl = 5 + options.length / 4;
            byte[] out = new byte[ihl * 4 + body.length];
            out[0] = (byte) (0x40 | ihl);
            out[1] = (byte) tos;
            be16(out, 2, totalLength != null ? totalLength : out.length);
            be16(out, 4, id);
            be16(out, 6, (dontFragment ? 0x4000 : 0) | (moreFragments ? 0x2000 : 0) | (fragmentOffset & 0x1fff));
            out[8] = (byte) ttl;
            out[9] = (byte) (protocol != null ? protocol : inner instanceof Transport<?> t ? t.protocol() : 253);
            System.arraycopy(src, 0, out, 12, 4);
            System.arraycopy(dst, 0, out, 16, 4);
            System.arraycopy(options, 0, out, 20, options.length);
            be16(out, 10, checksum != null ? checksum : Checksums.checksum(out, 0, ihl * 4));
            System.arraycopy(body, 0, out, ihl * 4, body.length);
            return out;
        }
    }

    // ---- IPv6 ----

    public static final class Ipv6 extends Network<Ipv6> {
        private byte[] src = ip("2001:db8::1", 16);
        private byte[] dst = ip("2001:db8::2", 16);
        private int hopLimit = 64;
        private int trafficClass;
        private int flowLabel;
        private Integer nextHeader;

        public Ipv6 src(String address) {
            this.src = ip(address, 16);
            return this;
        }

        public Ipv6 dst(String address) {
            this.dst = ip(address, 16);
            return this;
        }

        public Ipv6 hopLimit(int hops) {
            this.hopLimit = hops;
            return this;
        }

        public Ipv6 trafficClass(int tc) {
            this.trafficClass = tc;
            return this;
        }

        public Ipv6 flowLabel(int label) {
            this.flowLabel = label;
            return this;
        }

        /** The next header, when the packet carries a raw payload (set from the inner layer otherwise). */
        public Ipv6 nextHeader(int nh) {
            this.nextHeader = nh;
            return this;
        }

        public Udp udp() {
            return wrap(new Udp());
        }

        public Tcp tcp() {
            return wrap(new Tcp());
        }

        public Icmpv6 icmpv6() {
            return wrap(new Icmpv6());
        }

        @Override
        long pseudoHeader(int proto, int length) {
            return Checksums.pseudoHeader(src, dst, proto, length);
        }

        @Override
        byte[] encode() {
            byte[] body = body();
            byte[] out = new byte[40 + body.length];
            int word = (6 << 28) | ((trafficClass & 0xff) << 20) | (flowLabel & 0xfffff);
            be16(out, 0, word >>> 16);
            be16(out, 2, word);
            be16(out, 4, body.length);
            out[6] = (byte) (nextHeader != null ? nextHeader : inner instanceof Transport<?> t ? t.protocol() : 59);
            out[7] = (byte) hopLimit;
            System.arraycopy(src, 0, out, 8, 16);
            System.arraycopy(dst, 0, out, 24, 16);
            System.arraycopy(body, 0, out, 40, body.length);
            return out;
        }
    }

    // ---- transport ----

    /** A layer inside IPv4 or IPv6 whose checksum covers a pseudo-header. */
    abstract static class Transport<S extends Transport<S>> extends Layer<S> {
        Integer checksum;

        abstract int protocol();

        /** A wrong (or any fixed) checksum instead of the computed one. */
        @SuppressWarnings("unchecked")
        public S checksum(int value) {
            this.checksum = value;
            return (S) this;
        }

        long pseudo(int length) {
            return outer instanceof Network<?> n ? n.pseudoHeader(protocol(), length) : 0;
        }
    }

    public static final class Udp extends Transport<Udp> {
        private int srcPort = 1234;
        private int dstPort = 80;

        public Udp srcPort(int port) {
            this.srcPort = port;
            return this;
        }

        public Udp dstPort(int port) {
            this.dstPort = port;
            return this;
        }

        /** Checksum 0: "none", allowed over IPv4. */
        public Udp noChecksum() {
            return checksum(0);
        }

        @Override
        int protocol() {
            return 17;
        }

        @Override
        byte[] encode() {
            byte[] body = body();
            byte[] out = new byte[8 + body.length];
            be16(out, 0, srcPort);
            be16(out, 2, dstPort);
            be16(out, 4, out.length);
            System.arraycopy(body, 0, out, 8, body.length);
            int c = checksum != null ? checksum : Checksums.finish(pseudo(out.length) + Checksums.sum(out, 0, out.length));
            be16(out, 6, checksum == null && c == 0 ? 0xffff : c);
            return out;
        }
    }

    public static final class Tcp extends Transport<Tcp> {
        public static final int FIN = 0x01;
        public static final int SYN = 0x02;
        public static final int RST = 0x04;
        public static final int PSH = 0x08;
        public static final int ACK = 0x10;
        public static final int URG = 0x20;
        public static final int ECE = 0x40;
        public static final int CWR = 0x80;

        private int srcPort = 1234;
        private int dstPort = 80;
        private long seq;
        private long ack;
        private int flags;
        private int window = 65535;
        private int urgent;
        private byte[] options = new byte[0];

        public Tcp srcPort(int port) {
            this.srcPort = port;
            return this;
        }

        public Tcp dstPort(int port) {
            this.dstPort = port;
            return this;
        }

        public Tcp seq(long seq) {
            this.seq = seq;
            return this;
        }

        public Tcp ack(long ack) {
            this.ack = ack;
            this.flags |= ACK;
            return this;
        }

        /** Sets the flag bits ({@link #SYN} | {@link #ACK}...), replacing earlier ones. */
        public Tcp flags(int flags) {
            this.flags = flags;
            return this;
        }

        public Tcp syn() {
            flags |= SYN;
            return this;
        }

        public Tcp fin() {
            flags |= FIN;
            return this;
        }

        public Tcp rst() {
            flags |= RST;
            return this;
        }

        public Tcp psh() {
            flags |= PSH;
            return this;
        }

        public Tcp urg(int pointer) {
            flags |= URG;
            this.urgent = pointer;
            return this;
        }

        public Tcp window(int window) {
            this.window = window;
            return this;
        }

        /** TCP options, padded with zeros (end of options) to a multiple of 4 bytes; at most 40. */
        public Tcp options(byte[] options) {
            int padded = (options.length + 3) & ~3;
            if (padded > 40) {
                throw new IllegalArgumentException("TCP options are at most 40 bytes");
            }
            this.options = Arrays.copyOf(options, padded);
            return this;
        }

        @Override
        int protocol() {
            return 6;
        }

        @Override
        byte[] encode() {
            byte[] body = body();
            int header = 20 + options.length;
            byte[] out = new byte[header + body.length];
            be16(out, 0, srcPort);
            be16(out, 2, dstPort);
            be32(out, 4, seq);
            be32(out, 8, ack);
            out[12] = (byte) ((header / 4) << 4);
            out[13] = (byte) flags;
            be16(out, 14, window);
            be16(out, 18, urgent);
            System.arraycopy(options, 0, out, 20, options.length);
            System.arraycopy(body, 0, out, header, body.length);
            be16(out, 16, checksum != null ? checksum : Checksums.finish(pseudo(out.length) + Checksums.sum(out, 0, out.length)));
            return out;
        }
    }

    /** What ICMP and ICMPv6 share: type, code, the 4 rest-of-header bytes, then data. */
    abstract static class IcmpMessage<S extends IcmpMessage<S>> extends Transport<S> {
        private int type;
        private int code;
        private int rest;

        IcmpMessage(int type) {
            this.type = type;
        }

        abstract int echoRequestType();

        abstract int echoReplyType();

        /** Whether the checksum covers the IP pseudo-header (ICMPv6) or the message alone (ICMP). */
        abstract boolean pseudoHeaderInChecksum();

        @SuppressWarnings("unchecked")
        private S self() {
            return (S) this;
        }

        public S type(int type) {
            this.type = type;
            return self();
        }

        public S code(int code) {
            this.code = code;
            return self();
        }

        /** The 4 bytes after the checksum (identifier/sequence, MTU, pointer...). */
        public S restOfHeader(int value) {
            this.rest = value;
            return self();
        }

        /** An echo request with identifier and sequence number. */
        public S echoRequest(int id, int seq) {
            this.type = echoRequestType();
            this.code = 0;
            this.rest = (id & 0xffff) << 16 | (seq & 0xffff);
            return self();
        }

        public S echoReply(int id, int seq) {
            echoRequest(id, seq);
            this.type = echoReplyType();
            return self();
        }

        @Override
        byte[] encode() {
            byte[] body = body();
            byte[] out = new byte[8 + body.length];
            out[0] = (byte) type;
            out[1] = (byte) code;
            be32(out, 4, rest & 0xffffffffL);
            System.arraycopy(body, 0, out, 8, body.length);
            long pseudo = pseudoHeaderInChecksum() ? pseudo(out.length) : 0;
            be16(out, 2, checksum != null ? checksum : Checksums.finish(pseudo + Checksums.sum(out, 0, out.length)));
            return out;
        }
    }

    /** ICMP for IPv4; the checksum covers the message. */
    public static final class Icmp extends IcmpMessage<Icmp> {
        Icmp() {
            super(8);
        }

        @Override
        int echoRequestType() {
            return 8;
        }

        @Override
        int echoReplyType() {
            return 0;
        }

        @Override
        boolean pseudoHeaderInChecksum() {
            return false;
        }

        @Override
        int protocol() {
            return 1;
        }
    }

    /** ICMPv6; the checksum covers the IPv6 pseudo-header too. */
    public static final class Icmpv6 extends IcmpMessage<Icmpv6> {
        Icmpv6() {
            super(128);
        }

        @Override
        int echoRequestType() {
            return 128;
        }

        @Override
        int echoReplyType() {
            return 129;
        }

        @Override
        boolean pseudoHeaderInChecksum() {
            return true;
        }

        @Override
        int protocol() {
            return 58;
        }
    }

    // ---- bytes ----

    static void be16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    static void be32(byte[] b, int off, long v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    /** {@code 02:00:5e:10:00:01} (or with dashes) as 6 bytes. */
    public static byte[] mac(String mac) {
        String hex = mac.replace(":", "").replace("-", "");
        if (hex.length() != 12) {
            throw new IllegalArgumentException("not a MAC address: " + mac);
        }
        return HexFormat.of().parseHex(hex);
    }

    /** An IPv4 (4 bytes) or IPv6 (16 bytes) address written as text. */
    public static byte[] ip(String address, int length) {
        String t = address.strip();
        if (!t.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an IP address: " + address);
        }
        try {
            InetAddress a = InetAddress.getByName(t);
            if (length == 4 && !(a instanceof Inet4Address) || length == 16 && !(a instanceof Inet6Address)) {
                throw new IllegalArgumentException(address + " is not an IPv" + (length == 4 ? 4 : 6) + " address");
            }
            return a.getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address, e);
        }
    }
}
