package dev.bpfj.kernel;

/** Names for the errno values bpf(2) returns. */
final class Errnos {
    private Errnos() {}

    static String name(int errno) {
        return switch (errno) {
            case 1 -> "EPERM";
            case 2 -> "ENOENT";
            case 7 -> "E2BIG";
            case 9 -> "EBADF";
            case 11 -> "EAGAIN";
            case 12 -> "ENOMEM";
            case 13 -> "EACCES";
            case 14 -> "EFAULT";
            case 16 -> "EBUSY";
            case 17 -> "EEXIST";
            case 19 -> "ENODEV";
            case 22 -> "EINVAL";
            case 28 -> "ENOSPC";
            case 95 -> "EOPNOTSUPP";
            case 524 -> "ENOTSUPP";
            default -> "errno " + errno;
        } + "/" + errno;
    }
}
