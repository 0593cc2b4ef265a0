package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;
import dev.bpfj.dsl.headers.Udp;

/** A cursor: IPv4 and IPv6 parsed in their own branches, UDP parsed once after they meet. */
// tag::dual-stack[]
@Xdp(name = "dual_stack")
public final class DualStack extends XdpProgram {
    /** Packets to UDP port 53, per family: index 4 for IPv4, 6 for IPv6. */
    final ArrayMap dns = perCpuArray("dns", ScalarType.U64, 8);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var type = eth.get(Ethernet.TYPE);
        var l4 = eth.cursorAfter();                       // where the transport header starts
        var proto = local(ScalarType.U8, 0);
        var family = local(ScalarType.U32, 0);
        when(type.eq(EtherType.IPV4), () -> {
            var ip = l4.header(Ipv4.LAYOUT).orReturn(PASS);
            proto.set(ip.get(Ipv4.PROTOCOL));
            family.set(4);
            l4.setAfter(ip);                              // honours ihl * 4
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = l4.header(Ipv6.LAYOUT).orReturn(PASS);
            proto.set(ip6.get(Ipv6.NEXT_HEADER));
            family.set(6);
            l4.setAfter(ip6);
        }).otherwise(() -> ret(PASS));
        when(proto.ne(IpProto.UDP)).ret(PASS);
        var udp = l4.header(Udp.LAYOUT).orReturn(PASS);   // one UDP parser for both families
        when(udp.get(Udp.DEST).eq(53), () -> dns.lookup(family).ifPresent(n -> n.increment()));
        ret(PASS);
    }
}
// end::dual-stack[]
