package dev.bpfj.kernel;

import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object loaded as libbpf would: every map created, every program put through the verifier. A
 * refused program does not stop the others; its verdict says why. Close it to release the fds.
 */
public final class LoadedObject implements AutoCloseable {
    private final ObjectSpec spec;
    private final Map<String, KernelMap> maps;
    private final Map<String, LoadResult> programs;

    private LoadedObject(ObjectSpec spec, Map<String, KernelMap> maps, Map<String, LoadResult> programs) {
        this.spec = spec;
        this.maps = maps;
        this.programs = programs;
    }

    public static LoadedObject load(ObjectSpec spec) {
        return load(spec, LoadOptions.DEFAULT);
    }

    public static LoadedObject load(ObjectSpec spec, LoadOptions options) {
        Map<String, KernelMap> maps = new LinkedHashMap<>();
        Map<String, LoadResult> programs = new LinkedHashMap<>();
        try {
            for (MapSpec m : spec.maps()) {
                maps.put(m.name(), Kernel.createMap(m));
            }
            for (ProgramSpec p : spec.programs()) {
                programs.put(p.name(), Kernel.load(p, maps, spec.license(), options));
            }
        } catch (RuntimeException e) {
            new LoadedObject(spec, maps, programs).close();
            throw e;
        }
        return new LoadedObject(spec, Collections.unmodifiableMap(maps), Collections.unmodifiableMap(programs));
    }

    public ObjectSpec spec() {
        return spec;
    }

    public KernelMap map(String name) {
        KernelMap m = maps.get(name);
        if (m == null) {
            throw new IllegalArgumentException("no map named " + name + " (maps: " + maps.keySet() + ")");
        }
        return m;
    }

    public Map<String, KernelMap> maps() {
        return maps;
    }

    public LoadResult result(String program) {
        LoadResult r = programs.get(program);
        if (r == null) {
            throw new IllegalArgumentException("no program named " + program + " (programs: " + programs.keySet() + ")");
        }
        return r;
    }

    /** The loaded program, or an exception carrying the verifier's log if the kernel refused it. */
    public LoadedProgram program(String name) {
        LoadResult r = result(name);
        return r.loaded().orElseThrow(() -> new KernelException("the kernel refused program " + name + ": "
                + r.verdict().message() + "\n" + r.verdict().log(), r.verdict().errno()));
    }

    public Map<String, LoadResult> results() {
        return programs;
    }

    @Override
    public void close() {
        programs.values().forEach(r -> r.loaded().ifPresent(LoadedProgram::close));
        maps.values().forEach(KernelMap::close);
    }
}
