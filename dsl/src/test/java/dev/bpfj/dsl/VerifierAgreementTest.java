package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * bpfj's verifier, which bpfj-maven-plugin runs on every program, accepts what the DSL emits for its
 * newer constructs — functions taking views and structs, loop bodies with captures, cursors, raw
 * snippets, ring buffer discards — as the kernel does.
 */
class VerifierAgreementTest {
    static final List<Supplier<XdpProgram>> PROGRAMS = List.of(FunctionsTest.WithFunctions::new,
            FunctionsTest.ViewsAndStructs::new, FunctionsTest.SumBytes::new, CursorTest.PortLowByte::new,
            AsmEscapeTest.PopCount::new, OutputsAndRedirectsTest.Recorder::new, OutputsAndRedirectsTest.Perf::new,
            OutputsAndRedirectsTest.Spread::new, OutputsAndRedirectsTest.BitFields::new, DropPort::new);

    @Test
    void bpfjsVerifierAcceptsWhatTheKernelAccepts() {
        Verifier verifier = Verifier.create();
        StringBuilder table = new StringBuilder();
        for (Supplier<XdpProgram> s : PROGRAMS) {
            ObjectSpec spec = s.get().build();
            String name = spec.programs().get(0).name();
            Verdict v = verifier.verify(spec).get(0);
            int kernel = -1;
            try (LoadedObject o = KernelRunner.load(spec)) {
                kernel = o.result(name).verdict().processedInsns();
            }
            table.append(String.format("%-20s bpfj %s (%d processed), kernel accepted (%d processed)%n", name,
                    v.accepted() ? "accepted" : "rejected: " + v.render(), v.processedInsns(), kernel));
            assertThat(v.accepted()).as(table.toString()).isTrue();
        }
        System.out.print(table);
    }
}
