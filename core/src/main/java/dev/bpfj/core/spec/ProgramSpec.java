package dev.bpfj.core.spec;

import dev.bpfj.core.AttachType;
import dev.bpfj.core.Disassembler;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionCodec;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.SectionDef;
import dev.bpfj.core.SectionDefs;
import dev.bpfj.core.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A program as the kernel loads it: one entry function followed by the subprograms it calls
 * (already linked, calls resolved to relative offsets, as libbpf sends them). Instructions carry
 * their map references and source locations.
 *
 * @param name the program's (symbol) name
 * @param section the ELF section it lives in, e.g. {@code xdp}
 * @param type the program type
 * @param attachType the expected attach type, or null for none
 * @param progFlags {@code BPF_F_*} load flags, e.g. {@link SectionDef#XDP_HAS_FRAGS}
 * @param typeSource how the type was decided
 * @param instructions the instructions, entry first
 * @param functions the entry function (slot 0) and every subprogram, in slot order
 */
public record ProgramSpec(String name, String section, ProgramType type, AttachType attachType, int progFlags,
                          TypeSource typeSource, List<Instruction> instructions, List<FunctionInfo> functions) {

    public ProgramSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeSource, "typeSource");
        instructions = List.copyOf(instructions);
        if (functions == null || functions.isEmpty()) {
            functions = List.of(new FunctionInfo(name, 0));
        } else {
            functions = List.copyOf(functions);
        }
        int slots = InstructionCodec.slotCount(instructions);
        int prev = -1;
        for (FunctionInfo f : functions) {
            if (f.slot() <= prev || (f.slot() >= slots && slots > 0)) {
                throw new IllegalArgumentException("function " + f.name() + " starts at slot " + f.slot()
                        + ", which is not after the previous function and inside the program's " + slots + " slots");
            }
            prev = f.slot();
        }
        if (functions.get(0).slot() != 0) {
            throw new IllegalArgumentException("the first function must start at slot 0");
        }
    }

    /** A program whose type, attach type and flags come from its section name by libbpf's rules. */
    public static ProgramSpec of(String name, String section, List<Instruction> instructions) {
        return of(name, section, instructions, List.of());
    }

    public static ProgramSpec of(String name, String section, List<Instruction> instructions, List<FunctionInfo> functions) {
        SectionDef def = SectionDefs.match(section).orElse(null);
        if (def == null) {
            return new ProgramSpec(name, section, ProgramType.UNSPEC, null, 0, TypeSource.UNKNOWN, instructions, functions);
        }
        return new ProgramSpec(name, section, def.type(), def.attachType(), def.progFlags(), TypeSource.DECLARED,
                instructions, functions);
    }

    /** Number of 8-byte slots ({@code lddw} counts two); the kernel's instruction count. */
    public int slotCount() {
        return InstructionCodec.slotCount(instructions);
    }

    /** Slot index of each instruction. */
    public int[] slotIndices() {
        int[] out = new int[instructions.size()];
        int slot = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = slot;
            slot += instructions.get(i).slots();
        }
        return out;
    }

    /**
     * Instructions indexed by slot: the element at a slot is the instruction starting there, or null for
     * the second slot of an {@code lddw}.
     */
    public Instruction[] bySlot() {
        Instruction[] out = new Instruction[slotCount()];
        int slot = 0;
        for (Instruction insn : instructions) {
            out[slot] = insn;
            slot += insn.slots();
        }
        return out;
    }

    /** The source location of the instruction at a slot, or null. */
    public SourceLocation sourceAt(int slot) {
        Instruction[] s = bySlot();
        return slot >= 0 && slot < s.length && s[slot] != null ? s[slot].source() : null;
    }

    /** The function whose body holds a slot. */
    public FunctionInfo functionAt(int slot) {
        FunctionInfo found = functions.get(0);
        for (FunctionInfo f : functions) {
            if (f.slot() <= slot) {
                found = f;
            }
        }
        return found;
    }

    /** Names of the maps the instructions refer to, in order of first use. */
    public Set<String> mapReferences() {
        Set<String> names = new LinkedHashSet<>();
        for (Instruction insn : instructions) {
            if (insn.isMapLoad() && insn.reference() != null) {
                names.add(insn.reference());
            }
        }
        return names;
    }

    /** This program with another type, as {@code --type} forces it. */
    public ProgramSpec withType(ProgramType newType, AttachType newAttachType, TypeSource source) {
        return new ProgramSpec(name, section, newType, newAttachType, progFlags, source, instructions, functions);
    }

    public ProgramSpec withInstructions(List<Instruction> newInstructions) {
        return new ProgramSpec(name, section, type, attachType, progFlags, typeSource, newInstructions, functions);
    }

    public ProgramSpec withInstructions(List<Instruction> newInstructions, List<FunctionInfo> newFunctions) {
        return new ProgramSpec(name, section, type, attachType, progFlags, typeSource, newInstructions, newFunctions);
    }

    /** Instructions without references or source locations, for comparing encodings. */
    public List<Instruction> bareInstructions() {
        List<Instruction> out = new ArrayList<>(instructions.size());
        for (Instruction i : instructions) {
            out.add(i.withoutMetadata());
        }
        return out;
    }

    /** The program as a disassembly listing. */
    @Override
    public String toString() {
        return Disassembler.listing(this);
    }
}
