package dev.bpfj.emitter;

import dev.bpfj.core.ProgramType;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link ElfReader} reads an object.
 *
 * @param typeOverride when non-null, every program gets this type whatever its section says (like
 *     bpftool's {@code type} argument and {@code bpfj ... --type}); its type source becomes
 *     {@code OVERRIDDEN}
 * @param coreTarget the BTF CO-RE relocations are resolved against ({@link CoreTarget#KERNEL} by
 *     default, as libbpf)
 */
public record ReadOptions(ProgramType typeOverride, CoreTarget coreTarget) {
    public static final ReadOptions DEFAULT = new ReadOptions(null, CoreTarget.KERNEL);

    public ReadOptions {
        Objects.requireNonNull(coreTarget, "coreTarget");
    }

    public ReadOptions(ProgramType typeOverride) {
        this(typeOverride, CoreTarget.KERNEL);
    }

    /** Forces every program's type. */
    public static ReadOptions withType(ProgramType type) {
        return new ReadOptions(type);
    }

    /** These options, with CO-RE relocations resolved against {@code target}. */
    public ReadOptions withCoreTarget(CoreTarget target) {
        return new ReadOptions(typeOverride, target);
    }

    /** These options, with CO-RE relocations resolved against a BTF file (libbpf's {@code btf_custom_path}). */
    public ReadOptions withTargetBtf(Path file) {
        return withCoreTarget(CoreTarget.file(file));
    }
}
