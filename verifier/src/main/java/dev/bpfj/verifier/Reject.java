package dev.bpfj.verifier;

/**
 * Thrown inside the verifier when a check fails: carries the kernel's message for it and the
 * instruction it stopped at. Never escapes {@link Verifier}; it becomes a {@link Verdict}.
 */
class Reject extends RuntimeException {
    final int insn;

    Reject(int insn, String message) {
        super(message, null, false, false);
        this.insn = insn;
    }

    /** Whether this is Linux's verdict; false for {@link NotModelled}. */
    boolean modelled() {
        return true;
    }

    /**
     * bpfj reached something it does not model (a kfunc, a kernel variable): it cannot say what Linux
     * decides, so the verdict is "unsupported", never an acceptance or a rejection.
     */
    static final class NotModelled extends Reject {
        NotModelled(int insn, String message) {
            super(insn, message);
        }

        @Override
        boolean modelled() {
            return false;
        }
    }
}
