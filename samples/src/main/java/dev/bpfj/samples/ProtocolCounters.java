package dev.bpfj.samples;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;

/**
 * Counts packets and bytes per IP protocol number (IPv4 protocol, IPv6 next header) in a per-CPU array
 * of 256 {@code {packets, bytes}} records; passes every packet.
 *
 * <p>Load: {@code xdp-loader load eth0 proto_counters.bpf.o}; read with
 * {@code bpftool map dump name proto_stats} (one value per CPU).
 */
@Xdp(name = "proto_counters")
public final class ProtocolCounters extends XdpProgram {
    static final Layout.Builder<ProtocolCounters> B = Layout.builder("proto_stats");
    public static final Field<ProtocolCounters> PACKETS = B.u64("packets");
    public static final Field<ProtocolCounters> BYTES = B.u64("bytes");
    public static final Layout<ProtocolCounters> STATS = B.build();

    final ArrayMap stats = perCpuArray("proto_stats", STATS, 256);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var type = eth.get(Ethernet.TYPE);
        var proto = local(dev.bpfj.dsl.ScalarType.U32, 0);
        when(type.eq(EtherType.IPV4), () -> {
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            proto.set(ip.get(Ipv4.PROTOCOL));
        }).orWhen(type.eq(EtherType.IPV6), () -> {
            var ip6 = eth.next(Ipv6.LAYOUT).orReturn(PASS);
            proto.set(ip6.get(Ipv6.NEXT_HEADER));
        }).otherwise(() -> ret(PASS));
        var length = packet().length();
        stats.lookup(proto).ifPresent(s -> {
            s.increment(PACKETS);
            s.add(BYTES, length);
        });
        ret(PASS);
    }
}
