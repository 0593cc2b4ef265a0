package dev.bpfj.docs;

import dev.bpfj.kernel.Kernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The veth pair of getting-started.md under names of this JVM: the host end in the root namespace, the
 * peer in a namespace of its own; {@link #close()} deletes the namespace, which deletes both ends.
 */
final class VethPair implements AutoCloseable {
    /** The object the getting-started project (src/it) wrote, as the invoker left it. */
    static final Path PROJECT = SnippetsTest.ROOT.resolve("docs/target/it/getting-started");
    static final Path OBJECT = PROJECT.resolve("target/classes/bpf/drop_udp.bpf.o");

    final long id = ProcessHandle.current().pid();
    final String ns = "bpfj-docs-" + id;
    final String host = "bd" + id % 1_000_000 + "a";
    final String peer = "bd" + id % 1_000_000 + "b";
    final String prefix = "10." + (100 + id % 100) + "." + (id / 100 % 250) + ".";
    final DocScript gettingStarted = names(new DocScript("getting-started.sh"));

    /** Skips the test, saying why, where the kernel-backed steps cannot run. */
    static void assumeUsable(String... commands) {
        Assumptions.assumeTrue(Kernel.isAvailable(), () -> "needs the bpf() system call: " + Kernel.unavailableReason());
        String missing = Shell.missing(List.of(commands));
        Assumptions.assumeTrue(missing == null, () -> "needs " + missing + " on the PATH");
        Assumptions.assumeTrue(Files.isRegularFile(OBJECT), () -> "no " + OBJECT
                + ": the getting-started build (maven-invoker-plugin) writes it; run ./mvnw verify -pl docs -am");
    }

    VethPair() {
        Shell.Result setup = gettingStarted.run("setup", PROJECT);
        if (setup.exit() != 0) {
            close();
            setup.ok();
        }
    }

    /** Applies this pair's names to a script of the guide. */
    DocScript names(DocScript script) {
        return script.rename("xdp-demo", ns).rename("veth0", host).rename("veth1", peer).rename("203.0.113.", prefix);
    }

    /** The id of the XDP program attached to the host end, from {@code ip link show}. */
    int attachedProgram() {
        String link = gettingStarted.run("show", PROJECT).ok().out();
        Matcher m = Pattern.compile("prog/xdp id (\\d+)").matcher(link);
        if (!m.find()) {
            throw new AssertionError("no XDP program on " + host + ":\n" + link);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The first map of a loaded program, from {@code bpftool prog show id N}. */
    static int firstMap(int program) {
        String show = Shell.bash("bpftool prog show id " + program, Path.of(".")).ok().out();
        Matcher m = Pattern.compile("map_ids (\\d+)").matcher(show);
        if (!m.find()) {
            throw new AssertionError("program " + program + " uses no map:\n" + show);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The per-CPU values of a {@code bpftool map dump} (BTF-formatted), summed. */
    static long sumOfValues(String dump) {
        Matcher m = Pattern.compile("\"value\": (\\d+)").matcher(dump);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }

    @Override
    public void close() {
        gettingStarted.run("teardown", PROJECT);
    }
}
