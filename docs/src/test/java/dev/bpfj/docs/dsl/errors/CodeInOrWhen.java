package dev.bpfj.docs.dsl.errors;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Udp;

/** An orWhen condition that computes (a byte swap) between the block and its else branch. */
@Xdp(name = "code_in_or_when")
public final class CodeInOrWhen extends XdpProgram {
    // tag::body[]
    @Override
    protected void body() {
        var ip = packet().header(Ethernet.LAYOUT).orReturn(PASS).next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(PASS);
        var port = ip.payload(Udp.LAYOUT).orReturn(PASS).get(Udp.DEST);
        when(port.eq(53), () -> ret(PASS))
                .orWhen(port.between(1000, 2000), () -> ret(DROP));   // between() swaps port here
        ret(PASS);
    }
    // end::body[]
}
