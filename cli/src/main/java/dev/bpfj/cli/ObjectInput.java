package dev.bpfj.cli;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.Diagnostic;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadOptions;
import dev.bpfj.emitter.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The object a command works on, as a picocli mixin: the object file, {@code --type} to force the
 * program type (like bpftool's {@code type}), {@code --program} to keep one program. A command
 * declares {@code @Mixin ObjectInput input;} and calls {@link #open()}; every problem becomes a
 * {@link CliException} or {@code BpfException}, which {@link Main} prints as one line.
 */
public final class ObjectInput {
    @Parameters(index = "0", paramLabel = "OBJECT", description = "BPF ELF object file (clang's, bpfj's, or an older one)")
    Path object;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "force the program type whatever the section says: xdp, sched_cls (tc), socket_filter, ...")
    String type;

    @Option(names = "--program", paramLabel = "NAME", description = "only this program of the object")
    String program;

    /** What was opened. */
    public record Opened(Path path, ObjectSpec object, List<Diagnostic> diagnostics) {}

    public Path path() {
        return object;
    }

    /** The forced program type, or null. */
    public ProgramType typeOverride() {
        if (type == null) {
            return null;
        }
        return ProgramType.parse(type).filter(t -> t != ProgramType.UNSPEC).orElseThrow(() -> new CliException(
                "unknown program type '" + type + "'; known: " + Arrays.stream(ProgramType.values())
                        .filter(t -> t != ProgramType.UNSPEC).map(ProgramType::displayName).collect(Collectors.joining(", "))));
    }

    /** Reads the object, applies {@code --type} and {@code --program}. */
    public Opened open() {
        return open(false);
    }

    /**
     * Reads the object and applies {@code --type}; {@code --program} picks the program to put first.
     * With {@code keepOthers}, the other programs stay (after it), as a loader loads them all: tail
     * calls and program arrays filled from {@code .values} need them.
     */
    public Opened open(boolean keepOthers) {
        ProgramType forced = typeOverride();
        if (!Files.exists(object)) {
            throw new CliException(object + ": no such file");
        }
        if (Files.isDirectory(object)) {
            throw new CliException(object + ": is a directory, not an object file");
        }
        ReadResult r;
        try {
            r = ElfReader.read(object, forced == null ? ReadOptions.DEFAULT : ReadOptions.withType(forced));
        } catch (BpfException e) {
            String m = e.getMessage();
            throw new CliException(m.startsWith(object.toString()) ? m : object + ": " + m);
        }
        ObjectSpec spec = r.object();
        if (program != null) {
            List<ProgramSpec> keep = spec.programs().stream().filter(p -> p.name().equals(program)).toList();
            if (keep.isEmpty()) {
                throw new CliException(object + ": no program named '" + program + "' (programs: "
                        + (spec.programs().isEmpty() ? "none" : spec.programs().stream().map(ProgramSpec::name)
                        .collect(Collectors.joining(", "))) + ")");
            }
            if (keepOthers) {
                keep = new java.util.ArrayList<>(keep);
                for (ProgramSpec p : spec.programs()) {
                    if (!p.name().equals(program)) {
                        keep.add(p);
                    }
                }
            }
            spec = spec.withPrograms(keep);
        }
        return new Opened(object, spec, r.diagnostics());
    }
}
