package dev.bpfj.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Loads objects as users do — with libbpf, through bpftool (BTF, func_info and line_info included) —
 * pinning programs and maps under {@code /sys/fs/bpf}, and runs them with {@code bpftool prog run}.
 * Tests using it are skipped where bpf() or bpftool is not available.
 */
final class Bpftool implements AutoCloseable {
    private final Path dir;
    private final Path pins;
    final String output;

    private Bpftool(Path dir, Path pins, String output) {
        this.dir = dir;
        this.pins = pins;
        this.output = output;
    }

    static void assumeAvailable() {
        assumeTrue(Kernel.isAvailable(), () -> "kernel-backed test skipped: " + Kernel.unavailableReason());
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/bpftool")) || Files.isExecutable(Path.of("/usr/bin/bpftool")),
                "bpftool not installed");
        assumeTrue(Files.isDirectory(Path.of("/sys/fs/bpf")), "bpffs not mounted at /sys/fs/bpf");
    }

    /** {@code bpftool prog loadall OBJECT PINDIR pinmaps PINDIR/maps}; fails with bpftool's output if it refuses. */
    static Bpftool loadAll(byte[] object, String name) throws IOException {
        assumeAvailable();
        Path dir = Files.createDirectories(Path.of("target", "bpftool"));
        Path obj = dir.resolve(name + ".bpf.o");
        Files.write(obj, object);
        Path pins = Path.of("/sys/fs/bpf", "bpfj-samples-" + ProcessHandle.current().pid() + "-" + name);
        String out = run("bpftool", "-d", "prog", "loadall", obj.toString(), pins.toString(), "pinmaps", pins + "/maps");
        Bpftool b = new Bpftool(dir, pins, out);
        if (!Files.isDirectory(pins)) {
            b.close();
            throw new AssertionError("libbpf (bpftool) refused " + obj + ":\n" + out);
        }
        return b;
    }

    /** The names of the pinned programs and maps. */
    List<String> pinned(String what) throws IOException {
        Path d = what.equals("maps") ? pins.resolve("maps") : pins;
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (var s = Files.list(d)) {
            return s.filter(p -> !p.getFileName().toString().equals("maps")).map(p -> p.getFileName().toString()).sorted().toList();
        }
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

    private static String run(String... cmd) throws IOException {
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
