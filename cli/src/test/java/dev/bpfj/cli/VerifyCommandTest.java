package dev.bpfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "verify";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(all, new PrintStream(out, true), new PrintStream(err, true));
    }

    private static Path write(String name, String text) throws Exception {
        Path dir = Path.of("target", "verify-test");
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void acceptedProgramExitsZero() throws Exception {
        Path p = write("ok.s", "; section: xdp\nr0 = 2\nexit\n");
        assertThat(run(p.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("accepted");
    }

    @Test
    void rejectedProgramExitsOneAndNamesTheLine() throws Exception {
        Path p = write("bad.s", """
                ; section: xdp
                r2 = *(u32 *)(r1 + 0)
                r3 = *(u32 *)(r1 + 4)
                r4 = r2
                r4 += 12
                if r4 > r3 goto out
                r0 = *(u8 *)(r2 + 12)
                out:
                r0 = 2
                exit
                """);
        assertThat(run(p.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("bad.s:7: invalid access to packet, off=12 size=1, R2(id=0,off=12,r=12): R2 offset is outside of the packet")
                .contains("hint: check `data + 13 <= data_end`");
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Path p = write("json.s", "; section: xdp\nexit\n");
        assertThat(run(p.toString(), "--json")).isEqualTo(1);
        assertThat(out.toString()).contains("\"name\": \"json\"", "\"section\": \"xdp\"", "\"verdict\": \"reject\"",
                "\"message\": \"R0 !read_ok\"", "\"insn\": 0", "\"source\": \"json.s:2\"", "\"processed_insns\": 1",
                "\"time_us\": ");
    }

    @Test
    void unusableInputExitsTwo() throws Exception {
        assertThat(run("target/does-not-exist.o")).isEqualTo(2);
        Path p = write("garbage.s", "; section: xdp\nthis is not bpf\n");
        assertThat(run(p.toString())).isEqualTo(2);
        assertThat(run(write("ok2.s", "r0 = 0\nexit\n").toString(), "--profile", "nobody")).isEqualTo(2);
        assertThat(run(write("ok3.s", "r0 = 0\nexit\n").toString(), "--program", "other")).isEqualTo(2);
        assertThat(err.toString()).contains("bpfj: ").doesNotContain("Exception");
    }

    @Test
    void readsClangObjects() {
        Path fixture = Path.of("../fixtures/drop_udp_port.o");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(fixture), "fixtures/ not present");
        assertThat(run(fixture.toString(), "--json")).isEqualTo(0);
        assertThat(out.toString()).contains("\"verdict\": \"accept\"");
        out.reset();
        assertThat(run(fixture.toString(), "--type", "xdp", "--program", "xdp_drop_udp")).isEqualTo(0);
        assertThat(out.toString()).contains("xdp_drop_udp (xdp): accepted");
    }

    @Test
    void capBpfProfileIsStricter() throws Exception {
        Path p = write("leak.s", "; section: xdp\nr0 = r10\nexit\n");
        assertThat(run(p.toString())).isEqualTo(0);
        assertThat(run(p.toString(), "--profile", "cap-bpf")).isEqualTo(1);
        assertThat(out.toString()).contains("R0 leaks addr as return value");
    }
}
