package dev.bpfj.emitter;

import dev.bpfj.core.BpfFormatException;

/** A malformed ELF object: the message names the section, symbol or offset and what is wrong. */
public class ElfFormatException extends BpfFormatException {
    private static final long serialVersionUID = 1L;

    public ElfFormatException(String where, String problem) {
        super(where, problem);
    }

    public ElfFormatException(String where, String problem, Throwable cause) {
        super(where, problem, cause);
    }
}
