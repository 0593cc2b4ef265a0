package dev.bpfj.emitter.link;

import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object as sections of functions, the form the ELF file and the object text share: entry
 * functions in their program sections, subprograms once each in {@code .text}.
 *
 * @param functions every function, grouped by section in the order sections first appear
 * @param maps the maps, data sections included
 * @param license the license string
 * @param externs the kfuncs, ksyms and kconfig values the functions refer to
 */
public record ObjectLayout(List<CodeFunction> functions, List<MapSpec> maps, String license, List<ExternSpec> externs) {
    public static final String TEXT = ".text";

    public ObjectLayout {
        functions = List.copyOf(functions);
        maps = List.copyOf(maps);
        license = license == null ? "" : license;
        externs = externs == null ? List.of() : List.copyOf(externs);
    }

    public ObjectLayout(List<CodeFunction> functions, List<MapSpec> maps, String license) {
        this(functions, maps, license, List.of());
    }

    /** Section name → its functions in order, sections in order of first appearance. */
    public Map<String, List<CodeFunction>> sections() {
        Map<String, List<CodeFunction>> out = new LinkedHashMap<>();
        for (CodeFunction f : functions) {
            out.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
