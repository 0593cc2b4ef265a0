package dev.bpfj.core;

/**
 * Base of every error bpfj reports to a user. Each subclass names what went wrong and where; none
 * is ever a bare stack trace for the user, so messages are complete sentences.
 */
public class BpfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BpfException(String message) {
        super(message);
    }

    public BpfException(String message, Throwable cause) {
        super(message, cause);
    }
}
