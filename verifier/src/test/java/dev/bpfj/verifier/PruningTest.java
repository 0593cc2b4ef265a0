package dev.bpfj.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.verifier.parity.KernelLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * State pruning as Linux 6.18 prunes, on shapes found in real-world XDP code: the number of
 * instructions processed is the kernel's (recorded on 6.18, and compared live where bpf(2) works),
 * so programs near the one-million limit get Linux's verdict.
 */
class PruningTest {

    /** Verifies with bpfj and, where possible, checks the recorded kernel count against the running kernel. */
    private static Verdict verify(ObjectSpec obj, ProgramSpec p, long linuxProcessed) {
        if (KernelLoader.available()) {
            KernelLoader.Result k = KernelLoader.load(obj, p);
            assertThat(k.accepted()).as(k.lastLine()).isTrue();
            assertThat(k.processedInsns()).as("the recorded count is the running kernel's").isEqualTo(linuxProcessed);
        }
        return Verifier.create().verify(obj, p);
    }

    @Test
    void deadCallerSlotsAndImpreciseSumsLetLoopExitsBePruned() {
        // ../fixtures/src/dns_name_loop.c: without stack liveness and with every 32-bit add taken as
        // precise, bpfj hit the one-million-instruction limit here where Linux accepts
        ObjectSpec obj = ElfReader.read(Path.of("..", "fixtures", "dns_name_loop.o")).object();
        Verdict v = verify(obj, obj.programs().get(0), 18533);
        assertThat(v.accepted()).as(v.render()).isTrue();
        assertThat(v.processedInsns()).isEqualTo(18533);
    }

    @Test
    void helperArgumentsLinuxDoesNotMarkPreciseMayDiffer() {
        // the delta of bpf_xdp_adjust_head is ARG_ANYTHING: the two paths meet and are pruned
        ObjectSpec obj = AsmObject.parse("""
                ; section: xdp
                r6 = r1
                r2 = *(u32 *)(r6 + 0)
                r3 = *(u32 *)(r6 + 4)
                r1 = r2
                r1 += 1
                if r1 > r3 goto drop
                r4 = *(u8 *)(r2 + 0)
                r7 = 0
                if r4 > 100 goto adjust
                r7 = -8
                adjust:
                r1 = r6
                r2 = r7
                call bpf_xdp_adjust_head
                r0 = 2
                exit
                drop:
                r0 = 1
                exit
                """, "Adjust.s", "adjust");
        Verdict v = verify(obj, obj.programs().get(0), 18);
        assertThat(v.accepted()).as(v.render()).isTrue();
        assertThat(v.processedInsns()).isEqualTo(18);
    }

    @Test
    void aNarrowSpillAtASlotBoundaryTakesTheSlotsPrecision() {
        // Linux records a 4-byte scalar spill at a slot boundary as a spill: a later precise fill makes
        // the stored register precise, not the slot before the store, so the two paths that left
        // different values in fp-8 meet at "join" and are pruned (xdp-filter's key slot, xdpfilt_*.o)
        ObjectSpec obj = AsmObject.parse("""
                ; section: xdp
                r6 = r1
                r2 = *(u32 *)(r6 + 0)
                r3 = *(u32 *)(r6 + 4)
                r1 = r2
                r1 += 1
                if r1 > r3 goto out
                r4 = *(u8 *)(r2 + 0)
                *(u32 *)(r10 - 8) = r4
                if r4 > 100 goto join
                r5 = 7
                *(u32 *)(r10 - 8) = r5
                r5 = 9
                r5 += 1
                r5 += 1
                r5 += 1
                join:
                r7 = 3
                *(u32 *)(r10 - 8) = r7
                r8 = *(u32 *)(r10 - 8)
                if r8 == 3 goto ok
                r0 = 1
                exit
                ok:
                r0 = 2
                exit
                out:
                r0 = 1
                exit
                """, "NarrowSpill.s", "narrow_spill");
        Verdict v = verify(obj, obj.programs().get(0), 24);
        assertThat(v.accepted()).as(v.render()).isTrue();
        assertThat(v.processedInsns()).isEqualTo(24);
    }
}
