package dev.bpfj.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.kernel.LoadedObject;
import org.junit.jupiter.api.Test;

/**
 * The kernel verifier walks no more of bpfj's samples than of clang -O2's twins: its
 * {@code processed N insns} for the object bpfj-maven-plugin wrote is at most that of the committed
 * clang-19 object. Skipped where bpf() is not permitted.
 */
class ProcessedInstructionsTest {
    @Test
    void theKernelProcessesNoMoreOfBpfjsSamplesThanOfClangs() {
        Kernels.assumeAvailable();
        StringBuilder table = new StringBuilder(String.format("%-16s %6s %6s %10s %10s%n", "sample", "bpfj", "clang",
                "bpfj proc", "clang proc"));
        int worse = 0;
        for (Class<? extends XdpProgram> sample : Samples.ALL) {
            String name = Samples.name(sample);
            ObjectSpec ours = Samples.written(name);
            ObjectSpec theirs = Samples.clang(name);
            int p = processed(ours, name);
            int q = processed(theirs, name);
            table.append(String.format("%-16s %6d %6d %10d %10d%n", name, ours.programs().get(0).slotCount(),
                    theirs.program(name).orElseThrow().slotCount(), p, q));
            worse += p > q ? 1 : 0;
        }
        System.out.print(table);
        assertThat(worse).as("samples the kernel walks further than clang's:\n" + table).isZero();
    }

    private static int processed(ObjectSpec spec, String program) {
        try (LoadedObject o = Kernels.load(spec)) {
            return o.result(program).verdict().processedInsns();
        }
    }
}
