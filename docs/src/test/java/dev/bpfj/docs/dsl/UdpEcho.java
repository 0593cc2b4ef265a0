package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Udp;

/** Packet views: answers UDP echo (port 7) in place, behind up to two VLAN tags. */
// tag::udp-echo[]
@Xdp(name = "udp_echo")
public final class UdpEcho extends XdpProgram {
    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var tags = packet().skipVlans(eth, 2, PASS);          // 802.1Q / 802.1ad, at most two
        when(tags.protocol().ne(EtherType.IPV4)).ret(PASS);
        var ip = tags.next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(PASS);
        var udp = ip.payload(Udp.LAYOUT).orReturn(PASS);     // after ihl * 4 bytes, options included
        when(udp.get(Udp.DEST).ne(7)).ret(PASS);

        // swapping keeps every checksum valid: the one's-complement sum does not depend on the order
        eth.swap(Ethernet.SRC, Ethernet.DST);
        ip.swap(Ipv4.SRC, Ipv4.DST);
        udp.swap(Udp.SOURCE, Udp.DEST);
        ret(TX);
    }
}
// end::udp-echo[]
