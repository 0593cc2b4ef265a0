package dev.bpfj.emitter.link;

import static dev.bpfj.core.Opcodes.LDDW;
import static dev.bpfj.core.Opcodes.PSEUDO_FUNC;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns programs in loaded form back into functions in sections, the inverse of {@link Linker}:
 * each program's entry function stays in the program's section, its subprograms go to
 * {@code .text} once each (programs calling the same subprogram share it), and local calls and
 * function addresses name their targets instead of counting slots.
 */
public final class Splitter {
    private Splitter() {}

    /**
     * Splits every program.
     *
     * @throws BpfException naming the program and instruction when a call does not land on a function,
     *     a jump leaves its function, or two programs carry different subprograms of one name
     */
    public static ObjectLayout split(ObjectSpec spec) {
        List<CodeFunction> entries = new ArrayList<>();
        Map<String, CodeFunction> text = new LinkedHashMap<>();
        Map<String, String> firstUser = new HashMap<>();
        for (ProgramSpec p : spec.programs()) {
            List<CodeFunction> fns = split(p);
            entries.add(fns.get(0));
            for (CodeFunction sub : fns.subList(1, fns.size())) {
                CodeFunction seen = text.get(sub.name());
                if (seen == null) {
                    text.put(sub.name(), sub);
                    firstUser.put(sub.name(), p.name());
                } else if (!sameBody(seen, sub)) {
                    throw new BpfException("programs '" + firstUser.get(sub.name()) + "' and '" + p.name()
                            + "' both contain a subprogram named '" + sub.name()
                            + "' with different instructions; give the two functions different names");
                }
            }
        }
        for (CodeFunction e : entries) {
            CodeFunction sub = text.get(e.name());
            if (sub == null) {
                continue;
            }
            if (!sameInstructions(sub, e)) {
                throw new BpfException("program '" + e.name() + "' and a subprogram of '" + firstUser.get(e.name())
                        + "' share the name but not the instructions; give the two functions different names");
            }
            // another program calls this program's entry function (cilium/ebpf links such objects;
            // libbpf calls only .text): the call goes to the program's own section
            text.remove(e.name());
        }
        List<CodeFunction> all = new ArrayList<>(entries);
        all.addAll(text.values());
        return new ObjectLayout(all, spec.maps(), spec.license(), spec.externs());
    }

    private static boolean sameBody(CodeFunction a, CodeFunction b) {
        return Objects.equals(a.proto(), b.proto()) && a.linkage() == b.linkage() && sameInstructions(a, b);
    }

    private static boolean sameInstructions(CodeFunction a, CodeFunction b) {
        if (a.instructions().size() != b.instructions().size()) {
            return false;
        }
        for (int i = 0; i < a.instructions().size(); i++) {
            Instruction x = a.instructions().get(i);
            Instruction y = b.instructions().get(i);
            if (!x.sameEncoding(y) || !Objects.equals(x.reference(), y.reference())) {
                return false;
            }
        }
        return true;
    }

    /** The functions of one program: the entry function first, then each subprogram. */
    public static List<CodeFunction> split(ProgramSpec p) {
        List<FunctionInfo> infos = p.functions();
        List<Instruction> insns = p.instructions();
        int[] slots = p.slotIndices();
        int total = p.slotCount();
        Map<Integer, FunctionInfo> starts = new HashMap<>();
        for (FunctionInfo f : infos) {
            starts.put(f.slot(), f);
        }
        List<CodeFunction> out = new ArrayList<>();
        int i = 0;
        for (int k = 0; k < infos.size(); k++) {
            FunctionInfo f = infos.get(k);
            int begin = f.slot();
            int end = k + 1 < infos.size() ? infos.get(k + 1).slot() : total;
            if (i < insns.size() && slots[i] != begin) {
                throw new BpfException("program '" + p.name() + "': function '" + f.name() + "' starts at slot " + begin
                        + ", the second slot of an lddw");
            }
            List<Instruction> body = new ArrayList<>();
            while (i < insns.size() && slots[i] < end) {
                body.add(normalize(p, insns.get(i), slots[i], begin, end, starts));
                i++;
            }
            if (body.isEmpty()) {
                throw new BpfException("program '" + p.name() + "': function '" + f.name() + "' has no instructions");
            }
            String name = k == 0 ? p.name() : f.name();
            out.add(new CodeFunction(name, k == 0 ? p.section() : ObjectLayout.TEXT, f.linkage(), f.proto(), body,
                    k == 0 ? ProgramMeta.of(p) : null));
        }
        return out;
    }

    private static Instruction normalize(ProgramSpec p, Instruction insn, int slot, int begin, int end,
                                         Map<Integer, FunctionInfo> starts) {
        boolean call = insn.isLocalCall();
        boolean address = insn.opcode() == LDDW && insn.src() == PSEUDO_FUNC;
        if (call || address) {
            long target = slot + 1L + insn.imm32();
            FunctionInfo t = starts.get((int) target);
            if (target < 0 || target > Integer.MAX_VALUE || t == null) {
                throw new BpfException("program '" + p.name() + "' insn " + slot + " (" + insn + "): its target, slot "
                        + target + ", is not the start of a function of the program");
            }
            String name = t.slot() == 0 ? p.name() : t.name();
            if (insn.reference() != null && !insn.reference().equals(name)) {
                throw new BpfException("program '" + p.name() + "' insn " + slot + " names '" + insn.reference()
                        + "' but its offset leads to '" + name + "'");
            }
            return insn.withImm(call ? -1 : 0).withReference(name);
        }
        if (insn.isBranch()) {
            long target = slot + 1L + insn.jumpOffset();
            if (target < begin || target >= end) {
                throw new BpfException("program '" + p.name() + "' insn " + slot + " (" + insn + ") jumps to slot "
                        + target + ", outside its function [" + begin + ", " + end + ")");
            }
        }
        return insn;
    }
}
