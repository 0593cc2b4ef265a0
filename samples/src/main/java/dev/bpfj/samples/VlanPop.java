package dev.bpfj.samples;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Vlan;

/**
 * Removes the outer 802.1Q tag: moves the MAC addresses 4 bytes on and drops the first 4 bytes with
 * {@code bpf_xdp_adjust_head}; untagged packets pass unchanged.
 *
 * <p>Load: {@code ip link set dev eth0 xdpgeneric obj vlan_pop.bpf.o sec xdp}.
 */
@Xdp(name = "vlan_pop")
public final class VlanPop extends XdpProgram {
    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        when(eth.get(Ethernet.TYPE).ne(EtherType.VLAN)).ret(PASS);
        var tag = eth.next(Vlan.LAYOUT).orReturn(PASS);
        // the tag's inner EtherType becomes the frame's: MACs move 4 bytes towards it
        var inner = tag.get(Vlan.ENCAPSULATED_PROTO);
        var moved = packet().header(4, Ethernet.LAYOUT).orReturn(PASS);
        moved.copyFrom(eth, Ethernet.DST, Ethernet.SRC);
        moved.set(Ethernet.TYPE, inner);
        when(adjustHead(4).ne(0)).ret(ABORTED);
        ret(PASS);
    }
}
