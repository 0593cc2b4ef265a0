package dev.bpfj.core;

import java.util.Locale;
import java.util.Optional;

/** uapi {@code enum bpf_map_type}; the ordinal is the kernel's number. */
public enum MapType {
    UNSPEC, HASH, ARRAY, PROG_ARRAY, PERF_EVENT_ARRAY, PERCPU_HASH, PERCPU_ARRAY, STACK_TRACE, CGROUP_ARRAY,
    LRU_HASH, LRU_PERCPU_HASH, LPM_TRIE, ARRAY_OF_MAPS, HASH_OF_MAPS, DEVMAP, SOCKMAP, CPUMAP, XSKMAP, SOCKHASH,
    CGROUP_STORAGE, REUSEPORT_SOCKARRAY, PERCPU_CGROUP_STORAGE, QUEUE, STACK, SK_STORAGE, DEVMAP_HASH,
    STRUCT_OPS, RINGBUF, INODE_STORAGE, TASK_STORAGE, BLOOM_FILTER, USER_RINGBUF, CGRP_STORAGE, ARENA;

    /** The {@code BPF_MAP_TYPE_*} number. */
    public int value() {
        return ordinal();
    }

    /** Lower-case name as bpftool prints it ({@code percpu_array}). */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Keeps one value per possible CPU. */
    public boolean isPerCpu() {
        return this == PERCPU_ARRAY || this == PERCPU_HASH || this == LRU_PERCPU_HASH || this == PERCPU_CGROUP_STORAGE;
    }

    /** Indexed by a u32 with every slot present (lookups never miss inside max_entries). */
    public boolean isArray() {
        return this == ARRAY || this == PERCPU_ARRAY;
    }

    public boolean isHash() {
        return this == HASH || this == PERCPU_HASH || this == LRU_HASH || this == LRU_PERCPU_HASH;
    }

    /** A map that {@code bpf_redirect_map} accepts. */
    public boolean isRedirectTarget() {
        return this == DEVMAP || this == DEVMAP_HASH || this == CPUMAP || this == XSKMAP;
    }

    /**
     * Whether libbpf passes BTF key/value type ids when creating maps of this type; for the others it
     * sends sizes only ({@code bpf_map_create} in libbpf.c).
     */
    public boolean takesBtfKeyValue() {
        return switch (this) {
            case PERF_EVENT_ARRAY, CGROUP_ARRAY, STACK_TRACE, ARRAY_OF_MAPS, HASH_OF_MAPS, DEVMAP, DEVMAP_HASH,
                 CPUMAP, XSKMAP, SOCKMAP, SOCKHASH, QUEUE, STACK, RINGBUF, USER_RINGBUF, ARENA, PROG_ARRAY -> false;
            default -> true;
        };
    }

    public static Optional<MapType> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        if (n.startsWith("bpf_map_type_")) {
            n = n.substring("bpf_map_type_".length());
        }
        for (MapType t : values()) {
            if (t.displayName().equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static MapType of(int value) {
        if (value < 0 || value >= values().length) {
            throw new IllegalArgumentException("unknown map type " + value);
        }
        return values()[value];
    }
}
