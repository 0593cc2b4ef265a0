package dev.bpfj.emitter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs bpftool for kernel-backed tests, and tells whether it can load programs here. */
final class Bpftool {
    private Bpftool() {}

    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }

        String all() {
            return out + err;
        }
    }

    static Result run(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("bpftool");
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "", "bpftool timed out: " + cmd);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "", "cannot run bpftool: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    private static String unavailable;
    private static boolean probed;

    /** Null when bpftool can load and run programs here, else why not. */
    static synchronized String unavailableReason() {
        if (probed) {
            return unavailable;
        }
        probed = true;
        Result v = run("version");
        if (!v.ok()) {
            return unavailable = "bpftool is not usable: " + v.all().strip();
        }
        if (!Files.isDirectory(Path.of("/sys/fs/bpf"))) {
            return unavailable = "/sys/fs/bpf (bpffs) is not mounted";
        }
        Path obj = Fixtures.scratch("probe").resolve("probe.o");
        Path pin = pinDir("probe");
        try {
            Files.write(obj, ElfWriter.write(SampleObjects.passAll()));
            Result load = run("prog", "loadall", obj.toString(), pin.toString());
            if (!load.ok()) {
                return unavailable = "bpftool cannot load programs here (needs root or CAP_BPF): " + load.all().strip();
            }
            return null;
        } catch (IOException e) {
            return unavailable = "cannot write a probe object: " + e.getMessage();
        } finally {
            removePins(pin);
        }
    }

    /** A fresh pin directory under /sys/fs/bpf for this test run. */
    static Path pinDir(String name) {
        Path p = Path.of("/sys/fs/bpf", "bpfj-emitter-test-" + ProcessHandle.current().pid() + "-" + name);
        removePins(p);
        return p;
    }

    static void removePins(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: the kernel frees what is no longer pinned or referenced
                }
            });
        } catch (IOException e) {
            // same
        }
    }

    private static final Pattern RETVAL = Pattern.compile("Return value: (\\d+)");

    record Run(int retval, byte[] dataOut) {}

    /** {@code bpftool prog run} on a packet; null with the reason in {@code why} when the kernel refuses. */
    static Run runProgram(Path pinned, byte[] packet, Path scratch, StringBuilder why) throws IOException {
        Path in = Files.createTempFile(scratch, "in", ".bin");
        Path out = Files.createTempFile(scratch, "out", ".bin");
        Files.write(in, packet);
        Result r = run("prog", "run", "pinned", pinned.toString(), "data_in", in.toString(), "data_out", out.toString(),
                "data_size_out", "4096", "repeat", "1");
        try {
            Matcher m = RETVAL.matcher(r.all());
            if (!r.ok() || !m.find()) {
                why.append(r.all().strip());
                return null;
            }
            return new Run(Integer.parseInt(m.group(1)), Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
