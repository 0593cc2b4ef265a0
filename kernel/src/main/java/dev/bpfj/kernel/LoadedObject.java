package dev.bpfj.kernel;

import dev.bpfj.core.codec.Codecs;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.btf.ObjectBtf;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object loaded as libbpf would: every map created, every program put through the verifier. A
 * refused program does not stop the others; its verdict says why. Close it to release the fds.
 *
 * <p>CO-RE relocations are applied when the object is read ({@code ElfReader}, against the running
 * kernel's BTF by default, as libbpf does before loading), so the instructions loaded here are
 * libbpf's; an object read with {@code CoreTarget.NONE} loads with the compiler's local values.
 */
public final class LoadedObject implements AutoCloseable {
    private final ObjectSpec spec;
    private final Map<String, KernelMap> maps;
    private final Map<String, LoadResult> programs;
    private final LoadedBtf btf;
    private final String btfProblem;

    private LoadedObject(ObjectSpec spec, Map<String, KernelMap> maps, Map<String, LoadResult> programs, LoadedBtf btf,
                         String btfProblem) {
        this.spec = spec;
        this.maps = maps;
        this.programs = programs;
        this.btf = btf;
        this.btfProblem = btfProblem;
    }

    public static LoadedObject load(ObjectSpec spec) {
        return load(spec, LoadOptions.DEFAULT);
    }

    /**
     * Loads an object as libbpf does: its externs resolved against the running kernel (kfuncs and ksyms
     * in its BTF, kconfig values from its configuration), its BTF (when {@link LoadOptions#btf()} and the
     * kernel takes it — otherwise, like libbpf, without), then the maps (the {@code .kconfig} map filled
     * and frozen), then each program with its func and line info.
     *
     * @throws KernelException when a map cannot be created or a strong extern cannot be resolved
     *     (libbpf, too, refuses the whole object then)
     */
    public static LoadedObject load(ObjectSpec spec, LoadOptions options) {
        for (Map.Entry<String, Integer> size : options.maxEntries().entrySet()) {
            spec = spec.withMaxEntries(size.getKey(), size.getValue());
        }
        ResolvedExterns externs = ResolvedExterns.resolve(spec);
        spec = externs.applyTo(spec);
        Map<String, KernelMap> maps = new LinkedHashMap<>();
        Map<String, LoadResult> programs = new LinkedHashMap<>();
        LoadedBtf btf = null;
        String btfProblem = null;
        if (options.btf()) {
            try {
                btf = Kernel.loadBtf(ObjectBtf.of(spec));
            } catch (RuntimeException e) {
                btfProblem = e.getMessage();
            }
        }
        try {
            for (MapSpec m : spec.maps()) {
                maps.put(m.name(), Kernel.createMap(m, btf));
            }
            fillInitialSlots(spec, maps, false, name -> maps.containsKey(name) ? maps.get(name).fd() : -1);
            for (ProgramSpec p : spec.programs()) {
                programs.put(p.name(), Kernel.load(p, maps, spec.license(), options, btf, externs));
            }
            fillInitialSlots(spec, maps, true, name -> programs.containsKey(name)
                    ? programs.get(name).loaded().map(LoadedProgram::fd).orElse(-1) : -1);
        } catch (RuntimeException e) {
            new LoadedObject(spec, maps, programs, btf, btfProblem).close();
            throw e;
        }
        return new LoadedObject(spec, Collections.unmodifiableMap(maps), Collections.unmodifiableMap(programs), btf,
                btfProblem);
    }

    /**
     * Puts initial slots in, as libbpf does: map-in-map slots once the maps exist, program array slots
     * once the programs are loaded. {@code fdOf} gives -1 for a program the kernel refused (its slot
     * stays empty; libbpf would have given up on the whole object).
     */
    private static void fillInitialSlots(ObjectSpec spec, Map<String, KernelMap> maps, boolean programArrays,
                                         java.util.function.ToIntFunction<String> fdOf) {
        for (MapSpec m : spec.maps()) {
            if ((m.type() == dev.bpfj.core.MapType.PROG_ARRAY) != programArrays) {
                continue;
            }
            for (var slot : m.initialSlots().entrySet()) {
                int fd = fdOf.applyAsInt(slot.getValue());
                if (fd >= 0) {
                    maps.get(m.name()).put(Codecs.U32.encode(slot.getKey()), Codecs.U32.encode(fd));
                }
            }
        }
    }

    /** Why the object's BTF was not used (the kernel refused it), or null when it was or was not asked for. */
    public String btfProblem() {
        return btfProblem;
    }

    public boolean hasBtf() {
        return btf != null;
    }

    /** The object as loaded: with the map sizes of {@link LoadOptions#maxEntries()} applied. */
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
        if (btf != null) {
            btf.close();
        }
    }
}
