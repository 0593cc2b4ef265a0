package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.DataMap;
import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.HashTable;
import dev.bpfj.dsl.Layout;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Udp;

/** Maps and layouts: packets and bytes per UDP flow, in a hash map with a struct key and value. */
@Xdp(name = "flow_counter")
public final class FlowCounter extends XdpProgram {
    // tag::layouts[]
    /** The key, from a builder: network-order fields, as the packet holds them. */
    static final Layout.Builder<FlowCounter> K = Layout.builder("flow_key");
    static final Field<FlowCounter> SADDR = K.be32("saddr");
    static final Field<FlowCounter> DADDR = K.be32("daddr");
    static final Field<FlowCounter> SPORT = K.be16("sport");
    static final Field<FlowCounter> DPORT = K.be16("dport");
    public static final Layout<FlowCounter> KEY = K.build();

    /** The value, from a record: long is u64 (int u32, short u16, byte u8), laid out as C would. */
    public record FlowStats(long packets, long bytes) {}

    public static final Layout<FlowStats> STATS = Layout.of(FlowStats.class);
    static final Field<FlowStats> PACKETS = STATS.field("packets");
    static final Field<FlowStats> BYTES = STATS.field("bytes");
    // end::layouts[]

    // tag::map[]
    final HashTable flows = hash("flows", KEY, STATS, 10_000);
    // end::map[]

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(PASS);
        var udp = ip.payload(Udp.LAYOUT).orReturn(PASS);
        // tag::lookup[]
        var key = struct(KEY);                          // on the stack; unwritten bytes are zeroed
        key.set(SADDR, ip.get(Ipv4.SRC));               // be32 to be32: copied as it is
        key.set(DADDR, ip.get(Ipv4.DST));
        key.set(SPORT, udp.get(Udp.SOURCE));
        key.set(DPORT, udp.get(Udp.DEST));
        var length = packet().length();

        flows.lookup(key).ifPresent(stats -> {
            stats.increment(PACKETS);                   // atomic add: a HASH map is shared by all CPUs
            stats.add(BYTES, length);
        }).otherwise(() -> {
            var fresh = struct(STATS);
            fresh.set(PACKETS, 1);
            fresh.set(BYTES, length);
            flows.update(key, fresh, DataMap.NOEXIST);  // another CPU may have inserted it meanwhile
        });
        ret(PASS);
        // end::lookup[]
    }
}
