package dev.bpfj.interpreter;

/**
 * A run-time fault raised deep inside memory or helper code, before the interpreter knows which
 * instruction it is in. The interpreter's loop catches it and turns it into a
 * {@link BpfRuntimeException} that names the instruction, the source line and the registers.
 * It carries no stack trace: it is a value, not a debugging aid.
 */
final class Fault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final BpfRuntimeException.Kind kind;

    Fault(BpfRuntimeException.Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }
}
