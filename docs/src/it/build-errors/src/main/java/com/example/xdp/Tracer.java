package com.example.xdp;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;

/** Prints the ingress interface of every packet: bpf_trace_printk needs CAP_PERFMON, which cap-bpf lacks. */
@Xdp(name = "tracer")
public final class Tracer extends XdpProgram {
    @Override
    protected void body() {
        trace("packet on %d\n", ingressIfindex());
        ret(PASS);
    }
}
