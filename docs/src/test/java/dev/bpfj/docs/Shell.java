package dev.bpfj.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the guide's shell commands for the kernel-backed tests, with a timeout and captured output. */
final class Shell {
    private Shell() {}

    /** What a command printed and how it ended. */
    record Result(String command, int exit, String out, String err) {
        Result ok() {
            if (exit != 0) {
                throw new AssertionError("`" + command + "` exited " + exit + "\nstdout: " + out + "\nstderr: " + err);
            }
            return this;
        }
    }

    /** Runs {@code script} with {@code bash -eo pipefail} in {@code dir}; gives up after a minute. */
    static Result bash(String script, Path dir) {
        ProcessBuilder pb = new ProcessBuilder("bash", "-eo", "pipefail", "-c", script).directory(dir.toFile());
        pb.environment().merge("PATH", "/usr/sbin:/sbin", (a, b) -> a + ":" + b);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = read(p.getInputStream());
            CompletableFuture<String> err = read(p.getErrorStream());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("`" + script + "` did not finish within a minute");
            }
            return new Result(script, p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> read(java.io.InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /** Whether {@code command} is on the PATH (including the sbin directories root has). */
    static boolean has(String command) {
        for (String dir : (System.getenv("PATH") + ":/usr/sbin:/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The first command of {@code commands} that is missing, or null. */
    static String missing(List<String> commands) {
        return commands.stream().filter(c -> !has(c)).findFirst().orElse(null);
    }
}
