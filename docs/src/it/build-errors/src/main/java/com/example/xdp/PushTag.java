package com.example.xdp;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.Ethernet;

/** Makes room for a VLAN tag, then writes through a view the move killed: the DSL refuses it. */
@Xdp(name = "push_tag")
public final class PushTag extends XdpProgram {
    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(adjustHead(-4).ne(0)).ret(ABORTED);
        eth.set(Ethernet.TYPE, 0x8100);
        ret(PASS);
    }
}
