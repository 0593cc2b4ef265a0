package dev.bpfj.emitter;

import dev.bpfj.core.ProgramType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The clang-built objects in the repository's {@code fixtures/} directory. */
public final class Fixtures {
    private Fixtures() {}

    public static final Path DIR = Path.of(System.getProperty("user.dir")).resolve("../fixtures").normalize();

    public static Path path(String name) {
        return DIR.resolve(name.endsWith(".o") ? name : name + ".o");
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fixture object, by file name. */
    public static List<String> all() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".o")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture read with {@link #options}. */
    public static ReadResult read(String name) {
        return ElfReader.read(bytes(name), options(name));
    }

    /**
     * How a fixture is read in tests: the ones without a recognisable section get their type forced;
     * CO-RE fixtures keep the compiler's instructions (as llvm-objdump shows them), whatever kernel runs
     * the tests — their relocation is tested against explicit targets.
     */
    public static ReadOptions options(String name) {
        if (name.contains("core_")) {
            return ReadOptions.DEFAULT.withCoreTarget(CoreTarget.NONE);
        }
        return name.startsWith("legacy_elf_map") ? ReadOptions.withType(ProgramType.XDP) : ReadOptions.DEFAULT;
    }

    /** A scratch directory under target/. */
    public static Path scratch(String name) {
        Path p = Path.of(System.getProperty("user.dir"), "target", "scratch", name);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
