package dev.bpfj.samples;

import dev.bpfj.dsl.RedirectMap;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;

/**
 * Redirects every packet to the interface stored in the devmap at index 0 ("the other port"); when
 * the slot is empty the packet passes.
 *
 * <p>Load: {@code xdp-loader load eth0 devmap_redirect.bpf.o}, then put the target's ifindex in slot 0:
 * {@code bpftool map update name tx_port key 0 0 0 0 value 3 0 0 0}.
 */
@Xdp(name = "devmap_redirect")
public final class DevmapRedirect extends XdpProgram {
    final RedirectMap txPort = devMap("tx_port", 64);

    @Override
    protected void body() {
        ret(txPort.redirect(0, PASS));
    }
}
