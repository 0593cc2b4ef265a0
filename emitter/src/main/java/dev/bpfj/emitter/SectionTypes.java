package dev.bpfj.emitter;

import dev.bpfj.core.AttachType;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.SectionDef;
import dev.bpfj.core.SectionDefs;
import dev.bpfj.core.spec.TypeSource;
import dev.bpfj.emitter.link.ProgramMeta;
import java.util.Optional;

/**
 * A program's type from its section name: libbpf 1.x's exact rules first, then the prefix rule
 * older loaders and cilium/ebpf still apply ({@code xdp1}, {@code xdp_prog} → XDP), marked
 * {@link TypeSource#GUESSED}; and the type a user forces with {@code --type}.
 */
public final class SectionTypes {
    private SectionTypes() {}

    /** The type a section implies; UNSPEC with {@link TypeSource#UNKNOWN} when no rule matches. */
    public static ProgramMeta forSection(String section) {
        Optional<SectionDef> exact = SectionDefs.match(section);
        if (exact.isPresent()) {
            SectionDef d = exact.get();
            return new ProgramMeta(d.type(), d.attachType(), d.progFlags(), TypeSource.SECTION);
        }
        String s = section.startsWith("?") ? section.substring(1) : section;
        for (SectionDef d : SectionDefs.all()) {
            // cilium/ebpf (matchSectionName): a pattern without libbpf's "+" or "/" marker matches as a prefix
            String p = d.pattern();
            if (!p.endsWith("+") && !p.endsWith("/") && s.startsWith(p)) {
                return new ProgramMeta(d.type(), d.attachType(), d.progFlags(), TypeSource.GUESSED);
            }
        }
        return new ProgramMeta(ProgramType.UNSPEC, null, 0, TypeSource.UNKNOWN);
    }

    /** The program as {@code --type} forces it: the section's attach type is kept when the type agrees. */
    public static ProgramMeta override(ProgramMeta current, ProgramType type) {
        if (current.type() == type) {
            return new ProgramMeta(type, current.attachType(), current.progFlags(), TypeSource.OVERRIDDEN);
        }
        return new ProgramMeta(type, defaultAttachType(type), 0, TypeSource.OVERRIDDEN);
    }

    /** The attach type libbpf gives the plain section of a type ({@code xdp} → {@code BPF_XDP}), or null. */
    public static AttachType defaultAttachType(ProgramType type) {
        SectionDef fallback = null;
        for (SectionDef d : SectionDefs.all()) {
            if (d.type() != type || d.progFlags() != 0) {
                continue;
            }
            String c = d.canonicalName();
            if (!c.contains("/") && !c.contains(".")) {
                return d.attachType();
            }
            if (fallback == null) {
                fallback = d;
            }
        }
        return fallback == null ? null : fallback.attachType();
    }
}
