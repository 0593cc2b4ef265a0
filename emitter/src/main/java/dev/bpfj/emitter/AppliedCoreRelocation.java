package dev.bpfj.emitter;

import dev.bpfj.core.Instruction;
import dev.bpfj.emitter.btf.CoreRelocation;
import dev.bpfj.emitter.btf.CoreRelocator;

/**
 * A CO-RE relocation the reader applied, as libbpf's debug log tells it: the function and
 * instruction, what the access designates in the object's types and in the target's, and the
 * instruction before and after.
 *
 * @param function the program or subprogram holding the instruction
 * @param insn its slot within that function
 * @param local the local spec, e.g. {@code [24] iphdr___local.saddr (0:10 @ offset 16)}
 * @param target the matching target spec, or {@code none}
 */
public record AppliedCoreRelocation(String function, int insn, CoreRelocation relocation, String local, String target,
        Instruction before, Instruction after) {

    /** Whether the instruction became libbpf's invalid call. */
    public boolean poisoned() {
        return after.isCall() && after.imm() == CoreRelocator.POISON && !before.isCall();
    }

    /** {@code xdp_core insn 8 <byte_off> [19] ethhdr___local.h_proto (0:0 @ offset 0) -> [3] ethhdr.h_proto (...): before => after}. */
    @Override
    public String toString() {
        return function + " insn " + insn + " <" + relocation.kind().label() + "> " + local + " -> " + target + ": "
                + before + " => " + after;
    }
}
