package dev.bpfj.benchmarks.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The samples' C twins ({@code samples/c/<name>.c}) and clang-19, which compiles them as the README says. */
final class ClangTwins {
    static final String CLANG = "clang-19";

    private ClangTwins() {}

    /** {@code samples/c} of the repository (run from its root), or the directory named by {@code -Dbpfj.samples.c}. */
    static Path sources() {
        Path dir = Path.of(System.getProperty("bpfj.samples.c", "samples/c"));
        if (!Files.isRegularFile(dir.resolve("common.h"))) {
            throw new IllegalStateException("no C twins in " + dir.toAbsolutePath()
                    + "; run from the repository root or pass -Dbpfj.samples.c=DIR");
        }
        return dir;
    }

    static boolean clangPresent() {
        try {
            Process p = new ProcessBuilder(CLANG, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command building one twin: {@code clang-19 -O2 -g -target bpf ...}, as {@code samples/c/build.sh} runs it. */
    static List<String> command(Path source, Path object) {
        return List.of(CLANG, "-O2", "-g", "-target", "bpf", "-I/usr/include/x86_64-linux-gnu",
                "-fdebug-prefix-map=" + source.toAbsolutePath().getParent() + "=.", "-c", source.toString(), "-o",
                object.toString());
    }

    /** Compiles {@code <name>.c} from {@code sources} into {@code out/<name>.bpf.o}. */
    static Path compile(Path sources, String name, Path out) throws IOException, InterruptedException {
        Path object = out.resolve(name + ".bpf.o");
        Process p = new ProcessBuilder(command(sources.resolve(name + ".c"), object)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(CLANG + " failed on " + name + ".c:\n" + output);
        }
        return object;
    }
}
