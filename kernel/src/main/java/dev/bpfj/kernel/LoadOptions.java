package dev.bpfj.kernel;

/**
 * How to load a program.
 *
 * @param verboseLog request the verifier's instruction trace (log level 1) even when it accepts
 * @param logSize initial size of the log buffer in bytes; grown when the kernel reports more
 */
public record LoadOptions(boolean verboseLog, long logSize) {
    public static final LoadOptions DEFAULT = new LoadOptions(false, 1 << 20);

    public LoadOptions withVerboseLog() {
        return new LoadOptions(true, logSize);
    }
}
