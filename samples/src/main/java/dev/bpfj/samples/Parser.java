package dev.bpfj.samples;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;
import dev.bpfj.dsl.headers.Tcp;
import dev.bpfj.dsl.headers.Udp;

/**
 * Parses Ethernet, up to two VLAN tags, IPv4 (with options) or IPv6 (with up to two extension headers),
 * then TCP or UDP; counts packets per class in a per-CPU array (0 other, 1 TCP, 2 UDP) and drops
 * anything to port {@value #BLOCKED_PORT} (telnet).
 *
 * <p>A {@link dev.bpfj.dsl.Cursor} keeps the position of the transport header, so both address
 * families share one TCP/UDP parser, as a C parser's {@code void *cursor} does.
 *
 * <p>Load: {@code xdp-loader load eth0 parser.bpf.o}; read with {@code bpftool map dump name l4_stats}.
 */
@Xdp(name = "parser")
public final class Parser extends XdpProgram {
    public static final int BLOCKED_PORT = 23;
    public static final int OTHER = 0;
    public static final int TCP = 1;
    public static final int UDP = 2;

    final ArrayMap stats = perCpuArray("l4_stats", ScalarType.U64, 3);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var l2 = packet().skipVlans(eth, 2, PASS);
        var type = l2.protocol();
        var l4 = l2.cursor();
        var proto = local(ScalarType.U8, 0); // 0 (hop-by-hop) is neither TCP nor UDP: "other"
        when(type.eq(EtherType.IPV4), () -> {
            var ip = l4.header(Ipv4.LAYOUT).orReturn(PASS);
            proto.set(ip.get(Ipv4.PROTOCOL));
            l4.setAfter(ip);
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = l4.header(Ipv6.LAYOUT).orReturn(PASS);
            var l3 = packet().skipIpv6Extensions(ip6, 2, PASS);
            proto.set(l3.protocol());
            l4.set(l3.cursor());
        });
        var kind = local(ScalarType.U32, OTHER);
        var port = local(ScalarType.BE16, 0);
        when(proto.eq(IpProto.TCP), () -> {
            var tcp = l4.header(Tcp.LAYOUT).orReturn(PASS);
            kind.set(TCP);
            port.set(tcp.get(Tcp.DEST));
        }).orWhen(proto.eq(IpProto.UDP), () -> {
            var udp = l4.header(Udp.LAYOUT).orReturn(PASS);
            kind.set(UDP);
            port.set(udp.get(Udp.DEST));
        });
        stats.lookup(kind).ifPresent(count -> count.increment());
        when(port.eq(BLOCKED_PORT)).ret(DROP);
        ret(PASS);
    }
}
