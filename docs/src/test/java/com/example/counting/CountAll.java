package com.example.counting;

import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;

/** Counts every packet in a per-CPU array (the test kit's per-CPU example). */
@Xdp(name = "count_all")
public final class CountAll extends XdpProgram {
    final ArrayMap packets = perCpuArray("packets", ScalarType.U64, 1);

    @Override
    protected void body() {
        packets.lookup(0).ifPresent(n -> n.increment());
        ret(PASS);
    }
}
