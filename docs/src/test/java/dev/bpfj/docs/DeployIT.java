package dev.bpfj.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every command of deploying.md, run on the getting-started object and a veth pair: {@code ip link} in
 * each mode, xdp-loader, bpftool (load, pin, attach, dump, update, detach) and libbpf loaders built
 * against a skeleton that {@code bpftool gen skeleton} generated from bpfj's object.
 */
class DeployIT {
    private VethPair veth;
    private DocScript deploy;

    @BeforeEach
    void pair() {
        VethPair.assumeUsable("ip", "bpftool", "bash");
        veth = new VethPair();
        deploy = veth.names(new DocScript("deploy.sh"))
                .rename("/sys/fs/bpf/drop_udp", "/sys/fs/bpf/bpfj_docs_" + veth.id);
    }

    @AfterEach
    void cleanUp() {
        if (veth != null) {
            Shell.bash("bpftool net detach xdpgeneric dev " + veth.host + "; rm -rf /sys/fs/bpf/bpfj_docs_" + veth.id
                    + " /sys/fs/bpf/bpfj_docs_" + veth.id + "_maps", Path.of("."));
            veth.close();
        }
    }

    private Shell.Result run(String region) {
        return deploy.run(region, VethPair.PROJECT);
    }

    @Test
    void ipLinkAttachesInGenericAndNativeModeAndRefusesOffloadOnVeth() {
        assertThat(run("ip-generic").ok().out()).contains("xdpgeneric").contains("name drop_udp");
        run("ip-native").ok();
        Shell.Result offload = run("ip-offload");
        assertThat(offload.exit()).as("veth cannot offload XDP to hardware").isNotZero();
        assertThat(offload.err()).contains("libbpf");
        assertThat(veth.gettingStarted.run("show", VethPair.PROJECT).ok().out()).doesNotContain("prog/xdp");
    }

    @Test
    void xdpLoaderLoadsShowsAndUnloads() {
        Assumptions.assumeTrue(Shell.has("xdp-loader"), "needs xdp-loader (xdp-tools) on the PATH");
        String out = run("xdp-loader").ok().out();
        assertThat(out).containsPattern(veth.host + "\\s+drop_udp\\s+skb");
        assertThat(veth.gettingStarted.run("show", VethPair.PROJECT).ok().out()).doesNotContain("prog/xdp");
    }

    @Test
    void bpftoolLoadsPinsAttachesShowsJavaLinesAndWritesTheMap() {
        assertThat(run("bpftool-load").ok().out()).contains("xdp  name drop_udp").contains("map_ids");
        assertThat(run("bpftool-attach").ok().out()).containsPattern(veth.host + "\\(\\d+\\) generic id \\d+");
        assertThat(run("bpftool-xlated").ok().out())
                .contains("int drop_udp(struct xdp_md * ctx):")
                .contains("; var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);");
        veth.gettingStarted.run("send", VethPair.PROJECT).ok();
        String pins = "/sys/fs/bpf/bpfj_docs_" + veth.id + "_maps/drops";
        assertThat(VethPair.sumOfValues(Shell.bash("bpftool map dump pinned " + pins, Path.of(".")).ok().out()))
                .isEqualTo(5);
        String reset = run("bpftool-map").ok().out();
        assertThat(VethPair.sumOfValues(reset)).as("after the update to 0").isZero();
        run("bpftool-detach").ok();
        assertThat(Files.exists(Path.of("/sys/fs/bpf/bpfj_docs_" + veth.id))).isFalse();
    }

    @Test
    void libbpfSkeletonAndPlainLibbpfLoadBpfjsObject() throws Exception {
        Assumptions.assumeTrue(Shell.has("cc"), "needs a C compiler (cc) to build the libbpf loaders");
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/usr/include/bpf/libbpf.h")), "needs libbpf-dev");
        Path dir = Path.of("target/deploy-libbpf").toAbsolutePath();
        Files.createDirectories(dir.resolve("target/classes/bpf"));
        Files.copy(VethPair.OBJECT, dir.resolve("target/classes/bpf/drop_udp.bpf.o"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (String c : new String[] {"drop_udp_user.c", "open_object.c"}) {
            Files.copy(SnippetsTest.ROOT.resolve("docs/src/test/c").resolve(c), dir.resolve(c),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        deploy.run("libbpf-build", dir).ok();
        assertThat(dir.resolve("drop_udp.skel.h")).content().contains("struct drop_udp {");

        assertThat(interact(dir, "./drop_udp_user", veth.host)).isEqualTo("5 datagrams dropped");
        assertThat(interact(dir, "./open_object", "target/classes/bpf/drop_udp.bpf.o", veth.host))
                .isEqualTo("5 datagrams dropped");
        assertThat(veth.gettingStarted.run("show", VethPair.PROJECT).ok().out()).doesNotContain("prog/xdp");
    }

    @Test
    void ciliumEbpfLoadsBpfjsObject() throws Exception {
        Assumptions.assumeTrue(Shell.has("go"), "needs a Go toolchain (Debian: golang-go) to build the cilium/ebpf loader");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/share/gocode/src/github.com/cilium/ebpf")),
                "needs cilium/ebpf in the GOPATH (Debian: golang-github-cilium-ebpf-dev)");
        Path dir = Path.of("target/deploy-go").toAbsolutePath();
        Files.createDirectories(dir.resolve("target/classes/bpf"));
        Files.copy(VethPair.OBJECT, dir.resolve("target/classes/bpf/drop_udp.bpf.o"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(SnippetsTest.ROOT.resolve("docs/src/test/go/main.go"), dir.resolve("main.go"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        deploy.run("go-build", dir).ok();

        assertThat(interact(dir, "./drop_udp_go", "target/classes/bpf/drop_udp.bpf.o", veth.host))
                .isEqualTo("5 datagrams dropped");
        assertThat(veth.gettingStarted.run("show", VethPair.PROJECT).ok().out()).doesNotContain("prog/xdp");
    }

    /** Starts a loader, waits until it has attached, sends five datagrams to port 9999, presses Enter. */
    private String interact(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            String first = out.readLine();
            assertThat(first).as(String.join(" ", command)).contains("press Enter to detach");
            veth.gettingStarted.run("send", VethPair.PROJECT).ok();
            in.write("\n");
            in.flush();
            String last = out.readLine();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
            return last;
        } finally {
            p.destroyForcibly();
        }
    }
}
