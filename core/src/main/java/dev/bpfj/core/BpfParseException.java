package dev.bpfj.core;

/** A syntax error in BPF assembly text, with the 1-based line and the offending text. */
public final class BpfParseException extends BpfException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public BpfParseException(String file, int line, String problem) {
        super((file == null ? "<input>" : file) + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
