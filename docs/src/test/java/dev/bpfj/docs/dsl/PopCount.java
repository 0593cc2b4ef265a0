package dev.bpfj.docs.dsl;

import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;

/** asm(...): raw instructions inside a typed program. */
// tag::pop-count[]
@Xdp(name = "pop_count")
public final class PopCount extends XdpProgram {
    @Override
    protected void body() {
        var ip = packet().header(Ethernet.LAYOUT).orReturn(PASS).next(Ipv4.LAYOUT).orReturn(PASS);
        var tos = ip.get(Ipv4.TOS);
        // the number of bits set in the TOS byte, in instructions of our own: input in r1, result in r0
        var bits = asm(ScalarType.U32, a -> a
                .mov(R0, R1).and(R0, 0x55).rsh(R1, 1).and(R1, 0x55).add(R0, R1)       // 2-bit sums
                .mov(R1, R0).and(R0, 0x33).rsh(R1, 2).and(R1, 0x33).add(R0, R1)       // 4-bit sums
                .mov(R1, R0).and(R0, 0x0f).rsh(R1, 4).add(R0, R1), tos);             // 8-bit sum
        when(bits.gt(4)).ret(DROP);
        ret(PASS);
    }
}
// end::pop-count[]
