package dev.bpfj.verifier.parity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A veth pair the parity tests bind device-bound programs to ({@code ; devbound}): the XDP metadata
 * kfuncs need one, and veth implements them.
 */
final class DevBound {
    private DevBound() {}

    /** Creates the pair and points {@link KernelLoader#devBoundIfindex} at it; null when it cannot. */
    static String create() {
        String name = "bpfjdb" + ProcessHandle.current().pid() % 100000;
        if (sh("ip", "link", "add", name, "type", "veth", "peer", "name", name + "p") != 0) {
            return null;
        }
        try {
            KernelLoader.devBoundIfindex = Integer.parseInt(
                    Files.readString(Path.of("/sys/class/net", name, "ifindex")).strip());
            return name;
        } catch (IOException | NumberFormatException e) {
            remove(name);
            return null;
        }
    }

    static void remove(String name) {
        KernelLoader.devBoundIfindex = 0;
        if (name != null) {
            sh("ip", "link", "del", name);
        }
    }

    private static int sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
