package dev.bpfj.verifier;

/**
 * Thrown inside the verifier when a check fails: carries the kernel's message for it and the
 * instruction it stopped at. Never escapes {@link Verifier}; it becomes a {@link Verdict}.
 */
final class Reject extends RuntimeException {
    final int insn;

    Reject(int insn, String message) {
        super(message, null, false, false);
        this.insn = insn;
    }
}
