package dev.bpfj.interpreter;

/**
 * The Java side of one row of core's helper table: takes R1–R5, returns R0. Faults (bad arguments
 * the kernel's verifier would refuse) are thrown as {@link Fault}s; errors the kernel reports at run
 * time are returned as negative errno values, exactly as Linux returns them.
 */
@FunctionalInterface
interface HelperFunction {
    long call(Vm vm, long r1, long r2, long r3, long r4, long r5);
}
