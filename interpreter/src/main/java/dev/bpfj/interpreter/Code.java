package dev.bpfj.interpreter;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.SourceLocation;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.List;

/**
 * Every program of an object, pre-decoded into parallel arrays indexed by a global slot number
 * (programs laid end to end, each followed by one guard slot). Jump fields hold absolute targets,
 * {@code lddw} immediates hold their resolved values, and each slot has a mask of the registers it
 * reads (low 16 bits) and writes (high 16 bits), so the loop does no decoding at all.
 */
final class Code {
    /** One program's place in the arrays. */
    record Program(int index, String name, int start, int slots, ProgramSpec spec) {
        boolean contains(int pc) {
            return pc >= start && pc < start + slots;
        }
    }

    final int[] op;
    final int[] dst;
    final int[] src;
    /** Memory offset, or the absolute target of a jump or local call. */
    final int[] off;
    final long[] imm;
    final int[] mask;
    /** The instruction that starts at each slot (null on the second slot of lddw and guard slots). */
    final Instruction[] insn;
    /** Why an {@link Op#INVALID} slot must not run; null elsewhere. */
    final String[] invalid;
    final List<Program> programs;

    Code(int[] op, int[] dst, int[] src, int[] off, long[] imm, int[] mask, Instruction[] insn, String[] invalid,
         List<Program> programs) {
        this.op = op;
        this.dst = dst;
        this.src = src;
        this.off = off;
        this.imm = imm;
        this.mask = mask;
        this.insn = insn;
        this.invalid = invalid;
        this.programs = List.copyOf(programs);
    }

    int length() {
        return op.length;
    }

    Program programAt(int pc) {
        Program found = programs.get(0);
        for (Program p : programs) {
            if (p.start() <= pc) {
                found = p;
            }
        }
        return found;
    }

    Program program(String name) {
        for (Program p : programs) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    SourceLocation sourceAt(int pc) {
        Instruction i = pc >= 0 && pc < insn.length ? insn[pc] : null;
        return i == null ? null : i.source();
    }
}
