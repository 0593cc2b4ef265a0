package dev.bpfj.emitter;

import dev.bpfj.core.ProgramType;

/**
 * How {@link ElfReader} reads an object.
 *
 * @param typeOverride when non-null, every program gets this type whatever its section says (like
 *     bpftool's {@code type} argument and {@code bpfj ... --type}); its type source becomes
 *     {@code OVERRIDDEN}
 */
public record ReadOptions(ProgramType typeOverride) {
    public static final ReadOptions DEFAULT = new ReadOptions(null);

    /** Forces every program's type. */
    public static ReadOptions withType(ProgramType type) {
        return new ReadOptions(type);
    }
}
