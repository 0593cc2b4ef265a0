package dev.bpfj.maven;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.ProgramType;
import dev.bpfj.emitter.CoreTarget;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadOptions;
import dev.bpfj.emitter.ReadResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;

/** Finds and reads the {@code .o} files a goal is configured with (files, or directories searched for {@code *.o}). */
final class ObjectFiles {
    private ObjectFiles() {}

    static List<Path> expand(List<File> configured) throws IOException {
        List<Path> out = new ArrayList<>();
        for (File f : configured) {
            Path p = f.toPath();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(x -> Files.isRegularFile(x) && x.getFileName().toString().endsWith(".o"))
                            .sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    static ReadResult read(Path file, ProgramType typeOverride) throws MojoFailureException {
        return read(file, typeOverride, CoreTarget.KERNEL);
    }

    static ReadResult read(Path file, ProgramType typeOverride, CoreTarget coreTarget) throws MojoFailureException {
        try {
            return ElfReader.read(file, new ReadOptions(typeOverride, coreTarget));
        } catch (BpfException e) {
            throw new MojoFailureException("bpfj: " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code kernel} (the running kernel's BTF), {@code none}, or a BTF file, as {@code bpfj --btf} takes them. */
    static CoreTarget coreTarget(String btf, Path basedir) throws MojoFailureException {
        if (btf == null || btf.isBlank() || btf.equals("kernel")) {
            return CoreTarget.KERNEL;
        }
        if (btf.equals("none")) {
            return CoreTarget.NONE;
        }
        Path file = basedir.resolve(btf);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new MojoFailureException("bpfj: btf: " + file + " is not a file (give a BTF file, 'kernel' or 'none')");
        }
        return CoreTarget.file(file);
    }

    static ProgramType type(String name) throws MojoFailureException {
        if (name == null || name.isBlank()) {
            return null;
        }
        return ProgramType.parse(name).orElseThrow(() -> new MojoFailureException("bpfj: unknown program type '" + name
                + "' (e.g. xdp, sched_cls, socket_filter)"));
    }
}
