package dev.bpfj.core;

/**
 * Malformed binary input: instruction bytes, an ELF object, BTF. The message names the place (an
 * instruction index, a section, a symbol) and what is wrong with it.
 */
public class BpfFormatException extends BpfException {
    private static final long serialVersionUID = 1L;

    private final String where;

    public BpfFormatException(String where, String problem) {
        super(where == null || where.isEmpty() ? problem : where + ": " + problem);
        this.where = where == null ? "" : where;
    }

    public BpfFormatException(String where, String problem, Throwable cause) {
        super(where == null || where.isEmpty() ? problem : where + ": " + problem, cause);
        this.where = where == null ? "" : where;
    }

    /** The place the problem was found, e.g. {@code insn 12} or {@code section .maps}. */
    public String where() {
        return where;
    }
}
