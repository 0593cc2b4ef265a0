package dev.bpfj.docs.dsl.errors;

import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;

/** Calls a GPL-only helper under a license that is not GPL-compatible. */
// tag::program[]
@Xdp(name = "not_gpl", license = "MIT")
public final class NotGpl extends XdpProgram {
    @Override
    protected void body() {
        trace("packet on %u\n", ingressIfindex());
        ret(PASS);
    }
}
// end::program[]
