/**
 * ELF objects with BTF: {@link dev.bpfj.emitter.ElfWriter} turns an {@code ObjectSpec} into the
 * bytes clang would produce, {@link dev.bpfj.emitter.ElfReader} reads clang's objects, ours and
 * older ones back into an {@code ObjectSpec} with diagnostics. Sub-packages: {@code btf} (BTF and
 * BTF.ext), {@code elf} (the container format), {@code link} (sections and functions ↔ loaded
 * programs), {@code text} (the object text format of {@code bpfj disasm}/{@code bpfj asm}).
 */
package dev.bpfj.emitter;
