package dev.bpfj.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.dsl.XdpProgram;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load commands the samples' Javadoc gives work on the objects the plugin wrote: attached to a veth
 * in a scratch network namespace with {@code ip link set dev X xdpgeneric obj O sec xdp} and with
 * {@code xdp-loader load -m skb X O}. Skipped where bpf(), ip or xdp-loader is missing.
 */
class LoadCommandsTest {
    private static final Path IP = Path.of("/usr/sbin/ip");
    private static final Path XDP_LOADER = Path.of("/usr/sbin/xdp-loader");

    record Result(int code, String output) {}

    static Result run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    @Test
    void ipLinkAndXdpLoaderAttachEverySample() throws Exception {
        Kernels.assumeAvailable();
        assumeTrue(Files.isExecutable(IP) && Files.isExecutable(XDP_LOADER), "ip or xdp-loader not installed");
        String ns = "bpfj-samples-" + ProcessHandle.current().pid();
        assumeTrue(run("ip", "netns", "add", ns).code() == 0, "cannot create a network namespace");
        try {
            assertThat(run("ip", "-n", ns, "link", "add", "v0", "type", "veth", "peer", "name", "v1").code()).isZero();
            Path dir = Files.createDirectories(Path.of("target", "load-commands"));
            for (Class<? extends XdpProgram> sample : Samples.ALL) {
                String name = Samples.name(sample);
                Path object = dir.resolve(name + ".bpf.o");
                Files.write(object, Samples.writtenBytes(name));
                Result ip = run("ip", "-n", ns, "link", "set", "dev", "v0", "xdpgeneric", "obj", object.toString(), "sec", "xdp");
                assertThat(ip.code()).as("ip link set ... obj %s sec xdp:%n%s", object, ip.output()).isZero();
                assertThat(run("ip", "-n", ns, "link", "set", "dev", "v0", "xdpgeneric", "off").code()).isZero();
                Result loader = run("ip", "netns", "exec", ns, "xdp-loader", "load", "-m", "skb", "v0", object.toString());
                assertThat(loader.code()).as("xdp-loader load %s:%n%s", object, loader.output()).isZero();
                Result status = run("ip", "netns", "exec", ns, "xdp-loader", "status", "v0");
                assertThat(status.output()).as("xdp-loader status").contains(name);
                assertThat(run("ip", "netns", "exec", ns, "xdp-loader", "unload", "v0", "--all").code()).isZero();
            }
        } finally {
            run("ip", "netns", "del", ns);
        }
    }
}
