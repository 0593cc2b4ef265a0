package dev.bpfj.samples;

import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Value;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Udp;

/**
 * Rewrites the destination port of IPv4 UDP datagrams from 8080 to 80 in place, patching the UDP
 * checksum incrementally (RFC 1624); passes every packet.
 *
 * <p>Load: {@code ip link set dev eth0 xdpgeneric obj port_rewrite.bpf.o sec xdp}.
 */
@Xdp(name = "port_rewrite")
public final class PortRewrite extends XdpProgram {
    public static final int FROM = 8080;
    public static final int TO = 80;

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(PASS);
        var udp = ip.payload(Udp.LAYOUT).orReturn(PASS);
        when(udp.get(Udp.DEST).ne(FROM)).ret(PASS);
        udp.set(Udp.DEST, TO);
        // a zero UDP checksum means "none" and stays zero
        when(udp.get(Udp.CHECKSUM).ne(0), () -> checksum().replace16(udp, Udp.CHECKSUM,
                Value.of(ScalarType.BE16, FROM), Value.of(ScalarType.BE16, TO)));
        ret(PASS);
    }
}
