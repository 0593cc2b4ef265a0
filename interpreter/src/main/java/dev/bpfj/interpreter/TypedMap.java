package dev.bpfj.interpreter;

import dev.bpfj.core.codec.Codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link BpfMap} seen through codecs: Java keys and values in, Java keys and values out. */
public final class TypedMap<K, V> {
    private final BpfMap map;
    private final Codec<K> keys;
    private final Codec<V> values;

    TypedMap(BpfMap map, Codec<K> keys, Codec<V> values) {
        if (keys.size() != map.spec().keySize()) {
            throw new IllegalArgumentException("map " + map.name() + " has " + map.spec().keySize() + "-byte keys; "
                    + keys + " has " + keys.size());
        }
        if (values.size() != map.spec().valueSize()) {
            throw new IllegalArgumentException("map " + map.name() + " has " + map.spec().valueSize()
                    + "-byte values; " + values + " has " + values.size());
        }
        this.map = map;
        this.keys = keys;
        this.values = values;
    }

    public BpfMap raw() {
        return map;
    }

    public Optional<V> get(K key) {
        return map.lookup(keys.encode(key)).map(values::decode);
    }

    public TypedMap<K, V> put(K key, V value) {
        map.put(keys.encode(key), values.encode(value));
        return this;
    }

    /** Like {@link BpfMap#update}: 0 or a negative errno. */
    public long update(K key, V value, long flags) {
        return map.update(keys.encode(key), values.encode(value), flags);
    }

    public long delete(K key) {
        return map.delete(keys.encode(key));
    }

    /** Every element, decoded, in the map's order. */
    public Map<K, V> toMap() {
        Map<K, V> out = new LinkedHashMap<>();
        for (BpfMap.Entry e : map.entries()) {
            out.put(keys.decode(e.key()), values.decode(e.value()));
        }
        return out;
    }

    @Override
    public String toString() {
        return map.name() + " " + toMap();
    }
}
