package dev.bpfj.emitter.btf;

import dev.bpfj.core.BpfFormatException;

/** Malformed BTF or BTF.ext, read or about to be written: names the type id or record and the problem. */
public class BtfFormatException extends BpfFormatException {
    private static final long serialVersionUID = 1L;

    public BtfFormatException(String where, String problem) {
        super(where, problem);
    }
}
