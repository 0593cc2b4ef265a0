package dev.bpfj.emitter;

import dev.bpfj.core.spec.ObjectSpec;
import java.util.List;

/**
 * What {@link ElfReader} read: the object, and a diagnostic for each part it could not read or
 * read with a caveat.
 */
public record ReadResult(ObjectSpec object, List<Diagnostic> diagnostics) {
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }
}
