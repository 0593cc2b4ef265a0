package dev.bpfj.dsl;

import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Udp;

/** A small program of the DSL's own tests: drops IPv4 UDP to port 9999, counting drops. */
@Xdp(name = "drop_port", license = "GPL")
final class DropPort extends XdpProgram {
    final ArrayMap drops = perCpuArray("drops", ScalarType.U64, 1);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(PASS);
        var udp = ip.payload(Udp.LAYOUT).orReturn(PASS);
        when(udp.get(Udp.DEST).eq(9999), () -> {
            drops.lookup(0).ifPresent(count -> count.increment());
            ret(DROP);
        });
        ret(PASS);
    }
}
