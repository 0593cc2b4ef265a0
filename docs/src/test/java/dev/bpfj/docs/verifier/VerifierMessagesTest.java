package dev.bpfj.docs.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.docs.Expected;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.verifier.Profile;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mistake of verifier-messages.md: bpfj renders the rejection as the page shows it, accepts the
 * fixed program, and — where bpf() is permitted — Linux gives the same verdict with the same message.
 */
class VerifierMessagesTest {

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("packet", (Function<Boolean, ObjectSpec>) Mistakes::packetCheckTooShort),
                Arguments.of("context", (Function<Boolean, ObjectSpec>) Mistakes::contextWide),
                Arguments.of("r0", (Function<Boolean, ObjectSpec>) Mistakes::returnValueUnset),
                Arguments.of("clobbered", (Function<Boolean, ObjectSpec>) Mistakes::argumentAfterCall),
                Arguments.of("null", (Function<Boolean, ObjectSpec>) Mistakes::lookupWithoutNullCheck),
                Arguments.of("unbounded", (Function<Boolean, ObjectSpec>) Mistakes::variableOffsetUnbounded),
                Arguments.of("stale", (Function<Boolean, ObjectSpec>) Mistakes::stalePacketPointer),
                Arguments.of("redirect", (Function<Boolean, ObjectSpec>) Mistakes::redirectIntoArray),
                Arguments.of("gpl", (Function<Boolean, ObjectSpec>) Mistakes::gplHelper),
                Arguments.of("unreachable", (Function<Boolean, ObjectSpec>) Mistakes::deadCode),
                Arguments.of("leak", (Function<Boolean, ObjectSpec>) Mistakes::ringbufLeak));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void bpfjRejectsTheMistakeAcceptsTheFixAndLinuxAgrees(String name, Function<Boolean, ObjectSpec> program) {
        ObjectSpec bad = program.apply(false);
        ObjectSpec fixed = program.apply(true);
        Verdict rejected = Verifier.create().verify(bad).get(0);
        Verdict accepted = Verifier.create().verify(fixed).get(0);
        assertThat(rejected.rejected()).as("%s is rejected", name).isTrue();
        assertThat(accepted.accepted()).as("%s fixed is accepted:%n%s", name, accepted.render()).isTrue();
        Expected.check("verifier.txt", name, rejected.render());
        if (Kernel.isAvailable()) {
            try (LoadedObject linux = LoadedObject.load(bad)) {
                var verdict = linux.result(rejected.program()).verdict();
                assertThat(verdict.accepted()).as("Linux loads %s", name).isFalse();
                assertThat(verdict.message()).as("Linux's message for %s", name).isEqualTo(rejected.message());
            }
            try (LoadedObject linux = LoadedObject.load(fixed)) {
                assertThat(linux.result(accepted.program()).verdict().accepted()).as("Linux loads %s fixed", name).isTrue();
            }
        } else {
            System.out.println("verifier-messages: Linux not asked (" + Kernel.unavailableReason() + ")");
        }
    }

    @org.junit.jupiter.api.Test
    void theVerifierApi() {
        ObjectSpec object = Mistakes.packetCheckTooShort(false);
        // tag::api[]
        Verifier verifier = Verifier.create(Profile.ROOT);          // or Profile.CAP_BPF
        for (Verdict verdict : verifier.verify(object)) {
            if (verdict.rejected()) {
                System.out.println(verdict.render());               // what the page shows
                // verdict.message(), insn(), source(), registers(), path(), hint() give the parts
            }
        }
        // end::api[]
        Verdict v = verifier.verify(object).get(0);
        assertThat(v.insn()).isEqualTo(5);
        assertThat(v.source().fileName()).isEqualTo("Mistakes.java");
        assertThat(v.message()).isEqualTo("R2 offset is outside of the packet");
        assertThat(v.details()).first().asString().startsWith("invalid access to packet, off=12 size=2");
        assertThat(v.hint()).contains("data + 14 <= data_end");
        assertThat(v.processedInsns()).isPositive();
    }

    @org.junit.jupiter.api.Test
    void uninitialisedStackIsFineForRootAndRejectedWithoutCapPerfmon() {
        ObjectSpec bad = Mistakes.uninitializedStack(false);
        assertThat(Verifier.create(Profile.ROOT).verify(bad).get(0).accepted()).isTrue();
        Verdict capBpf = Verifier.create(Profile.CAP_BPF).verify(bad).get(0);
        assertThat(capBpf.rejected()).isTrue();
        Expected.check("verifier.txt", "stack-cap-bpf", capBpf.render());
        assertThat(Verifier.create(Profile.CAP_BPF).verify(Mistakes.uninitializedStack(true)).get(0).accepted()).isTrue();
        if (Kernel.isAvailable()) {
            try (LoadedObject linux = LoadedObject.load(bad)) {
                assertThat(linux.result("scratch").verdict().accepted()).as("root loads it").isTrue();
            }
        }
    }
}
