package dev.bpfj.core;

import java.util.Objects;

/**
 * One row of libbpf's {@code section_defs[]}: an ELF section name pattern and the program type,
 * expected attach type and load flags it implies.
 *
 * <p>Patterns follow libbpf: {@code "xdp"} matches exactly; {@code "kprobe+"} matches
 * {@code kprobe} or {@code kprobe/...}; {@code "xdp/devmap"} matches exactly.
 *
 * @param pattern the libbpf pattern
 * @param type the program type
 * @param attachType the expected attach type sent at load, or null for none (0)
 * @param progFlags {@code BPF_F_*} load flags ({@link #XDP_HAS_FRAGS} for {@code xdp.frags})
 */
public record SectionDef(String pattern, ProgramType type, AttachType attachType, int progFlags) {

    /** {@code BPF_F_XDP_HAS_FRAGS}. */
    public static final int XDP_HAS_FRAGS = 1 << 5;
    /** {@code BPF_F_SLEEPABLE}. */
    public static final int SLEEPABLE = 1 << 4;

    public SectionDef {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(type, "type");
    }

    /** Whether a section name matches this row exactly as libbpf's {@code sec_def_matches} decides. */
    public boolean matches(String section) {
        if (pattern.endsWith("+")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return section.equals(prefix) || section.startsWith(prefix + "/");
        }
        return section.equals(pattern);
    }

    /** The canonical section name a writer uses for this row ({@code kprobe+} gives {@code kprobe}). */
    public String canonicalName() {
        return pattern.endsWith("+") ? pattern.substring(0, pattern.length() - 1) : pattern;
    }
}
