package dev.bpfj.emitter;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The BTF an object's CO-RE relocations are resolved against, chosen as libbpf chooses it: the
 * running kernel's ({@code /sys/kernel/btf/vmlinux}, when readable), a file the user names
 * (libbpf's {@code btf_custom_path}, bpfj's {@code --btf FILE}), or none — then instructions keep
 * the values the compiler computed from the object's own types, with a warning.
 */
public sealed interface CoreTarget {
    /** The running kernel's BTF, or none where it cannot be read. */
    CoreTarget KERNEL = new Kernel();
    /** No target: relocations are not applied. */
    CoreTarget NONE = new None();

    static CoreTarget file(Path path) {
        return new File(path);
    }

    record Kernel() implements CoreTarget {}

    record None() implements CoreTarget {}

    /** A raw BTF blob or an ELF file with {@code .BTF}. */
    record File(Path path) implements CoreTarget {
        public File {
            Objects.requireNonNull(path, "path");
        }
    }
}
