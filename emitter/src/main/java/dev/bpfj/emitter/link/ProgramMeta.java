package dev.bpfj.emitter.link;

import dev.bpfj.core.AttachType;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.spec.TypeSource;
import java.util.Objects;

/** What makes a function an entry program: its type, expected attach type, load flags and how the type was decided. */
public record ProgramMeta(ProgramType type, AttachType attachType, int progFlags, TypeSource typeSource) {
    public ProgramMeta {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeSource, "typeSource");
    }

    public static ProgramMeta of(ProgramSpec p) {
        return new ProgramMeta(p.type(), p.attachType(), p.progFlags(), p.typeSource());
    }
}
