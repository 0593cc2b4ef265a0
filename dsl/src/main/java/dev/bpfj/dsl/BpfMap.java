package dev.bpfj.dsl;

import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import java.util.Objects;

/**
 * A map declared as a field of a program class. Its key and value types give both the sizes the
 * kernel needs and the BTF the object carries. The subclasses offer what each map type can do.
 */
public abstract sealed class BpfMap permits DataMap, RedirectMap, ProgArray, RingBuf, PerfEventArray {
    final XdpProgram owner;
    final String name;
    final MapType type;
    final DataType key;
    final DataType value;
    final int maxEntries;
    final int flags;

    BpfMap(XdpProgram owner, String name, MapType type, DataType key, DataType value, int maxEntries, int flags) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.key = key;
        this.value = value;
        this.maxEntries = maxEntries;
        this.flags = flags;
        if (maxEntries <= 0) {
            throw new BpfBuildException(null, "map " + name + " needs max_entries > 0, not " + maxEntries);
        }
        owner.register(this);
    }

    public String name() {
        return name;
    }

    public MapType type() {
        return type;
    }

    public int maxEntries() {
        return maxEntries;
    }

    Gen gen() {
        return owner.gen();
    }

    /** The map's specification as the object declares it. */
    public MapSpec spec() {
        MapSpec.Builder b = MapSpec.builder(name, type).maxEntries(maxEntries).flags(flags);
        if (key != null) {
            b.keyType(key.btf());
        }
        if (value != null) {
            b.valueType(value.btf());
        }
        return b.build();
    }

    @Override
    public String toString() {
        return name + ": " + type.displayName();
    }
}
