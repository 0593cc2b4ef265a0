package dev.bpfj.core.spec;

/** How a map was declared in an ELF object. */
public enum MapDefinitionKind {
    /** A BTF-defined map in {@code .maps} (libbpf 1.x). */
    BTF,
    /** A {@code struct bpf_map_def} record in the legacy {@code maps} section. */
    LEGACY,
    /** A global data section ({@code .data}, {@code .rodata}, {@code .bss}) turned into a one-entry array. */
    DATA_SECTION
}
