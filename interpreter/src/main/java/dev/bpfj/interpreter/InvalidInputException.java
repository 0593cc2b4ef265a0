package dev.bpfj.interpreter;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.Errno;

/**
 * A run's input that {@code BPF_PROG_TEST_RUN} would refuse before running anything — a packet
 * shorter than an Ethernet header, misaligned metadata, a queue without an interface — with the
 * errno Linux returns for it.
 */
public final class InvalidInputException extends BpfException {
    private static final long serialVersionUID = 1L;

    private final Errno errno;

    public InvalidInputException(Errno errno, String message) {
        super(message + " (BPF_PROG_TEST_RUN fails with -" + errno.name() + ")");
        this.errno = errno;
    }

    public Errno errno() {
        return errno;
    }
}
