package dev.bpfj.samples;

import dev.bpfj.dsl.Field;
import dev.bpfj.dsl.Layout;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;

/**
 * Grows every packet by 8 bytes at the tail ({@code bpf_xdp_adjust_tail}) and writes the receive time
 * ({@code bpf_ktime_get_ns}, little-endian) there, for a collector downstream.
 *
 * <p>Load: {@code ip link set dev eth0 xdpgeneric obj tail_timestamp.bpf.o sec xdp}.
 */
@Xdp(name = "tail_timestamp")
public final class TailTimestamp extends XdpProgram {
    static final Layout.Builder<TailTimestamp> B = Layout.<TailTimestamp>builder("trailer").packed();
    public static final Field<TailTimestamp> TIMESTAMP = B.u64("timestamp");
    public static final Layout<TailTimestamp> TRAILER = B.build();

    @Override
    protected void body() {
        when(adjustTail(8).ne(0)).ret(ABORTED);
        var at = packet().length().sub(8);
        var trailer = packet().header(at, TRAILER).orReturn(ABORTED);
        trailer.set(TIMESTAMP, ktimeGetNs());
        ret(PASS);
    }
}
