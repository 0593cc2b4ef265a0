package dev.bpfj.core;

/** The errno values BPF helpers return, negated, in R0. */
public enum Errno {
    EPERM(1), ENOENT(2), E2BIG(7), EBADF(9), EAGAIN(11), ENOMEM(12), EACCES(13), EFAULT(14), EBUSY(16),
    EEXIST(17), ENODEV(19), EINVAL(22), ENOSPC(28), ERANGE(34), ENODATA(61), ENONET(64), EPROTO(71), EOPNOTSUPP(95),
    EAFNOSUPPORT(97), EALREADY(114), ENOTSUPP(524);

    private final int value;

    Errno(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** What a helper returns for this error: the negated value, sign-extended to 64 bits. */
    public long negative() {
        return -value;
    }

    public static Errno ofNegative(long r0) {
        for (Errno e : values()) {
            if (-e.value == r0) {
                return e;
            }
        }
        return null;
    }
}
