package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ARRAY_OF_MAPS} and {@code HASH_OF_MAPS} ({@code kernel/bpf/map_in_map.c}): slots hold other
 * maps of the object. A program's lookup yields the inner map itself, ready for the map helpers;
 * only user space (the test) fills slots, with a map that matches the outer map's inner template.
 * Values user space reads and writes are map ids: the 1-based position of the map in the object.
 */
final class MapOfMaps extends MapStore {
    private final boolean array;
    private final Map<String, MapStore> slots = new LinkedHashMap<>();

    MapOfMaps(MapSpec spec, Machine machine) {
        super(spec, machine);
        this.array = spec.type() == MapType.ARRAY_OF_MAPS;
        if (spec.keySize() <= 0 || (array && spec.keySize() != 4)) {
            throw new IllegalArgumentException(spec.type().displayName() + " " + spec.name() + " has a bad key size");
        }
    }

    private static String key(byte[] b, int off, int len) {
        return HexFormat.of().formatHex(b, off, off + len);
    }

    @Override
    long lookup(byte[] key, int keyOff) {
        if (array && Memory.read(key, keyOff, 4) >= spec.maxEntries()) {
            return 0;
        }
        MapStore inner = slots.get(key(key, keyOff, keySize()));
        return inner == null ? 0 : Memory.address(inner.handle, 0);
    }

    @Override
    long update(byte[] key, int keyOff, byte[] value, int valueOff, long flags) {
        throw misuse("cannot update " + spec.type().displayName() + " " + name() + " from a program; only user space"
                + " puts maps into it (" + Helpers.MAP_UPDATE_ELEM.cName() + ")");
    }

    @Override
    long delete(byte[] key, int keyOff) {
        throw misuse("cannot delete from " + spec.type().displayName() + " " + name() + " in a program");
    }

    /** Puts a map into a slot, or empties it (null); 0 or -errno as the kernel's map_update. */
    long set(byte[] key, MapStore inner, long flags) {
        checkKey(key);
        if (flags > EXIST || flags < 0) {
            return errno(Errno.EINVAL);
        }
        String k = key(key, 0, key.length);
        boolean present = slots.containsKey(k);
        if (array) {
            if (Memory.read(key, 0, 4) >= spec.maxEntries()) {
                return errno(Errno.E2BIG);
            }
            if (flags == NOEXIST) {
                return errno(Errno.EEXIST);
            }
        } else {
            if (present && flags == NOEXIST) {
                return errno(Errno.EEXIST);
            }
            if (!present && flags == EXIST) {
                return errno(Errno.ENOENT);
            }
            if (!present && slots.size() >= spec.maxEntries()) {
                return errno(Errno.E2BIG);
            }
        }
        MapSpec t = spec.innerMap();
        if (t != null && (inner.spec.type() != t.type() || inner.keySize() != t.keySize()
                || inner.valueSize() != t.valueSize()
                || (inner.spec.maxEntries() != t.maxEntries() && (t.flags() & (1 << 12)) == 0))) {
            return errno(Errno.EINVAL); // bpf_map_meta_equal: the inner map does not match the template
        }
        slots.put(k, inner);
        return 0;
    }

    private MapStore byId(byte[] value) {
        long id = Memory.read(value, 0, 4);
        List<MapStore> all = new ArrayList<>(machine.maps.values());
        return id >= 1 && id <= all.size() ? all.get((int) id - 1) : null;
    }

    static int idOf(Machine machine, MapStore m) {
        return new ArrayList<>(machine.maps.values()).indexOf(m) + 1;
    }

    @Override
    byte[] userLookup(byte[] key) {
        checkKey(key);
        MapStore inner = slots.get(key(key, 0, key.length));
        if (inner == null) {
            return null;
        }
        byte[] v = new byte[4];
        Memory.write(v, 0, 4, idOf(machine, inner));
        return v;
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        checkValue(value, 4);
        MapStore inner = byId(value);
        if (inner == null || inner == this) {
            return errno(Errno.EBADF);
        }
        return set(key, inner, flags);
    }

    @Override
    int userValueSize() {
        return 4;
    }

    @Override
    long userDelete(byte[] key) {
        checkKey(key);
        if (array && Memory.read(key, 0, 4) >= spec.maxEntries()) {
            return errno(Errno.E2BIG);
        }
        return slots.remove(key(key, 0, key.length)) == null && !array ? errno(Errno.ENOENT) : 0;
    }

    @Override
    List<byte[]> userKeys() {
        List<byte[]> keys = new ArrayList<>();
        for (String k : slots.keySet()) {
            keys.add(HexFormat.of().parseHex(k));
        }
        return keys;
    }

    @Override
    void clear() {
        slots.clear();
    }
}
