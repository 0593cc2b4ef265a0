package dev.bpfj.interpreter;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.SourceLocation;

/**
 * One executed instruction of a traced run, with the registers as they were before it ran.
 *
 * @param program the program the instruction belongs to
 * @param slot its slot index in that program
 * @param instruction the instruction
 * @param source where it came from, or null
 * @param registers r0..r10 (meaningful where {@link #initialized} has the bit set)
 * @param initialized bit {@code i} set when register {@code i} held a value
 * @param text the registers as the fault messages show them (pointers as region + offset)
 */
public record TraceStep(String program, int slot, Instruction instruction, SourceLocation source, long[] registers,
                        int initialized, String text) {
    public TraceStep {
        registers = registers.clone();
    }

    @Override
    public long[] registers() {
        return registers.clone();
    }

    public long register(int index) {
        return registers[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceStep t && program.equals(t.program) && slot == t.slot && initialized == t.initialized
                && java.util.Arrays.equals(registers, t.registers);
    }

    @Override
    public int hashCode() {
        return program.hashCode() * 31 + slot;
    }

    @Override
    public String toString() {
        return String.format("%s %4d: %-40s ; %s%s", program, slot, instruction, text,
                source == null ? "" : "  // " + source);
    }
}
