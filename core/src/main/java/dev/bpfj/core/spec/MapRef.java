package dev.bpfj.core.spec;

import dev.bpfj.core.codec.Codec;
import java.util.Objects;

/**
 * A typed handle on a map by name: which map, and how its keys and values map to Java types.
 * Generated skeletons declare one per map; the test kit reads and seeds maps through it.
 *
 * @param <K> the key type
 * @param <V> the value type (one CPU's value for per-CPU maps)
 */
public record MapRef<K, V>(String name, Codec<K> key, Codec<V> value) {
    public MapRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
