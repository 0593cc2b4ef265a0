package dev.bpfj.samples;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.Check;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Value;
import dev.bpfj.dsl.Var;
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
        var kind = local(ScalarType.U32, OTHER);
        var port = local(ScalarType.BE16, 0);
        when(type.eq(EtherType.IPV4), () -> {
            var ip = l2.next(Ipv4.LAYOUT).orReturn(PASS);
            var proto = ip.get(Ipv4.PROTOCOL);
            l4(proto, ip.payload(Tcp.LAYOUT), ip.payload(Udp.LAYOUT), kind, port);
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = l2.next(Ipv6.LAYOUT).orReturn(PASS);
            var l3 = packet().skipIpv6Extensions(ip6, 2, PASS);
            l4(l3.protocol(), l3.next(Tcp.LAYOUT), l3.next(Udp.LAYOUT), kind, port);
        });
        stats.lookup(kind).ifPresent(count -> count.increment());
        when(port.eq(BLOCKED_PORT)).ret(DROP);
        ret(PASS);
    }

    private void l4(Value proto, Check<Tcp> tcp, Check<Udp> udp, Var kind, Var port) {
        when(proto.eq(IpProto.TCP), () -> {
            var t = tcp.orReturn(PASS);
            kind.set(TCP);
            port.set(t.get(Tcp.DEST));
        }).orWhen(proto.eq(IpProto.UDP), () -> {
            var u = udp.orReturn(PASS);
            kind.set(UDP);
            port.set(u.get(Udp.DEST));
        });
    }
}
