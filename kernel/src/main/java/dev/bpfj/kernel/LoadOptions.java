package dev.bpfj.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to load a program or an object.
 *
 * @param verboseLog request the verifier's instruction trace (log level 1) even when it accepts
 * @param logSize initial size of the log buffer in bytes; grown when the kernel reports more
 * @param btf load the object's BTF and pass func_info/line_info, as libbpf does
 * @param maxEntries map sizes to use instead of the object's, by map name, as a libbpf user sets them
 *     with {@code bpf_map__set_max_entries} before loading (objects often leave {@code max_entries} at 0
 *     for user space to fill in)
 */
public record LoadOptions(boolean verboseLog, long logSize, boolean btf, Map<String, Integer> maxEntries) {
    public static final LoadOptions DEFAULT = new LoadOptions(false, 1 << 20, true);

    public LoadOptions {
        maxEntries = Map.copyOf(maxEntries);
    }

    public LoadOptions(boolean verboseLog, long logSize, boolean btf) {
        this(verboseLog, logSize, btf, Map.of());
    }

    public LoadOptions withVerboseLog() {
        return new LoadOptions(true, logSize, btf, maxEntries);
    }

    public LoadOptions withoutBtf() {
        return new LoadOptions(verboseLog, logSize, false, maxEntries);
    }

    /** Creates map {@code map} with {@code entries} entries whatever the object says. */
    public LoadOptions withMaxEntries(String map, int entries) {
        Map<String, Integer> sizes = new LinkedHashMap<>(maxEntries);
        sizes.put(map, entries);
        return new LoadOptions(verboseLog, logSize, btf, sizes);
    }
}
