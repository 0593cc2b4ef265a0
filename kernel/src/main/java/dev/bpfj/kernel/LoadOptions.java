package dev.bpfj.kernel;

/**
 * How to load a program.
 *
 * @param verboseLog request the verifier's instruction trace (log level 1) even when it accepts
 * @param logSize initial size of the log buffer in bytes; grown when the kernel reports more
 * @param btf load the object's BTF and pass func_info/line_info, as libbpf does
 */
public record LoadOptions(boolean verboseLog, long logSize, boolean btf) {
    public static final LoadOptions DEFAULT = new LoadOptions(false, 1 << 20, true);

    public LoadOptions withVerboseLog() {
        return new LoadOptions(true, logSize, btf);
    }

    public LoadOptions withoutBtf() {
        return new LoadOptions(verboseLog, logSize, false);
    }
}
