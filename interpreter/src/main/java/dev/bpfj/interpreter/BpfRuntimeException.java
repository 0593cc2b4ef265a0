package dev.bpfj.interpreter;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.SourceLocation;

/**
 * A program did something the kernel would not have let it do — touch memory outside a region,
 * read an uninitialised register, run past the instruction budget, misuse a helper — and the run
 * stopped. The message names the instruction (program and slot index), the source line when the
 * program carries one, and the register state at the fault.
 */
public final class BpfRuntimeException extends BpfException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for tests and tools that branch on it. */
    public enum Kind {
        /** An access outside the region a pointer belongs to. */
        OUT_OF_BOUNDS,
        /** A load or store through NULL or through a number that is no pointer. */
        INVALID_POINTER,
        /** A store into read-only memory ({@code .rodata}, a devmap value, the context). */
        READ_ONLY,
        /** A read of stack bytes no instruction wrote. */
        UNINITIALIZED_STACK,
        /** A read of a register that holds no value (never set, or clobbered by a call). */
        UNINITIALIZED_REGISTER,
        /** A context field access the kernel's {@code is_valid_access} refuses. */
        INVALID_CONTEXT_ACCESS,
        /** More instructions than the run's budget: an endless or too long loop. */
        INSTRUCTION_LIMIT,
        /** More than 8 nested frames. */
        CALL_DEPTH,
        /** An instruction the kernel would refuse to load, or a jump out of the program. */
        INVALID_INSTRUCTION,
        /** A helper called with arguments the kernel's verifier would refuse. */
        HELPER_MISUSE,
        /** A helper, kfunc or feature the interpreter does not implement. */
        UNSUPPORTED,
        /** A ring buffer reservation still held when the program exited. */
        UNRELEASED_REFERENCE
    }

    private final Kind kind;
    private final String program;
    private final int slot;
    private final SourceLocation source;
    private final String registers;
    private final String problem;

    BpfRuntimeException(Kind kind, String problem, String program, int slot, String instruction,
                        SourceLocation source, String registers) {
        super(format(problem, program, slot, instruction, source, registers));
        this.kind = kind;
        this.program = program;
        this.slot = slot;
        this.source = source;
        this.registers = registers;
        this.problem = problem;
    }

    private static String format(String problem, String program, int slot, String instruction,
                                 SourceLocation source, String registers) {
        StringBuilder sb = new StringBuilder();
        sb.append(program).append(": insn ").append(slot);
        if (instruction != null) {
            sb.append(" (").append(instruction).append(')');
        }
        if (source != null) {
            sb.append(" at ").append(source);
            if (!source.text().isBlank() && !source.text().strip().equals(instruction)) {
                sb.append(" `").append(source.text().strip()).append('`');
            }
        }
        sb.append(": ").append(problem);
        if (registers != null && !registers.isEmpty()) {
            sb.append("\n  registers: ").append(registers);
        }
        return sb.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** The program that was running (after tail calls, the one the fault happened in). */
    public String program() {
        return program;
    }

    /** The slot index of the faulting instruction within its program. */
    public int slot() {
        return slot;
    }

    /** The source location of the faulting instruction, or null. */
    public SourceLocation source() {
        return source;
    }

    /** The register state at the fault, e.g. {@code r0=0x2 r1=ctx r10=stack[0]+512}. */
    public String registers() {
        return registers;
    }

    /** What went wrong, without the place. */
    public String problem() {
        return problem;
    }
}
