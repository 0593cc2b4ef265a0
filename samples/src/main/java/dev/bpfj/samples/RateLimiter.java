package dev.bpfj.samples;

import dev.bpfj.dsl.DataMap;
import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.HashTable;
import dev.bpfj.dsl.Layout;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;

/**
 * Limits each IPv4 source to {@value #LIMIT} packets per second (fixed one-second windows), tracking
 * sources in an LRU hash so the busiest ones stay; excess packets are dropped.
 *
 * <p>Load: {@code xdp-loader load eth0 rate_limiter.bpf.o}; inspect with {@code bpftool map dump name rate}.
 */
@Xdp(name = "rate_limiter")
public final class RateLimiter extends XdpProgram {
    public static final int LIMIT = 100;
    public static final long WINDOW_NS = 1_000_000_000L;

    static final Layout.Builder<RateLimiter> B = Layout.builder("rate_state");
    public static final Field<RateLimiter> WINDOW_START = B.u64("window_start");
    public static final Field<RateLimiter> PACKETS = B.u64("packets");
    public static final Layout<RateLimiter> STATE = B.build();

    final HashTable rate = lruHash("rate", ScalarType.BE32, STATE, 65536);

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
        var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
        var src = ip.get(Ipv4.SRC);
        var now = ktimeGetNs();
        rate.lookup(src).ifPresent(state -> {
            when(now.sub(state.get(WINDOW_START)).gt(WINDOW_NS), () -> {
                state.set(WINDOW_START, now);
                state.set(PACKETS, 1);
                ret(PASS);
            });
            state.increment(PACKETS);
            when(state.get(PACKETS).gt(LIMIT)).ret(DROP);
        }).otherwise(() -> {
            var fresh = struct(STATE);
            fresh.set(WINDOW_START, now);
            fresh.set(PACKETS, 1);
            rate.update(src, fresh, DataMap.ANY);
        });
        ret(PASS);
    }
}
