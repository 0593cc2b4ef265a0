package dev.bpfj.docs.dsl.errors;

import dev.bpfj.dsl.Value;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;

/** Uses a value computed inside a block after the block. */
@Xdp(name = "escaped_value")
public final class EscapedValue extends XdpProgram {
    // tag::body[]
    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        Value[] ttl = new Value[1];
        when(eth.get(Ethernet.TYPE).eq(EtherType.IPV4), () -> {
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            ttl[0] = ip.get(Ipv4.TTL);                 // only read on the IPv4 path
        });
        when(ttl[0].lt(2)).ret(DROP);                  // ... but used on every path
        ret(PASS);
    }
    // end::body[]
}
