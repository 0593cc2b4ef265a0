package dev.bpfj.samples;

import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Value;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Icmp;
import dev.bpfj.dsl.headers.Icmpv6;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;

/**
 * Answers ICMP and ICMPv6 echo requests in place: swaps MAC and IP addresses, turns the request into
 * a reply, patches the checksum and sends the packet back out ({@code XDP_TX}). Everything else passes.
 *
 * <p>Load: {@code ip link set dev eth0 xdpgeneric obj echo_reply.bpf.o sec xdp}.
 */
@Xdp(name = "echo_reply")
public final class EchoReply extends XdpProgram {
    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var type = eth.get(Ethernet.TYPE);
        when(type.eq(EtherType.IPV4), () -> {
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            when(ip.get(Ipv4.PROTOCOL).ne(IpProto.ICMP)).ret(PASS);
            var icmp = ip.payload(Icmp.LAYOUT).orReturn(PASS);
            when(icmp.get(Icmp.TYPE).ne(Icmp.ECHO_REQUEST)).ret(PASS);
            icmp.set(Icmp.TYPE, Icmp.ECHO_REPLY);
            // type is the high byte of the first 16-bit word: 0x0800 becomes 0x0000
            checksum().replace16(icmp, Icmp.CHECKSUM, Value.of(ScalarType.BE16, Icmp.ECHO_REQUEST << 8),
                    Value.of(ScalarType.BE16, Icmp.ECHO_REPLY << 8));
            var src = ip.get(Ipv4.SRC);
            ip.set(Ipv4.SRC, ip.get(Ipv4.DST));
            ip.set(Ipv4.DST, src);
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = eth.next(Ipv6.LAYOUT).orReturn(PASS);
            when(ip6.get(Ipv6.NEXT_HEADER).ne(IpProto.ICMPV6)).ret(PASS);
            var icmp6 = ip6.next(Icmpv6.LAYOUT).orReturn(PASS);
            when(icmp6.get(Icmpv6.TYPE).ne(Icmpv6.ECHO_REQUEST)).ret(PASS);
            icmp6.set(Icmpv6.TYPE, Icmpv6.ECHO_REPLY);
            checksum().replace16(icmp6, Icmpv6.CHECKSUM, Value.of(ScalarType.BE16, Icmpv6.ECHO_REQUEST << 8),
                    Value.of(ScalarType.BE16, Icmpv6.ECHO_REPLY << 8));
            ip6.swap(Ipv6.SRC, Ipv6.DST);
        }).otherwise(() -> ret(PASS));
        eth.swap(Ethernet.SRC, Ethernet.DST);
        ret(TX);
    }
}
