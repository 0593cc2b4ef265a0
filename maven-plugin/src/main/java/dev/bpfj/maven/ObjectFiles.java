package dev.bpfj.maven;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.ProgramType;
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
        try {
            return ElfReader.read(file, typeOverride == null ? ReadOptions.DEFAULT : ReadOptions.withType(typeOverride));
        } catch (BpfException e) {
            throw new MojoFailureException("bpfj: " + file + ": " + e.getMessage(), e);
        }
    }

    static ProgramType type(String name) throws MojoFailureException {
        if (name == null || name.isBlank()) {
            return null;
        }
        return ProgramType.parse(name).orElseThrow(() -> new MojoFailureException("bpfj: unknown program type '" + name
                + "' (e.g. xdp, sched_cls, socket_filter)"));
    }
}
