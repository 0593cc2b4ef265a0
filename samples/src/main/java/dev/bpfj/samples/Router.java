package dev.bpfj.samples;

import dev.bpfj.dsl.FibLookup;
import dev.bpfj.dsl.RedirectMap;
import dev.bpfj.dsl.ScalarType;
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
 * whose TTL would expire, go to the stack. A {@link dev.bpfj.dsl.Cursor} at the network header lets both
 * address families share the lookup and the rewrite.
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
        var l3 = eth.cursorAfter();
        var fib = struct(FibLookup.LAYOUT);
        var v4 = local(ScalarType.U8, 0); // not fib.family: the lookup may change it (IPv4 via an IPv6 gateway)
        when(type.eq(EtherType.IPV4), () -> {
            var ip = l3.header(Ipv4.LAYOUT).orReturn(PASS);
            when(ip.get(Ipv4.TTL).le(1)).ret(PASS);
            v4.set(1);
            fib.set(FibLookup.FAMILY, FibLookup.AF_INET);
            fib.set(FibLookup.TOS, ip.get(Ipv4.TOS));
            fib.set(FibLookup.L4_PROTOCOL, ip.get(Ipv4.PROTOCOL));
            fib.set(FibLookup.TOT_LEN, ip.get(Ipv4.TOTAL_LENGTH));
            fib.set(FibLookup.IPV4_SRC, ip.get(Ipv4.SRC));
            fib.set(FibLookup.IPV4_DST, ip.get(Ipv4.DST));
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = l3.header(Ipv6.LAYOUT).orReturn(PASS);
            when(ip6.get(Ipv6.HOP_LIMIT).le(1)).ret(PASS);
            fib.set(FibLookup.FAMILY, FibLookup.AF_INET6);
            fib.set(FibLookup.FLOWINFO, ip6.get(Ipv6.VERSION_CLASS_FLOW).and(0x0fffffff));
            fib.set(FibLookup.L4_PROTOCOL, ip6.get(Ipv6.NEXT_HEADER));
            fib.set(FibLookup.TOT_LEN, ip6.get(Ipv6.PAYLOAD_LENGTH));
            ip6.copyTo(Ipv6.SRC, fib, FibLookup.IPV6_SRC);
            ip6.copyTo(Ipv6.DST, fib, FibLookup.IPV6_DST);
        }).otherwise(() -> ret(PASS));
        // both families meet here: one lookup, one rewrite
        fib.set(FibLookup.IFINDEX, ingressIfindex());
        when(fibLookup(fib, 0).ne(FibLookup.SUCCESS)).ret(PASS);
        when(v4.eq(1), () -> checksum().decrementTtl(l3.header(Ipv4.LAYOUT).orReturn(PASS))).otherwise(() -> {
            var ip6 = l3.header(Ipv6.LAYOUT).orReturn(PASS);
            ip6.set(Ipv6.HOP_LIMIT, ip6.get(Ipv6.HOP_LIMIT).sub(1));
        });
        eth.copyFrom(fib, FibLookup.DMAC, Ethernet.DST);
        eth.copyFrom(fib, FibLookup.SMAC, Ethernet.SRC);
        ret(txPorts.redirect(fib.get(FibLookup.IFINDEX), PASS));
    }
}
