package dev.bpfj.dsl;

import dev.bpfj.core.MapType;

/**
 * {@code BPF_MAP_TYPE_ARRAY} or {@code PERCPU_ARRAY}: {@code max_entries} values indexed by a
 * {@code u32}, all present and zero-initialised. Declare with {@code array(...)} or
 * {@code perCpuArray(...)}.
 */
public final class ArrayMap extends DataMap {
    ArrayMap(XdpProgram owner, String name, boolean perCpu, DataType value, int maxEntries) {
        super(owner, name, perCpu ? MapType.PERCPU_ARRAY : MapType.ARRAY, ScalarType.U32, value, maxEntries, 0);
    }
}
