package dev.bpfj.dsl;

import dev.bpfj.core.MapType;

/**
 * A hash map: {@code HASH}, {@code PERCPU_HASH}, {@code LRU_HASH} or {@code LRU_PERCPU_HASH}. Keys and
 * values are scalars or struct layouts. Declare with {@code hash(...)}, {@code lruHash(...)} and their
 * per-CPU variants.
 */
public final class HashTable extends DataMap {
    HashTable(XdpProgram owner, String name, MapType type, DataType key, DataType value, int maxEntries, int flags) {
        super(owner, name, type, key, value, maxEntries, flags);
    }
}
