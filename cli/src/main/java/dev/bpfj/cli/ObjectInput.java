package dev.bpfj.cli;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.AppliedCoreRelocation;
import dev.bpfj.emitter.CoreTarget;
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
 * program type (like bpftool's {@code type}), {@code --program} to keep one program, {@code --btf}
 * for the BTF CO-RE relocations are resolved against. A command
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

    @Option(names = "--btf", paramLabel = "FILE", description = "target BTF for CO-RE relocations, as libbpf's"
            + " btf_custom_path: a raw BTF file (like /sys/kernel/btf/vmlinux) or an ELF file with .BTF; 'kernel' for the"
            + " running kernel's (the default, except for disasm), 'none' to keep the compiler's values")
    String btf;

    /** What was opened. */
    public record Opened(Path path, ObjectSpec object, List<Diagnostic> diagnostics,
            List<AppliedCoreRelocation> coreRelocations) {}

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

    /** The CO-RE target {@code --btf} names, or {@code otherwise} when it is not given. */
    public CoreTarget coreTarget(CoreTarget otherwise) {
        if (btf == null) {
            return otherwise;
        }
        return switch (btf) {
            case "kernel" -> CoreTarget.KERNEL;
            case "none" -> CoreTarget.NONE;
            default -> {
                Path file = Path.of(btf);
                if (!Files.isRegularFile(file)) {
                    throw new CliException(btf + ": no such file (--btf takes a BTF file, 'kernel' or 'none')");
                }
                yield CoreTarget.file(file);
            }
        };
    }

    /** Reads the object, applies {@code --type}, {@code --program} and {@code --btf} (the running kernel's by default). */
    public Opened open() {
        return open(CoreTarget.KERNEL, false);
    }

    /** Reads the object with CO-RE relocations resolved against {@code --btf}, else {@code defaultTarget}. */
    public Opened open(CoreTarget defaultTarget) {
        return open(defaultTarget, false);
    }

    /**
     * Reads the object as {@link #open(CoreTarget)} does; {@code --program} picks the program to put
     * first. With {@code keepOthers}, the other programs stay (after it), as a loader loads them all:
     * tail calls and program arrays filled from {@code .values} need them.
     */
    public Opened open(CoreTarget defaultTarget, boolean keepOthers) {
        ProgramType forced = typeOverride();
        CoreTarget target = coreTarget(defaultTarget);
        if (!Files.exists(object)) {
            throw new CliException(object + ": no such file");
        }
        if (Files.isDirectory(object)) {
            throw new CliException(object + ": is a directory, not an object file");
        }
        ReadResult r;
        try {
            r = ElfReader.read(object, new ReadOptions(forced, target));
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
        return new Opened(object, spec, r.diagnostics(), r.coreRelocations());
    }
}
