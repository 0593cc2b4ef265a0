package dev.bpfj.emitter.link;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionCodec;
import dev.bpfj.core.btf.BtfType;
import java.util.List;
import java.util.Objects;

/**
 * One function as an object file holds it: in a section, not linked. Local calls ({@code call}
 * with {@code src = PSEUDO_CALL}) and function addresses ({@code lddw} with
 * {@code src = PSEUDO_FUNC}) name their target function in {@link Instruction#reference()}; their
 * immediates mean nothing here. Map loads are in loaded form, as in a {@code ProgramSpec}.
 *
 * @param name the symbol name
 * @param section the ELF section ({@code .text} for subprograms)
 * @param linkage GLOBAL or STATIC (the symbol's binding and the BTF FUNC's linkage)
 * @param proto the BTF prototype, or null when unknown
 * @param instructions the body
 * @param program non-null for an entry function: the program it starts
 */
public record CodeFunction(String name, String section, BtfType.Linkage linkage, BtfType.FuncProto proto,
                           List<Instruction> instructions, ProgramMeta program) {
    public CodeFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(linkage, "linkage");
        instructions = List.copyOf(instructions);
    }

    public boolean isProgram() {
        return program != null;
    }

    public int slotCount() {
        return InstructionCodec.slotCount(instructions);
    }

    public CodeFunction withInstructions(List<Instruction> insns) {
        return new CodeFunction(name, section, linkage, proto, insns, program);
    }
}
