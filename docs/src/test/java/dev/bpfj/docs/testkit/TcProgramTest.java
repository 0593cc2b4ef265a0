package dev.bpfj.docs.testkit;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.core.TcAction;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.interpreter.SkbInput;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.MapName;
import dev.bpfj.testing.PacketBuilder;
import dev.bpfj.testing.ProgramName;
import org.junit.jupiter.api.Test;

/** A tc (sched_cls) program from C, run on an skb as BPF_PROG_TEST_RUN builds one. */
// tag::class[]
@BpfTest(file = "../fixtures/tc_rewrite.o")
class TcProgramTest {

    @Test
    void dropsUdp9999AndRewritesDns(@ProgramName("tc_rewrite") BpfProgram tc, @MapName("tc_stats") BpfMap stats,
                                    ObjectSpec object) {
        assertThat(object).verifies();
        assertThat(tc.run(PacketBuilder.ethernet().ipv4().udp().dstPort(9999).build())).drops(); // TC_ACT_SHOT

        SkbInput dns = SkbInput.of(PacketBuilder.ethernet().ipv4().udp().dstPort(53).build()).mark(7);
        RunResult r = tc.run(dns);                     // __sk_buff fields in, as test_run's ctx_in
        assertThat(r).returns(TcAction.OK).hasMark(53) // skb->mark as the program left it
                .outputPacket().hasValidChecksums();   // port 5353, checksum fixed by l4_csum_replace
        assertThat(stats).containsEntry(3, 1L);        // the 9999 drop was counted
    }
}
// end::class[]
