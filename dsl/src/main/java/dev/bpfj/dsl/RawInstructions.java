package dev.bpfj.dsl;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.dsl.codegen.MInsn;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Turns an {@code asm(...)} snippet into back-end instructions, checking the rules it must keep. */
final class RawInstructions {
    private RawInstructions() {}

    static List<MInsn> lower(List<Instruction> insns, Gen g, List<String> maps, SourceLocation at) {
        int[] slot = new int[insns.size() + 1];
        for (int i = 0; i < insns.size(); i++) {
            slot[i + 1] = slot[i] + insns.get(i).slots();
        }
        int end = slot[insns.size()];
        TreeSet<Integer> targets = new TreeSet<>();
        for (int i = 0; i < insns.size(); i++) {
            Instruction insn = insns.get(i);
            SourceLocation where = insn.source() != null ? insn.source() : at;
            if (insn.isExit()) {
                throw new BpfBuildException(where, "an asm(...) snippet cannot exit; leave the result in r0 and return"
                        + " with ret(...) after it");
            }
            if (insn.isLocalCall() || insn.isKfuncCall() || (insn.opcode() == LDDW && insn.src() == PSEUDO_FUNC)) {
                throw new BpfBuildException(where, "an asm(...) snippet calls helpers only; use function(...) for"
                        + " functions");
            }
            if (insn.isMapLoad() && insn.reference() != null && !maps.contains(insn.reference())) {
                throw new BpfBuildException(where, "unknown map '" + insn.reference() + "'; this program declares "
                        + (maps.isEmpty() ? "none" : String.join(", ", maps)));
            }
            if (insn.isBranch() && insn.op() == JCOND) {
                throw new BpfBuildException(where, "may_goto is not supported in an asm(...) snippet; use loop(...) or bpfLoop(...)");
            }
            if (insn.isBranch()) {
                int target = slot[i] + insn.slots() + insn.jumpOffset();
                if (target < 0 || target > end) {
                    throw new BpfBuildException(where, "a jump of an asm(...) snippet leaves it; jump to its labels or to \"end\"");
                }
                targets.add(target);
            }
        }
        String prefix = g.code().newLabel("asm");
        List<MInsn> out = new ArrayList<>();
        for (int i = 0; i < insns.size(); i++) {
            if (targets.contains(slot[i])) {
                out.add(MInsn.label(prefix + "." + slot[i]));
            }
            Instruction insn = insns.get(i);
            SourceLocation where = insn.source() != null ? insn.source() : at;
            String label = insn.isBranch() ? prefix + "." + (slot[i] + insn.slots() + insn.jumpOffset()) : null;
            int args = insn.isHelperCall() ? 5 : 0;
            MInsn m = new MInsn(insn.opcode(), insn.dst(), insn.src(), insn.isBranch() ? 0 : insn.offset(),
                    insn.isBranch() ? 0 : insn.imm(),
                    label, insn.reference(), args, where);
            checkRegisters(m, where);
            out.add(m);
        }
        if (targets.contains(end)) {
            out.add(MInsn.label(prefix + "." + end));
        }
        return out;
    }

    /** r0..r5 only: r6..r9 hold the program's values, r10 is its frame. */
    private static void checkRegisters(MInsn m, SourceLocation where) {
        int[] regs = new int[8];
        int n = m.uses(regs);
        for (int j = 0; j < n; j++) {
            check(regs[j], where);
        }
        n = m.defs(regs);
        for (int j = 0; j < n; j++) {
            check(regs[j], where);
        }
    }

    private static void check(int reg, SourceLocation where) {
        if (reg > 5) {
            throw new BpfBuildException(where, "an asm(...) snippet uses r0..r5 only; r" + reg + (reg == 10
                    ? " is the program's frame" : " holds the program's values") + " (inputs come in r1.., the result goes in r0)");
        }
    }
}
