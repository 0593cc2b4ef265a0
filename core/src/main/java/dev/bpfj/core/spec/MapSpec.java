package dev.bpfj.core.spec;

import dev.bpfj.core.MapType;
import dev.bpfj.core.btf.BtfType;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A map as an object declares it: what a loader needs to create it, and the BTF types of its key and
 * value when known. Immutable; build one with {@link #builder(String, MapType)}.
 */
public final class MapSpec {
    /** {@code BPF_F_NO_PREALLOC} */
    public static final int F_NO_PREALLOC = 1;
    /** {@code BPF_F_RDONLY_PROG} */
    public static final int F_RDONLY_PROG = 1 << 7;
    /** {@code BPF_F_MMAPABLE} */
    public static final int F_MMAPABLE = 1 << 10;

    private final String name;
    private final MapType type;
    private final int keySize;
    private final int valueSize;
    private final int maxEntries;
    private final int flags;
    private final Pinning pinning;
    private final int numaNode;
    private final long mapExtra;
    private final BtfType keyType;
    private final BtfType valueType;
    private final MapSpec innerMap;
    private final MapDefinitionKind definition;
    private final byte[] initialData;
    private final byte[] legacyExtra;
    private final SortedMap<Integer, String> initialSlots;

    private MapSpec(Builder b) {
        this.name = b.name;
        this.type = b.type;
        this.keySize = b.keySize;
        this.valueSize = b.valueSize;
        this.maxEntries = b.maxEntries;
        this.flags = b.flags;
        this.pinning = b.pinning;
        this.numaNode = b.numaNode;
        this.mapExtra = b.mapExtra;
        this.keyType = b.keyType;
        this.valueType = b.valueType;
        this.innerMap = b.innerMap;
        this.definition = b.definition;
        this.initialData = b.initialData == null ? null : b.initialData.clone();
        this.legacyExtra = b.legacyExtra == null ? new byte[0] : b.legacyExtra.clone();
        this.initialSlots = Collections.unmodifiableSortedMap(new TreeMap<>(b.initialSlots));
    }

    public static Builder builder(String name, MapType type) {
        return new Builder(name, type);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name, type);
        b.keySize = keySize;
        b.valueSize = valueSize;
        b.maxEntries = maxEntries;
        b.flags = flags;
        b.pinning = pinning;
        b.numaNode = numaNode;
        b.mapExtra = mapExtra;
        b.keyType = keyType;
        b.valueType = valueType;
        b.innerMap = innerMap;
        b.definition = definition;
        b.initialData = initialData;
        b.legacyExtra = legacyExtra;
        b.initialSlots.putAll(initialSlots);
        return b;
    }

    public String name() {
        return name;
    }

    public MapType type() {
        return type;
    }

    public int keySize() {
        return keySize;
    }

    public int valueSize() {
        return valueSize;
    }

    public int maxEntries() {
        return maxEntries;
    }

    public int flags() {
        return flags;
    }

    public Pinning pinning() {
        return pinning;
    }

    public int numaNode() {
        return numaNode;
    }

    public long mapExtra() {
        return mapExtra;
    }

    /** The key's BTF type, or null when the object gives only a size. */
    public BtfType keyType() {
        return keyType;
    }

    /** The value's BTF type, or null when the object gives only a size. */
    public BtfType valueType() {
        return valueType;
    }

    /** The template of the inner map for map-in-map types, or null. */
    public MapSpec innerMap() {
        return innerMap;
    }

    public MapDefinitionKind definition() {
        return definition;
    }

    /** Initial contents of the single value of a data-section map, or null for other maps. */
    public byte[] initialData() {
        return initialData == null ? null : initialData.clone();
    }

    /** Bytes of a legacy {@code bpf_map_def} beyond its five u32 fields (cilium/ebpf's {@code Extra}). */
    public byte[] legacyExtra() {
        return legacyExtra.clone();
    }

    /**
     * What a loader puts into a program array or map-in-map when it creates it, by slot: the name of a
     * program (program arrays) or of a map of the object (map-in-map), as libbpf does for
     * {@code .values = { [i] = &x }} initialisers (the {@code .rel.maps} relocations). Empty for others.
     */
    public SortedMap<Integer, String> initialSlots() {
        return initialSlots;
    }

    public boolean isReadOnlyForProgram() {
        return (flags & F_RDONLY_PROG) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapSpec m && name.equals(m.name) && type == m.type && keySize == m.keySize
                && valueSize == m.valueSize && maxEntries == m.maxEntries && flags == m.flags && pinning == m.pinning
                && numaNode == m.numaNode && mapExtra == m.mapExtra && Objects.equals(keyType, m.keyType)
                && Objects.equals(valueType, m.valueType) && Objects.equals(innerMap, m.innerMap)
                && definition == m.definition && Arrays.equals(initialData, m.initialData)
                && Arrays.equals(legacyExtra, m.legacyExtra) && initialSlots.equals(m.initialSlots);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, keySize, valueSize, maxEntries, flags);
    }

    /** {@code counters: percpu_array key=4 value=8 max_entries=256} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(": ").append(type.displayName());
        sb.append(" key=").append(keySize);
        if (keyType != null) {
            sb.append(" (").append(keyType).append(')');
        }
        sb.append(" value=").append(valueSize);
        if (valueType != null) {
            sb.append(" (").append(valueType).append(')');
        }
        sb.append(" max_entries=").append(maxEntries);
        if (flags != 0) {
            sb.append(" flags=0x").append(Integer.toHexString(flags));
        }
        if (pinning != Pinning.NONE) {
            sb.append(" pinning=").append(pinning.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!initialSlots.isEmpty()) {
            sb.append(" values=").append(initialSlots);
        }
        return sb.toString();
    }

    /** Single-use builder of a {@link MapSpec}. */
    public static final class Builder {
        private final String name;
        private final MapType type;
        private int keySize;
        private int valueSize;
        private int maxEntries;
        private int flags;
        private Pinning pinning = Pinning.NONE;
        private int numaNode;
        private long mapExtra;
        private BtfType keyType;
        private BtfType valueType;
        private MapSpec innerMap;
        private MapDefinitionKind definition = MapDefinitionKind.BTF;
        private byte[] initialData;
        private byte[] legacyExtra;
        private final SortedMap<Integer, String> initialSlots = new TreeMap<>();

        private Builder(String name, MapType type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a map needs a name");
            }
        }

        public Builder keySize(int bytes) {
            this.keySize = bytes;
            return this;
        }

        public Builder valueSize(int bytes) {
            this.valueSize = bytes;
            return this;
        }

        /** Sets the key type and, from it, the key size. */
        public Builder keyType(BtfType t) {
            this.keyType = t;
            if (t != null && t.size() >= 0) {
                this.keySize = t.size();
            }
            return this;
        }

        /** Sets the value type and, from it, the value size. */
        public Builder valueType(BtfType t) {
            this.valueType = t;
            if (t != null && t.size() >= 0) {
                this.valueSize = t.size();
            }
            return this;
        }

        public Builder maxEntries(int n) {
            this.maxEntries = n;
            return this;
        }

        public Builder flags(int f) {
            this.flags = f;
            return this;
        }

        public Builder pinning(Pinning p) {
            this.pinning = Objects.requireNonNull(p);
            return this;
        }

        public Builder numaNode(int node) {
            this.numaNode = node;
            return this;
        }

        public Builder mapExtra(long extra) {
            this.mapExtra = extra;
            return this;
        }

        public Builder innerMap(MapSpec inner) {
            this.innerMap = inner;
            return this;
        }

        public Builder definition(MapDefinitionKind kind) {
            this.definition = Objects.requireNonNull(kind);
            return this;
        }

        public Builder initialData(byte[] data) {
            this.initialData = data == null ? null : data.clone();
            return this;
        }

        public Builder legacyExtra(byte[] extra) {
            this.legacyExtra = extra == null ? null : extra.clone();
            return this;
        }

        /** Puts program or map {@code target} into slot {@code index} when the map is created. */
        public Builder initialSlot(int index, String target) {
            if (index < 0) {
                throw new IllegalArgumentException("slot " + index + " of map " + name + " is negative");
            }
            initialSlots.put(index, Objects.requireNonNull(target, "target"));
            return this;
        }

        public Builder clearInitialSlots() {
            initialSlots.clear();
            return this;
        }

        public Builder initialSlots(Map<Integer, String> slots) {
            slots.forEach(this::initialSlot);
            return this;
        }

        public MapSpec build() {
            return new MapSpec(this);
        }
    }
}
