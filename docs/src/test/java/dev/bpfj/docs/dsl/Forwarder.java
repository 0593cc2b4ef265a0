package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.RedirectMap;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;

/** Helpers and checksums: forwards IPv4 between interfaces paired in a devmap, decrementing the TTL. */
// tag::forwarder[]
@Xdp(name = "forwarder", license = "GPL")
public final class Forwarder extends XdpProgram {
    /** Filled by user space: ingress ifindex to the interface to send on. */
    final RedirectMap ports = devMapHash("ports", 64);
    /** When the last packet was forwarded, in bpf_ktime_get_ns() time. */
    final ArrayMap lastForward = array("last_forward", ScalarType.U64, 1);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.TTL).le(1), () -> {
            trace("ttl expired on %u\n", ingressIfindex());       // bpf_trace_printk: GPL-only
            ret(PASS);                                            // the kernel sends time exceeded
        });
        checksum().decrementTtl(ip);                              // RFC 1624 update of the header checksum
        lastForward.lookup(0).ifPresent(t -> t.set(ktimeGetNs()));
        ret(ports.redirect(ingressIfindex(), PASS));              // XDP_REDIRECT, or PASS when unpaired
    }
}
// end::forwarder[]
