package dev.bpfj.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to load a program or an object.
 *
 * @param verboseLog request the verifier's instruction trace (log level 1) even when it accepts
 * @param logSize initial size of the log buffer in bytes; grown when the kernel reports more
 * @param btf load the object's BTF and pass func_info/line_info, as libbpf does
 * @param devBoundIfindex when not 0, load XDP programs bound to this network device
 *     ({@code prog_ifindex} with {@code BPF_F_XDP_DEV_BOUND_ONLY}, libbpf's
 *     {@code bpf_program__set_ifindex}): what the XDP metadata kfuncs require. The kernel refuses
 *     {@code BPF_PROG_TEST_RUN} of such programs.
 * @param maxEntries map sizes to use instead of the object's, by map name, as a libbpf user sets them
 *     with {@code bpf_map__set_max_entries} before loading (objects often leave {@code max_entries} at 0
 *     for user space to fill in)
 */
public record LoadOptions(boolean verboseLog, long logSize, boolean btf, int devBoundIfindex,
                          Map<String, Integer> maxEntries) {
    /** {@code BPF_F_XDP_DEV_BOUND_ONLY}. */
    public static final int XDP_DEV_BOUND_ONLY = 1 << 6;

    public static final LoadOptions DEFAULT = new LoadOptions(false, 1 << 20, true);

    public LoadOptions {
        maxEntries = Map.copyOf(maxEntries);
    }

    public LoadOptions(boolean verboseLog, long logSize, boolean btf) {
        this(verboseLog, logSize, btf, 0, Map.of());
    }

    public LoadOptions withVerboseLog() {
        return new LoadOptions(true, logSize, btf, devBoundIfindex, maxEntries);
    }

    public LoadOptions withoutBtf() {
        return new LoadOptions(verboseLog, logSize, false, devBoundIfindex, maxEntries);
    }

    /** Loads programs bound to the device with this ifindex (1 is the loopback device). */
    public LoadOptions withDevBound(int ifindex) {
        return new LoadOptions(verboseLog, logSize, btf, ifindex, maxEntries);
    }

    /** Creates map {@code map} with {@code entries} entries whatever the object says. */
    public LoadOptions withMaxEntries(String map, int entries) {
        Map<String, Integer> sizes = new LinkedHashMap<>(maxEntries);
        sizes.put(map, entries);
        return new LoadOptions(verboseLog, logSize, btf, devBoundIfindex, sizes);
    }
}
