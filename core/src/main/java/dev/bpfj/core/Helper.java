package dev.bpfj.core;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the helper table: a kernel helper function and the rules for calling it. The verifier
 * checks calls against it, the interpreter implements it, the DSL offers it; all read this row.
 *
 * @param id the {@code BPF_FUNC_*} number in {@code call imm}
 * @param name the name without prefix, e.g. {@code map_lookup_elem}
 * @param returns what R0 holds after the call
 * @param args the argument kinds of R1, R2, ... (registers past the list are not checked)
 * @param fixedMemSize bytes of the {@link ArgKind#FIXED_SIZE_MEM} argument, 0 if none
 * @param gplOnly callable only from programs with a GPL-compatible license
 * @param packetAccess may take packet pointers as memory arguments ({@code pkt_access})
 * @param changesPacketData invalidates every packet pointer ({@code bpf_helper_changes_pkt_data})
 * @param programTypes the program types whose {@code func_proto} offers it; empty when not modelled
 * @param privilege the capability needed on top of the program type's own
 */
public record Helper(int id, String name, ReturnKind returns, List<ArgKind> args, int fixedMemSize,
                     boolean gplOnly, boolean packetAccess, boolean changesPacketData,
                     Set<ProgramType> programTypes, Privilege privilege) {

    public Helper {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
        programTypes = programTypes.isEmpty() ? Set.of() : Set.copyOf(programTypes);
    }

    /** {@code bpf_map_lookup_elem}, as C code and the kernel log call it. */
    public String cName() {
        return "bpf_" + name;
    }

    public boolean availableTo(ProgramType type) {
        return programTypes.contains(type);
    }

    /** Whether the table knows the argument kinds (otherwise calls are checked only for availability). */
    public boolean isModelled() {
        return returns != ReturnKind.OTHER && !args.contains(ArgKind.OTHER);
    }

    @Override
    public String toString() {
        return cName() + "#" + id;
    }
}
