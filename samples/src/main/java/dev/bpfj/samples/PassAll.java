package dev.bpfj.samples;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;

/**
 * Passes every packet: the smallest XDP program.
 *
 * <p>Load: {@code ip link set dev eth0 xdpgeneric obj pass_all.bpf.o sec xdp}.
 */
@Xdp(name = "pass_all")
public final class PassAll extends XdpProgram {
    @Override
    protected void body() {
        ret(PASS);
    }
}
