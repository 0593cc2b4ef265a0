package dev.bpfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadOptions;
import dev.bpfj.emitter.btf.ObjectBtf;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.LoadedBtf;
import dev.bpfj.kernel.LoadedObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BTF the emitter builds for a loader ({@code ObjectBtf}) goes straight to {@code BPF_BTF_LOAD},
 * without libbpf's fix-ups: the kernel must take it for every fixture, and every program must then
 * load with its func_info and line_info. Skipped where bpf() is refused.
 */
class ObjectBtfKernelTest {

    @BeforeEach
    void needsTheKernel() {
        String reason = Kernel.unavailableReason();
        if (reason != null) {
            System.out.println("ObjectBtfKernelTest skipped: " + reason);
        }
        Assumptions.assumeTrue(reason == null, reason);
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(CliTest.FIXTURES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".o")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theKernelTakesTheBtfAndEveryProgramWithItsLineInfo(String fixture) {
        ReadOptions options = fixture.startsWith("legacy_elf_map") ? ReadOptions.withType(ProgramType.XDP)
                : ReadOptions.DEFAULT;
        ObjectSpec spec = ElfReader.read(CliTest.FIXTURES.resolve(fixture), options).object();
        try (LoadedBtf btf = Kernel.loadBtf(ObjectBtf.of(spec))) {
            assertThat(btf.fd()).isPositive();
        }
        // the XDP metadata kfuncs need a program bound to a device that supports it (a veth); the
        // kernel module's own tests make one, this test only needs the BTF above
        Assumptions.assumeFalse(fixture.startsWith("kfunc_metadata"),
                fixture + " loads only bound to a veth device; its BTF was checked above");
        try (LoadedObject loaded = LoadedObject.load(spec)) {
            assertThat(loaded.btfProblem()).as(fixture).isNull();
            for (ProgramSpec p : spec.programs()) {
                assertThat(loaded.result(p.name()).accepted()).as("%s %s: %s", fixture, p.name(),
                        loaded.result(p.name()).verdict()).isTrue();
            }
        }
    }
}
