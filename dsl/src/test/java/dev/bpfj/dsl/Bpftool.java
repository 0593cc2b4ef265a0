package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.kernel.Kernel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads DSL-built objects as a user would — written by the emitter, loaded by libbpf through bpftool
 * (with BTF, func_info and line_info) — and runs them with {@code bpftool prog run}. Tests using it
 * are skipped where bpf() or bpftool is not available.
 */
final class Bpftool implements AutoCloseable {
    private final Path dir;
    private final Path pins;

    private Bpftool(Path dir, Path pins) {
        this.dir = dir;
        this.pins = pins;
    }

    static Bpftool load(ObjectSpec spec) throws IOException {
        assumeTrue(Kernel.isAvailable(), () -> "kernel-backed test skipped: " + Kernel.unavailableReason());
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/bpftool")) || Files.isExecutable(Path.of("/usr/bin/bpftool")),
                "bpftool not installed");
        assumeTrue(Files.isDirectory(Path.of("/sys/fs/bpf")), "bpffs not mounted at /sys/fs/bpf");
        Path dir = Files.createDirectories(Path.of("target", "bpftool"));
        Path obj = dir.resolve(spec.programs().get(0).name() + ".bpf.o");
        ElfWriter.write(spec, obj);
        Path pins = Path.of("/sys/fs/bpf", "bpfj-dsl-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Bpftool b = new Bpftool(dir, pins);
        String out = b.run("bpftool", "prog", "loadall", obj.toString(), pins.toString(), "pinmaps", pins + "/maps");
        if (!Files.isDirectory(pins)) {
            throw new AssertionError("bpftool refused " + obj + ":\n" + out + "\n" + spec.programs().get(0));
        }
        return b;
    }

    /** Runs the program on a packet; returns {@code retval}. */
    int run(String program, byte[] packet) throws IOException {
        Path in = dir.resolve("packet.bin");
        Files.write(in, packet);
        String out = run("bpftool", "prog", "run", "pinned", pins.resolve(program).toString(), "data_in", in.toString());
        Matcher m = Pattern.compile("Return value: (\\d+)").matcher(out);
        if (!m.find()) {
            throw new AssertionError("bpftool prog run printed no return value:\n" + out);
        }
        return Integer.parseInt(m.group(1));
    }

    /** {@code bpftool map dump} of a pinned map as JSON. */
    String dumpMap(String map) throws IOException {
        return run("bpftool", "-j", "map", "dump", "pinned", pins.resolve("maps").resolve(map).toString());
    }

    private String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (Files.exists(pins)) {
            List<Path> all = new ArrayList<>();
            try (var s = Files.walk(pins)) {
                s.sorted(Comparator.reverseOrder()).forEach(all::add);
            }
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
