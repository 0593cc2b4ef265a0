package dev.bpfj.samples;

import dev.bpfj.dsl.LpmKey;
import dev.bpfj.dsl.LpmTrie;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;

/**
 * Drops packets whose source address falls in a blocked IPv4 or IPv6 prefix (LPM tries filled by user
 * space); passes the rest.
 *
 * <p>Load: {@code xdp-loader load eth0 lpm_blocklist.bpf.o}; block 10.0.0.0/8 with
 * {@code bpftool map update name blocked_v4 key 8 0 0 0 10 0 0 0 value 1}.
 */
@Xdp(name = "lpm_blocklist")
public final class PrefixBlocklist extends XdpProgram {
    final LpmTrie blockedV4 = lpmTrie("blocked_v4", LpmKey.IPV4, ScalarType.U8, 4096);
    final LpmTrie blockedV6 = lpmTrie("blocked_v6", LpmKey.IPV6, ScalarType.U8, 4096);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var type = eth.get(Ethernet.TYPE);
        when(type.eq(EtherType.IPV4), () -> {
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            var key = struct(LpmKey.IPV4);
            key.set(LpmKey.V4_PREFIX_LEN, 32);
            ip.copyTo(Ipv4.SRC, key, LpmKey.V4_ADDR);
            blockedV4.lookup(key).ifPresent(hit -> ret(DROP));
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = eth.next(Ipv6.LAYOUT).orReturn(PASS);
            var key = struct(LpmKey.IPV6);
            key.set(LpmKey.V6_PREFIX_LEN, 128);
            ip6.copyTo(Ipv6.SRC, key, LpmKey.V6_ADDR);
            blockedV6.lookup(key).ifPresent(hit -> ret(DROP));
        });
        ret(PASS);
    }
}
