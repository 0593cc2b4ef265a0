package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Tcp;

/** Values, byte order and control flow: which TCP connections may be opened to this host. */
// tag::syn-guard[]
@Xdp(name = "syn_guard", license = "Dual MIT/GPL")
public final class SynGuard extends XdpProgram {
    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.PROTOCOL).ne(IpProto.TCP)).ret(PASS);
        // fragments after the first carry no TCP header
        when(ip.get(Ipv4.FRAG_OFF).anySet(Ipv4.OFFSET_MASK)).ret(PASS);
        var tcp = ip.payload(Tcp.LAYOUT).orReturn(DROP);

        var flags = tcp.get(Tcp.FLAGS);
        var port = tcp.get(Tcp.DEST);                          // a be16: network byte order
        var hostPort = port.host();                            // a u16 in host order (one byte swap)
        var opening = flags.anySet(Tcp.SYN).and(flags.anySet(Tcp.ACK).not());

        var verdict = local(ScalarType.U32, PASS.value());     // a variable, set in the branches below
        when(opening.and(port.in(22, 80, 443)), () -> verdict.set(PASS.value()))
                .orWhen(opening.and(hostPort.between(8000, 8999)), () -> {
                    // high ports: only from 10.0.0.0/8
                    when(ip.get(Ipv4.SRC).and(0xff000000L).ne(0x0a000000L)).ret(DROP);
                })
                .orWhen(opening, () -> verdict.set(DROP.value()));
        ret(verdict);
    }
}
// end::syn-guard[]
