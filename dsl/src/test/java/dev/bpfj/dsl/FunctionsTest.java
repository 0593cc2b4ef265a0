package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.dsl.headers.Ethernet;
import org.junit.jupiter.api.Test;

/** bpf-to-bpf functions and bpf_loop bodies: laid out as subprograms, accepted and run by the kernel. */
class FunctionsTest {

    /** Returns XDP_DROP when the EtherType's first byte plus 2 equals 10 (IPv4, ARP: 0x08 + 2), computed by functions. */
    static final class WithFunctions extends XdpProgram {
        final ArrayMap sums = array("sums", ScalarType.U64, 1);

        final Function addTwo = function("add_two", ScalarType.U32, args -> ret(args[0].add(args[1])),
                ScalarType.U32, ScalarType.U32);

        final Function etherLow = function("ether_low", ScalarType.U32, args -> {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);  // returns 2 from the function
            ret(eth.get(Ethernet.TYPE).raw().and(0xff));
        });

        @Override
        protected void body() {
            var low = etherLow.call();
            var sum = addTwo.call(low, Value.of(2));
            // bpf_loop adds 0 + 1 + ... + 9 into the map
            bpfLoop(10, i -> sums.lookup(0).ifPresent(v -> v.add(i)));
            when(sum.eq(10)).ret(DROP);
            ret(PASS);
        }
    }

    @Test
    void functionsAreSubprogramsInLoadedForm() {
        ProgramSpec p = new WithFunctions().build().programs().get(0);
        assertThat(p.functions()).extracting(FunctionInfo::name)
                .containsExactly("with_functions", "ether_low", "add_two", "with_functions_loop0");
        assertThat(p.instructions().stream().filter(i -> i.isLocalCall()).count()).isEqualTo(2);
        assertThat(p.instructions().stream().filter(i -> i.opcode() == 0x18 && i.src() == 4).count()).isEqualTo(1);
    }

    @Test
    void functionsAndLoopsRunInTheKernel() {
        // subprograms need BTF func_info, which the kernel loader passes as libbpf does
        try (var o = KernelRunner.load(new WithFunctions().build())) {
            var p = o.program("with_functions");
            byte[] ipv4 = Packets.eth(0x0800, new byte[20]);
            byte[] ipv6 = Packets.eth(0x86dd, new byte[40]); // first byte 0x86
            assertThat(p.run(ipv4).retval()).isEqualTo(1);
            assertThat(p.run(ipv6).retval()).isEqualTo(2);
            byte[] sum = o.map("sums").lookup(new byte[4]).orElseThrow();
            assertThat(sum[0]).isEqualTo((byte) 90); // 0 + 1 + ... + 9 = 45 per run, two runs
        }
    }
}
