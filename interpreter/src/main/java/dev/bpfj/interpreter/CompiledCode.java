package dev.bpfj.interpreter;

/**
 * One program translated to JVM bytecode by {@link JvmCompiler}: each BPF function is a static
 * method with the registers in locals; {@link #call} dispatches to function {@code index}
 * (0 = the entry) with R1–R5 and the frame depth, and returns R0.
 */
interface CompiledCode {
    long call(int index, Vm vm, long r1, long r2, long r3, long r4, long r5, int depth);
}
