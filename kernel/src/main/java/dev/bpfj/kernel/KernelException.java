package dev.bpfj.kernel;

import dev.bpfj.core.BpfException;

/** A {@code bpf(2)} call the kernel refused, with the errno it gave. */
public final class KernelException extends BpfException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    public KernelException(String message, int errno) {
        super(errno == 0 ? message : message + " (" + Errnos.name(errno) + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
