package dev.bpfj.core.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an ELF object holds, independent of its bytes: programs, maps and the license. The DSL and
 * the ELF reader produce it; the writer, verifier and interpreter consume it.
 *
 * @param programs the programs, in object order
 * @param maps the maps, in object order (data sections included as one-entry arrays)
 * @param license the license string, empty if the object has none
 * @param externs the kfuncs, ksyms and kconfig values the programs refer to and a loader resolves
 *        (an instruction names one in its reference), in object order; empty for most objects
 */
public record ObjectSpec(List<ProgramSpec> programs, List<MapSpec> maps, String license, List<ExternSpec> externs) {

    public ObjectSpec {
        programs = List.copyOf(programs);
        maps = List.copyOf(maps);
        license = license == null ? "" : license;
        externs = externs == null ? List.of() : List.copyOf(externs);
        Set<String> seen = new HashSet<>();
        for (MapSpec m : maps) {
            if (!seen.add(m.name())) {
                throw new IllegalArgumentException("two maps are named " + m.name());
            }
        }
        seen.clear();
        for (ProgramSpec p : programs) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("two programs are named " + p.name());
            }
        }
        seen.clear();
        for (ExternSpec e : externs) {
            if (!seen.add(e.name())) {
                throw new IllegalArgumentException("two externs are named " + e.name());
            }
        }
    }

    /** An object without externs. */
    public ObjectSpec(List<ProgramSpec> programs, List<MapSpec> maps, String license) {
        this(programs, maps, license, List.of());
    }

    /** The extern an instruction's reference names (a kfunc, ksym or kconfig value). */
    public Optional<ExternSpec> extern(String name) {
        Objects.requireNonNull(name, "name");
        return externs.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<ProgramSpec> program(String name) {
        return programs.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<MapSpec> map(String name) {
        Objects.requireNonNull(name, "name");
        return maps.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The license's GPL compatibility as the kernel's {@code license_is_gpl_compatible} decides it. */
    public boolean isGplCompatible() {
        return Licenses.isGplCompatible(license);
    }

    public ObjectSpec withPrograms(List<ProgramSpec> newPrograms) {
        return new ObjectSpec(newPrograms, maps, license, externs);
    }

    public ObjectSpec withMaps(List<MapSpec> newMaps) {
        return new ObjectSpec(programs, newMaps, license, externs);
    }

    /**
     * The object with one map resized, as a loader does before creating the maps (libbpf's
     * {@code bpf_map__set_max_entries}): objects often leave {@code max_entries} at 0 for user space
     * to fill in (one slot per CPU or per interface).
     *
     * @throws IllegalArgumentException when the object has no such map, or the size is negative
     */
    public ObjectSpec withMaxEntries(String mapName, int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("max_entries of map " + mapName + " must not be negative, got "
                    + Integer.toUnsignedString(maxEntries));
        }
        MapSpec old = map(mapName).orElseThrow(() -> new IllegalArgumentException("cannot resize map " + mapName
                + ": the object has no such map (maps: " + maps.stream().map(MapSpec::name).toList() + ")"));
        List<MapSpec> resized = maps.stream()
                .map(m -> m == old ? m.toBuilder().maxEntries(maxEntries).build() : m).toList();
        return new ObjectSpec(programs, resized, license);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("license \"").append(license).append("\"\n");
        for (MapSpec m : maps) {
            sb.append("map ").append(m).append('\n');
        }
        for (ExternSpec e : externs) {
            sb.append("extern ").append(e).append('\n');
        }
        for (ProgramSpec p : programs) {
            sb.append("program ").append(p.name()).append(" section ").append(p.section())
                    .append(" type ").append(p.type().displayName()).append(", ")
                    .append(p.slotCount()).append(" insns\n");
        }
        return sb.toString();
    }
}
