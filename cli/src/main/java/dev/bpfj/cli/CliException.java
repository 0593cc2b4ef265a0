package dev.bpfj.cli;

/** Bad input to a command: printed as one line on stderr, exit code {@link Main#EXIT_BAD_INPUT}. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message, null, false, false);
    }
}
