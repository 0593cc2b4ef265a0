package dev.bpfj.kernel;

/**
 * The outcome of {@code BPF_PROG_TEST_RUN}.
 *
 * @param retval the program's return value ({@code (u32) r0})
 * @param dataOut the packet as handed on (from {@code data_meta}, for XDP)
 * @param durationNs mean nanoseconds per run as the kernel measured it
 * @param ctxOut the context after the run ({@code struct xdp_md} for XDP), or empty
 */
public record TestRunResult(int retval, byte[] dataOut, long durationNs, byte[] ctxOut) {}
