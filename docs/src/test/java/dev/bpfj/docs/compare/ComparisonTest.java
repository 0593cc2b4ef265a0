package dev.bpfj.docs.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.docs.Expected;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelVerdict;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The size table of compared-with-c.md: each sample's object as bpfj-maven-plugin wrote it (in the
 * samples jar) against its C twin built by clang-19 -O2 (samples/c/obj), in instructions and in what
 * the verifier walks.
 */
class ComparisonTest {
    static final List<String> SAMPLES = List.of("pass_all", "drop_udp_port", "proto_counters", "parser", "port_rewrite",
            "vlan_pop", "vlan_push", "echo_reply", "devmap_redirect", "router", "xsk_redirect", "lpm_blocklist",
            "rate_limiter", "tail_timestamp");

    static ObjectSpec written(String name) throws IOException {
        try (InputStream in = ComparisonTest.class.getResourceAsStream("/bpf/" + name + ".bpf.o")) {
            assertThat(in).as("bpf/%s.bpf.o from the samples jar", name).isNotNull();
            return ElfReader.read(in.readAllBytes()).object();
        }
    }

    static ObjectSpec clang(String name) {
        return ElfReader.read(Path.of("../samples/c/obj/" + name + ".bpf.o")).object();
    }

    static long processedByKernel(ObjectSpec object) {
        try (LoadedObject linux = LoadedObject.load(object)) {
            KernelVerdict v = linux.result(object.programs().get(0).name()).verdict();
            assertThat(v.accepted()).as(v.message()).isTrue();
            return v.processedInsns();
        }
    }

    static long processedByBpfj(ObjectSpec object) {
        Verdict v = Verifier.create().verify(object).get(0);
        assertThat(v.accepted()).as(v.render()).isTrue();
        return v.processedInsns();
    }

    @Test
    void bpfjAgainstClang() throws IOException {
        StringBuilder table = new StringBuilder("""
                | sample | bpfj insns | clang -O2 insns |
                |---|---:|---:|
                """);
        long bpfjTotal = 0;
        long clangTotal = 0;
        for (String name : SAMPLES) {
            int bi = written(name).programs().get(0).slotCount();
            int ci = clang(name).programs().get(0).slotCount();
            bpfjTotal += bi;
            clangTotal += ci;
            table.append("| `").append(name).append("` | ").append(bi).append(" | ").append(ci).append(" |\n");
        }
        table.append("| total | ").append(bpfjTotal).append(" | ").append(clangTotal).append(" |\n");
        Expected.check("compared.txt", "sizes", table.toString());
    }

    @Test
    void whatTheVerifiersWalk() throws IOException {
        Assumptions.assumeTrue(Kernel.isAvailable(), () -> "the kernel's counts need bpf(): " + Kernel.unavailableReason());
        StringBuilder table = new StringBuilder("""
                | sample | Linux, bpfj's object | Linux, clang's object | bpfj's verifier, bpfj's object | bpfj's verifier, clang's object |
                |---|---:|---:|---:|---:|
                """);
        for (String name : SAMPLES) {
            ObjectSpec b = written(name);
            ObjectSpec c = clang(name);
            table.append("| `").append(name).append("` | ").append(processedByKernel(b)).append(" | ")
                    .append(processedByKernel(c)).append(" | ").append(processedByBpfj(b)).append(" | ")
                    .append(processedByBpfj(c)).append(" |\n");
        }
        Expected.check("compared.txt", "processed", table.toString());
    }
}
