package dev.bpfj.samples;

import dev.bpfj.dsl.FibLookup;
import dev.bpfj.dsl.Header;
import dev.bpfj.dsl.RedirectMap;
import dev.bpfj.dsl.Struct;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;

/**
 * A small router: looks the destination up in the kernel's FIB ({@code bpf_fib_lookup}), decrements
 * the IPv4 TTL (patching the checksum) or the IPv6 hop limit, rewrites the MACs to the next hop's and
 * redirects through a devmap indexed by egress ifindex. Packets the FIB cannot forward, and those
 * whose TTL would expire, go to the stack.
 *
 * <p>Load: {@code xdp-loader load eth0 router.bpf.o} on every port, and add each port to
 * {@code tx_ports} at its ifindex ({@code bpftool map update name tx_ports key <ifindex> 0 0 0 value <ifindex> 0 0 0}).
 */
@Xdp(name = "router", license = "GPL")
public final class Router extends XdpProgram {
    final RedirectMap txPorts = devMap("tx_ports", 256);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var type = eth.get(Ethernet.TYPE);
        var fib = struct(FibLookup.LAYOUT);
        when(type.eq(EtherType.IPV4), () -> {
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            when(ip.get(Ipv4.TTL).le(1)).ret(PASS);
            fib.set(FibLookup.FAMILY, FibLookup.AF_INET);
            fib.set(FibLookup.TOS, ip.get(Ipv4.TOS));
            fib.set(FibLookup.L4_PROTOCOL, ip.get(Ipv4.PROTOCOL));
            fib.set(FibLookup.TOT_LEN, ip.get(Ipv4.TOTAL_LENGTH));
            fib.set(FibLookup.IPV4_SRC, ip.get(Ipv4.SRC));
            fib.set(FibLookup.IPV4_DST, ip.get(Ipv4.DST));
            forward(eth, fib);
            checksum().decrementTtl(ip);
            rewriteAndRedirect(eth, fib);
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = eth.next(Ipv6.LAYOUT).orReturn(PASS);
            var hops = ip6.get(Ipv6.HOP_LIMIT);
            when(hops.le(1)).ret(PASS);
            fib.set(FibLookup.FAMILY, FibLookup.AF_INET6);
            fib.set(FibLookup.FLOWINFO, ip6.get(Ipv6.VERSION_CLASS_FLOW).and(0x0fffffff));
            fib.set(FibLookup.L4_PROTOCOL, ip6.get(Ipv6.NEXT_HEADER));
            fib.set(FibLookup.TOT_LEN, ip6.get(Ipv6.PAYLOAD_LENGTH));
            ip6.copyTo(Ipv6.SRC, fib, FibLookup.IPV6_SRC);
            ip6.copyTo(Ipv6.DST, fib, FibLookup.IPV6_DST);
            forward(eth, fib);
            ip6.set(Ipv6.HOP_LIMIT, hops.sub(1));
            rewriteAndRedirect(eth, fib);
        });
        ret(PASS);
    }

    /** Asks the FIB; anything but success goes to the stack. */
    private void forward(Header<Ethernet> eth, Struct<FibLookup> fib) {
        fib.set(FibLookup.IFINDEX, ingressIfindex());
        when(fibLookup(fib, 0).ne(FibLookup.SUCCESS)).ret(PASS);
    }

    private void rewriteAndRedirect(Header<Ethernet> eth, Struct<FibLookup> fib) {
        eth.copyFrom(fib, FibLookup.DMAC, Ethernet.DST);
        eth.copyFrom(fib, FibLookup.SMAC, Ethernet.SRC);
        ret(txPorts.redirect(fib.get(FibLookup.IFINDEX), PASS));
    }
}
