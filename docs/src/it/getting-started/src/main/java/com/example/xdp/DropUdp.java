// tag::program[]
package com.example.xdp;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Udp;

/** Drops IPv4 UDP datagrams sent to port 9999 and counts them; passes everything else. */
@Xdp(name = "drop_udp", license = "GPL")
public final class DropUdp extends XdpProgram {
    public static final int PORT = 9999;

    /** One counter, kept per CPU: index 0 counts the dropped datagrams. */
    final ArrayMap drops = perCpuArray("drops", ScalarType.U64, 1);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(PASS);
        var udp = ip.payload(Udp.LAYOUT).orReturn(PASS);
        when(udp.get(Udp.DEST).eq(PORT), () -> {
            drops.lookup(0).ifPresent(count -> count.increment());
            ret(DROP);
        });
        ret(PASS);
    }
}
// end::program[]
