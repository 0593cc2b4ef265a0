package dev.bpfj.emitter;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a reader noticed: a part of the object it could not read (the rest is still read), or
 * something it read but Linux or libbpf would treat differently. One line, naming the section,
 * symbol or program.
 *
 * @param severity how much it matters
 * @param where the section, symbol, map or program concerned, e.g. {@code program 'xdp_prog'}
 * @param message what is wrong and, where there is one, what to do
 */
public record Diagnostic(Severity severity, String where, String message) {
    public enum Severity {
        /** Part of the object was not read. */
        ERROR,
        /** Read, but libbpf 1.x or the kernel would refuse or treat it differently. */
        WARNING,
        /** Read in a way worth knowing about. */
        NOTE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        where = where == null ? "" : where;
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String where, String message) {
        return new Diagnostic(Severity.ERROR, where, message);
    }

    public static Diagnostic warning(String where, String message) {
        return new Diagnostic(Severity.WARNING, where, message);
    }

    public static Diagnostic note(String where, String message) {
        return new Diagnostic(Severity.NOTE, where, message);
    }

    /** {@code warning: section xdp1: ...} */
    @Override
    public String toString() {
        return severity.label() + ": " + (where.isEmpty() ? "" : where + ": ") + message;
    }
}
