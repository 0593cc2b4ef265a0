package dev.bpfj.core.spec;

/** How a program's type was decided. */
public enum TypeSource {
    /** Declared by the producer (the DSL, the assembler). */
    DECLARED,
    /** From the ELF section name by libbpf's exact rules. */
    SECTION,
    /** Guessed from a section-name prefix (cilium/ebpf's rule); libbpf 1.x would not recognise it. */
    GUESSED,
    /** Forced by the user ({@code --type}). */
    OVERRIDDEN,
    /** Nothing matched; the type is {@code UNSPEC} until the user forces one. */
    UNKNOWN
}
