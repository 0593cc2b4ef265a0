package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;
import dev.bpfj.dsl.RingBuf;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;

/** A ring buffer: one record per IPv4 packet, for user space. */
// tag::events[]
@Xdp(name = "events")
public final class Events extends XdpProgram {
    public record Event(int saddr, int length, short protocol) {}

    public static final Layout<Event> EVENT = Layout.of(Event.class);
    static final Field<Event> SADDR = EVENT.field("saddr");
    static final Field<Event> LENGTH = EVENT.field("length");
    static final Field<Event> PROTOCOL = EVENT.field("protocol");

    final RingBuf events = ringBuf("events", 64 * 1024);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        var length = packet().length();
        events.reserve(EVENT, e -> {                  // bpf_ringbuf_reserve ... bpf_ringbuf_submit
            e.set(SADDR, ip.get(Ipv4.SRC));           // be32 into a u32 field: stored in host order
            e.set(LENGTH, length);
            e.set(PROTOCOL, ip.get(Ipv4.PROTOCOL));
        });
        ret(PASS);
    }
}
// end::events[]
