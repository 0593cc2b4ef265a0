package dev.bpfj.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command of cli.md, run with bin/bpfj in the getting-started project: the output, the exit code,
 * and what the page shows. Runs anywhere (no root): bpfj needs no kernel.
 */
class CliIT {
    static final DocScript CLI = new DocScript("cli.sh");
    static final String TIMINGS = "processed in \\d+ us|\"time_us\": \\d+|[\\d.]+ ns/run";

    @BeforeAll
    static void project() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(VethPair.OBJECT), "no " + VethPair.OBJECT
                + ": the getting-started build (maven-invoker-plugin) writes it");
        Path jar = SnippetsTest.ROOT.resolve("cli/target");
        Assumptions.assumeTrue(Files.isDirectory(jar), "the CLI jar is not built (cli/target)");
        for (String f : new String[] {"peek.s", "packets.txt"}) {
            Files.copy(SnippetsTest.ROOT.resolve("docs/src/test/resources/cli").resolve(f), VethPair.PROJECT.resolve(f),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Shell.Result bpfj(String region) {
        String path = "export PATH=" + SnippetsTest.ROOT.resolve("bin") + ":$PATH\n";
        return Shell.bash(path + CLI.region(region), VethPair.PROJECT);
    }

    private static void shows(String region, int exit) {
        Shell.Result r = bpfj(region);
        assertThat(r.exit()).as("exit code of %s; stderr: %s", region, r.err()).isEqualTo(exit);
        Expected.checkIgnoringNumbersIn("cli.txt", region, r.out() + r.err(), TIMINGS);
    }

    @Test
    void help() {
        shows("help", 0);
    }

    @Test
    void inspect() {
        shows("inspect", 0);
        shows("inspect-json", 0);
    }

    @Test
    void disasmAndAsmRoundTrip() {
        shows("disasm", 0);
        shows("round-trip", 0);
        assertThat(bpfj("round-trip").out()).isEqualTo("identical\n");
    }

    @Test
    void verify() {
        shows("verify", 0);
        shows("asm-peek", 0);
        shows("verify-rejected", 1);
        shows("verify-json", 1);
    }

    @Test
    void run() {
        shows("run", 0);
        shows("run-stdin", 0);
        shows("run-repeat", 0);
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        shows("bad-input", 2);
        assertThat(bpfj("bad-input").err().lines()).hasSize(1);
    }
}
