package dev.bpfj.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.dsl.Programs;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.emitter.ElfWriter;
import org.junit.jupiter.api.Test;

/** What bpfj-maven-plugin wrote: one object per sample, reproducible, and no larger than clang -O2's. */
class WrittenObjectsTest {

    @Test
    void thePluginWroteWhatTheDslBuilds() {
        for (Class<? extends XdpProgram> sample : Samples.ALL) {
            String name = Samples.name(sample);
            byte[] written = Samples.writtenBytes(name);
            assertThat(ElfWriter.write(Programs.compile(sample))).as(name + ".bpf.o, byte for byte").isEqualTo(written);
            ObjectSpec spec = Samples.written(name);
            assertThat(spec.programs()).extracting(ProgramSpec::name).containsExactly(name);
            assertThat(spec.programs().get(0).instructions()).allSatisfy(i ->
                    assertThat(i.source().fileName()).endsWith(sample.getSimpleName() + ".java"));
        }
    }

    @Test
    void everySampleIsAtMostAsLargeAsClangsTwin() {
        StringBuilder table = new StringBuilder(String.format("%-16s %6s %6s%n", "sample", "bpfj", "clang"));
        int larger = 0;
        for (Class<? extends XdpProgram> sample : Samples.ALL) {
            String name = Samples.name(sample);
            int ours = Samples.written(name).programs().get(0).slotCount();
            int theirs = Samples.clang(name).program(name).orElseThrow().slotCount();
            table.append(String.format("%-16s %6d %6d%n", name, ours, theirs));
            larger += ours > theirs ? 1 : 0;
        }
        assertThat(larger).as("samples larger than clang -O2's twin:\n" + table).isZero();
    }
}
