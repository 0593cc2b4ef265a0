package dev.bpfj.emitter.link;

import static dev.bpfj.core.Opcodes.LDDW;
import static dev.bpfj.core.Opcodes.PSEUDO_FUNC;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns functions in sections into programs in loaded form, as libbpf's
 * {@code bpf_object__reloc_code} does: each entry function gets the functions it calls,
 * transitively, appended in depth-first order of first call, and every local call and function
 * address gets the relative offset of its target in that program.
 */
public final class Linker {
    private Linker() {}

    /** Receives the reason a program could not be linked. */
    public interface Problems {
        void report(CodeFunction entry, String problem);
    }

    /** The kernel's limit on a program's instructions ({@code BPF_COMPLEXITY_LIMIT_INSNS}). */
    public static final int MAX_PROGRAM_SLOTS = 1_000_000;
    /** A bound on all programs together: subprograms are copied into each caller, and input can be hostile. */
    public static final int MAX_TOTAL_SLOTS = 4_000_000;

    /** Links every entry function; one that cannot be linked is reported and left out. */
    public static List<ProgramSpec> link(List<CodeFunction> functions, Problems problems) {
        Map<String, CodeFunction> byName = new HashMap<>();
        for (CodeFunction f : functions) {
            byName.putIfAbsent(f.name(), f);
        }
        List<ProgramSpec> out = new ArrayList<>();
        long total = 0;
        for (CodeFunction f : functions) {
            if (!f.isProgram()) {
                continue;
            }
            try {
                if (total > MAX_TOTAL_SLOTS) {
                    throw new LinkException("the object's programs together exceed " + MAX_TOTAL_SLOTS
                            + " instructions once linked; not read");
                }
                ProgramSpec p = link(f, byName);
                total += p.slotCount();
                out.add(p);
            } catch (LinkException e) {
                problems.report(f, e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.report(f, e.getMessage());
            }
        }
        return out;
    }

    private static final class LinkException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LinkException(String message) {
            super(message, null, false, false);
        }
    }

    private record Frame(int end, int[] cursor) {}

    /** Links one entry function. */
    public static ProgramSpec link(CodeFunction entry, Map<String, CodeFunction> byName) {
        List<Instruction> insns = new ArrayList<>(entry.instructions());
        List<Integer> slots = new ArrayList<>();
        int slot = 0;
        for (Instruction i : insns) {
            slots.add(slot);
            slot += i.slots();
        }
        List<FunctionInfo> infos = new ArrayList<>();
        infos.add(new FunctionInfo(entry.name(), 0, entry.proto(), entry.linkage()));
        Map<String, Integer> start = new LinkedHashMap<>();
        start.put(entry.name(), 0);
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(insns.size(), new int[] {0}));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            int at = top.cursor()[0];
            if (at >= top.end()) {
                stack.pop();
                continue;
            }
            top.cursor()[0] = at + 1;
            Instruction insn = insns.get(at);
            boolean call = insn.isLocalCall();
            boolean address = insn.opcode() == LDDW && insn.src() == PSEUDO_FUNC;
            if (!call && !address) {
                continue;
            }
            String target = insn.reference();
            if (target == null) {
                throw new LinkException("instruction " + slots.get(at) + " (" + insn + ") has no target function");
            }
            Integer targetSlot = start.get(target);
            if (targetSlot == null) {
                CodeFunction callee = byName.get(target);
                if (callee == null) {
                    throw new LinkException("instruction " + slots.get(at) + " calls '" + target
                            + "', which is not a function of this object");
                }
                if (callee.instructions().isEmpty()) {
                    throw new LinkException("function '" + target + "' has no instructions");
                }
                if ((long) slot + callee.slotCount() > MAX_PROGRAM_SLOTS) {
                    throw new LinkException("linked with its subprograms it exceeds the kernel's limit of "
                            + MAX_PROGRAM_SLOTS + " instructions");
                }
                targetSlot = slot;
                start.put(target, targetSlot);
                infos.add(new FunctionInfo(callee.name(), targetSlot, callee.proto(), callee.linkage()));
                int begin = insns.size();
                for (Instruction ci : callee.instructions()) {
                    insns.add(ci);
                    slots.add(slot);
                    slot += ci.slots();
                }
                stack.push(new Frame(insns.size(), new int[] {begin}));
            }
            long rel = targetSlot - (slots.get(at) + 1L);
            insns.set(at, insn.withImm(call ? rel : rel & 0xffffffffL));
        }
        ProgramMeta m = entry.program();
        return new ProgramSpec(entry.name(), entry.section(), m.type(), m.attachType(), m.progFlags(), m.typeSource(),
                insns, infos);
    }
}
