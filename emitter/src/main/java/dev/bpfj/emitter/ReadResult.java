package dev.bpfj.emitter;

import dev.bpfj.core.spec.ObjectSpec;
import java.util.List;

/**
 * What {@link ElfReader} read: the object, a diagnostic for each part it could not read or read
 * with a caveat, and the CO-RE relocations it applied (in record order).
 */
public record ReadResult(ObjectSpec object, List<Diagnostic> diagnostics, List<AppliedCoreRelocation> coreRelocations) {
    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
        coreRelocations = List.copyOf(coreRelocations);
    }

    public ReadResult(ObjectSpec object, List<Diagnostic> diagnostics) {
        this(object, diagnostics, List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    }
}
