package dev.bpfj.docs.dsl.errors;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.Ethernet;

/** Uses a header view after bpf_xdp_adjust_head moved the packet. */
@Xdp(name = "stale_view")
public final class StaleView extends XdpProgram {
    // tag::body[]
    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(adjustHead(-4).ne(0)).ret(ABORTED);       // grow the packet by 4 bytes in front
        eth.set(Ethernet.TYPE, 0x8100);                // eth still points at the old start
        ret(PASS);
    }
    // end::body[]
}
