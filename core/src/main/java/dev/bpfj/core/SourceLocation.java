package dev.bpfj.core;

import java.util.Objects;

/**
 * Where an instruction came from: a source file, its 1-based line and column, and optionally the
 * text of that line. It becomes a {@code bpf_line_info} record, so the kernel's verifier log and
 * {@code bpftool prog dump} show it too.
 */
public record SourceLocation(String file, int line, int column, String text) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("negative line " + line);
        }
        if (column < 0 || column > 1023) {
            // line_col packs the column into 10 bits
            column = Math.max(0, Math.min(column, 1023));
        }
        text = text == null ? "" : text;
    }

    public SourceLocation(String file, int line) {
        this(file, line, 0, "");
    }

    /** The file name without directories, as the kernel prints it. */
    public String fileName() {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    /** {@code DropUdpPort.java:42} */
    @Override
    public String toString() {
        return fileName() + ":" + line;
    }
}
