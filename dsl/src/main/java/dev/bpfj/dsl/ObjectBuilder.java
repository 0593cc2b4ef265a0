package dev.bpfj.dsl;

import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts programs and maps together into an {@link ObjectSpec}: what one ELF object holds. Programs
 * given as {@link Asm} are built here, so their map loads are checked against the declared maps.
 *
 * <pre>{@code
 * ObjectSpec obj = ObjectBuilder.license("GPL")
 *         .map(MapSpec.builder("counters", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(1).build())
 *         .program(asm)
 *         .build();
 * }</pre>
 */
public final class ObjectBuilder {
    private final String license;
    private final Map<String, MapSpec> maps = new LinkedHashMap<>();
    private final List<Object> programs = new ArrayList<>();
    private boolean built;

    private ObjectBuilder(String license) {
        this.license = Objects.requireNonNull(license, "license");
    }

    /** An object under {@code license} (e.g. {@code "GPL"}, {@code "Dual BSD/GPL"}). */
    public static ObjectBuilder license(String license) {
        return new ObjectBuilder(license);
    }

    /** Declares a map. */
    public ObjectBuilder map(MapSpec map) {
        check();
        if (maps.putIfAbsent(map.name(), map) != null) {
            throw new BpfBuildException(null, "two maps are named '" + map.name() + "'; map names are unique in an object");
        }
        return this;
    }

    /** Adds a program assembled with {@code asm}; it is built (and its maps checked) by {@link #build()}. */
    public ObjectBuilder program(Asm asm) {
        check();
        programs.add(asm);
        return this;
    }

    /** Adds a program built already. */
    public ObjectBuilder program(ProgramSpec program) {
        check();
        programs.add(program);
        return this;
    }

    /** The object; fails with a {@link BpfBuildException} naming the Java line of any problem. */
    public ObjectSpec build() {
        check();
        built = true;
        List<ProgramSpec> specs = new ArrayList<>();
        for (Object p : programs) {
            ProgramSpec spec = p instanceof Asm asm ? asm.build(maps.values()) : (ProgramSpec) p;
            for (String ref : spec.mapReferences()) {
                if (!maps.containsKey(ref)) {
                    throw new BpfBuildException(null, "program '" + spec.name() + "' loads unknown map '" + ref + "'");
                }
            }
            if (specs.stream().anyMatch(s -> s.name().equals(spec.name()))) {
                throw new BpfBuildException(null, "two programs are named '" + spec.name() + "'");
            }
            specs.add(spec);
        }
        return new ObjectSpec(specs, List.copyOf(maps.values()), license);
    }

    private void check() {
        if (built) {
            throw new IllegalStateException("this ObjectBuilder has built its object already; builders are single-use");
        }
    }
}
