package dev.bpfj.samples;

import dev.bpfj.dsl.RedirectMap;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;

/**
 * Hands each packet to the AF_XDP socket bound to its receive queue; queues without a socket pass
 * packets to the stack.
 *
 * <p>Load: {@code xdp-loader load eth0 xsk_redirect.bpf.o}; the AF_XDP application inserts its socket
 * into {@code xsks_map} at its queue id.
 */
@Xdp(name = "xsk_redirect")
public final class XskRedirect extends XdpProgram {
    final RedirectMap xsks = xskMap("xsks_map", 64);

    @Override
    protected void body() {
        ret(xsks.redirect(rxQueueIndex(), PASS));
    }
}
