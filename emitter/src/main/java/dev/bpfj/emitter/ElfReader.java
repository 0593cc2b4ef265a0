package dev.bpfj.emitter;

import dev.bpfj.core.BpfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a BPF ELF object — clang's, bpfj's, or an older one — into an {@code ObjectSpec}.
 *
 * <p>What it reads: programs from function symbols (one per executable section where there are
 * none), subprograms in {@code .text} linked into each program that calls them as libbpf links
 * them, BTF-defined maps in {@code .maps}, legacy {@code struct bpf_map_def} maps in {@code maps},
 * global data sections as one-entry arrays, map and data relocations, BTF function prototypes,
 * and line info from {@code .BTF.ext} as each instruction's source location. Big-endian objects
 * are read too. Program types come from section names by libbpf's rules, then by the prefix rule
 * of older loaders (reported as guessed), or from {@link ReadOptions#typeOverride()}. CO-RE
 * relocations are applied as libbpf applies them, against {@link ReadOptions#coreTarget()} (the
 * running kernel's BTF by default; none where it cannot be read, with a warning), so programs come
 * out as libbpf would load them.
 *
 * <p>A malformed object as a whole (truncated, not BPF, offsets out of range, overlapping sections)
 * raises an {@link ElfFormatException}; a part that cannot be read — one program, one map — becomes
 * a {@link Diagnostic} and the rest is still read. Nothing else escapes, and no allocation exceeds
 * what the input's size bounds.
 */
public final class ElfReader {
    private ElfReader() {}

    /** The largest object read: far beyond any real BPF object, and a bound on memory use. */
    public static final long MAX_FILE_SIZE = 1L << 30;

    public static ReadResult read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    public static ReadResult read(Path file, ReadOptions options) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_SIZE) {
                throw new ElfFormatException(file.toString(), "is " + size + " bytes, larger than any BPF object ("
                        + MAX_FILE_SIZE + " bytes at most)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BpfException(file + ": no such file");
        } catch (IOException e) {
            throw new BpfException(file + ": cannot read: " + e.getMessage());
        }
        return read(bytes, options);
    }

    public static ReadResult read(byte[] bytes) {
        return read(bytes, ReadOptions.DEFAULT);
    }

    /**
     * Reads an object from its bytes.
     *
     * @throws ElfFormatException when the object as a whole cannot be read
     */
    public static ReadResult read(byte[] bytes, ReadOptions options) {
        try {
            return new ObjectReader(bytes, options).read();
        } catch (BpfException e) {
            throw e;
        } catch (RuntimeException e) {
            // a reader bug must still reach the user as one typed line; tests look for this marker
            throw new ElfFormatException("", "internal error while reading the object: " + e, e);
        }
    }
}
