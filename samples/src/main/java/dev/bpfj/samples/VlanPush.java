package dev.bpfj.samples;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Vlan;

/**
 * Adds an 802.1Q tag with VLAN id 100 to untagged frames: grows the head by 4 bytes with
 * {@code bpf_xdp_adjust_head}, moves the MACs to the new start and writes the tag.
 *
 * <p>Load: {@code ip link set dev eth0 xdpgeneric obj vlan_push.bpf.o sec xdp}.
 */
@Xdp(name = "vlan_push")
public final class VlanPush extends XdpProgram {
    public static final int VLAN_ID = 100;

    @Override
    protected void body() {
        var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
        var type = eth.get(Ethernet.TYPE);
        when(type.eq(EtherType.VLAN)).ret(PASS);
        when(adjustHead(-4).ne(0)).ret(ABORTED);
        // the old view is dead now: the packet starts 4 bytes earlier
        var moved = packet().header(Ethernet.LAYOUT).orReturn(ABORTED);
        var old = packet().header(4, Ethernet.LAYOUT).orReturn(ABORTED);
        moved.copyFrom(old, Ethernet.DST, Ethernet.SRC);
        moved.set(Ethernet.TYPE, EtherType.VLAN);
        var tag = moved.next(Vlan.LAYOUT).orReturn(ABORTED);
        tag.set(Vlan.TCI, VLAN_ID);
        tag.set(Vlan.ENCAPSULATED_PROTO, type);
        ret(PASS);
    }
}
