package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code BPF_MAP_TYPE_LPM_TRIE} ({@code kernel/bpf/lpm_trie.c}). A key is the kernel's
 * {@code struct bpf_lpm_trie_key_u8}: a host-order u32 prefix length, then {@code key_size - 4}
 * data bytes compared most significant bit first. A lookup finds the entry with the longest prefix
 * that is no longer than the key's own prefix length and matches the key's leading bits.
 */
final class LpmTrieMap extends MapStore {
    /** Prefix length plus the prefix bits (the rest zeroed): what makes two keys the same entry. */
    private static final class Prefix {
        byte[] bits;
        int hash;

        Prefix(byte[] bits) {
            set(bits);
        }

        void set(byte[] bits) {
            this.bits = bits;
            this.hash = Arrays.hashCode(bits);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Prefix p && Arrays.equals(bits, p.bits);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final class Entry {
        final byte[] key;
        final byte[] value;
        Region region;

        Entry(byte[] key, byte[] value) {
            this.key = key;
            this.value = value;
        }
    }

    private final int dataSize;
    private final int maxPrefix;
    /** Entries by prefix length, longest first. */
    private final TreeMap<Integer, Map<Prefix, Entry>> byLength = new TreeMap<>((a, b) -> Integer.compare(b, a));
    private int count;
    private final byte[] scratch;
    private final Prefix probe;

    LpmTrieMap(MapSpec spec, Machine machine) {
        super(spec, machine);
        if (spec.keySize() < 5 || spec.keySize() > 4 + 256) {
            throw new IllegalArgumentException("LPM trie " + spec.name() + " needs key_size 5..260, got "
                    + spec.keySize());
        }
        this.dataSize = spec.keySize() - 4;
        this.maxPrefix = dataSize * 8;
        this.scratch = new byte[dataSize];
        this.probe = new Prefix(scratch);
    }

    private static void mask(byte[] src, int off, int bits, byte[] out) {
        int full = bits >>> 3;
        System.arraycopy(src, off, out, 0, full);
        int rest = bits & 7;
        int i = full;
        if (rest != 0) {
            out[i++] = (byte) (src[off + full] & (0xff00 >>> rest));
        }
        Arrays.fill(out, i, out.length, (byte) 0);
    }

    private Entry find(byte[] key, int off, int prefixLen) {
        Map<Prefix, Entry> m = byLength.get(prefixLen);
        if (m == null) {
            return null;
        }
        mask(key, off + 4, prefixLen, scratch);
        probe.set(scratch);
        return m.get(probe);
    }

    @Override
    long lookup(byte[] key, int keyOff) {
        long prefixLen = Memory.read(key, keyOff, 4);
        if (prefixLen > maxPrefix) {
            return 0;
        }
        for (var level : byLength.tailMap((int) prefixLen, true).entrySet()) {
            mask(key, keyOff + 4, level.getKey(), scratch);
            probe.set(scratch);
            Entry e = level.getValue().get(probe);
            if (e != null) {
                return address(e);
            }
        }
        return 0;
    }

    private long address(Entry e) {
        if (e.region == null) {
            e.region = machine.mem.allocate(e.value, 0, valueSize(), Region.PLAIN, spec.isReadOnlyForProgram(),
                    "value in map " + name(), this);
        }
        return Memory.address(e.region, 0);
    }

    @Override
    long update(byte[] key, int keyOff, byte[] value, int valueOff, long flags) {
        if (flags > EXIST || flags < 0) {
            return errno(Errno.EINVAL);
        }
        long prefixLen = Memory.read(key, keyOff, 4);
        if (prefixLen > maxPrefix) {
            return errno(Errno.EINVAL);
        }
        int len = (int) prefixLen;
        Entry old = find(key, keyOff, len);
        if (old != null && flags == NOEXIST) {
            return errno(Errno.EEXIST);
        }
        if (old == null) {
            if (flags == EXIST) {
                return errno(Errno.ENOENT);
            }
            if (count == spec.maxEntries()) {
                return errno(Errno.ENOSPC);
            }
            count++;
        } else if (old.region != null) {
            machine.deferredRelease.add(old.region);
        }
        byte[] bits = new byte[dataSize];
        mask(key, keyOff + 4, len, bits);
        Entry e = new Entry(Arrays.copyOfRange(key, keyOff, keyOff + keySize()),
                Arrays.copyOfRange(value, valueOff, valueOff + valueSize()));
        byLength.computeIfAbsent(len, k -> new HashMap<>()).put(new Prefix(bits), e);
        return 0;
    }

    @Override
    long delete(byte[] key, int keyOff) {
        long prefixLen = Memory.read(key, keyOff, 4);
        if (prefixLen > maxPrefix) {
            return errno(Errno.EINVAL);
        }
        Entry old = find(key, keyOff, (int) prefixLen);
        if (old == null) {
            return errno(Errno.ENOENT);
        }
        Map<Prefix, Entry> m = byLength.get((int) prefixLen);
        m.remove(probe);
        if (m.isEmpty()) {
            byLength.remove((int) prefixLen);
        }
        count--;
        if (old.region != null) {
            machine.deferredRelease.add(old.region);
        }
        return 0;
    }

    @Override
    byte[] userLookup(byte[] key) {
        checkKey(key);
        long prefixLen = Memory.read(key, 0, 4);
        if (prefixLen > maxPrefix) {
            return null;
        }
        Entry e = find(key, 0, (int) prefixLen);
        return e == null ? null : e.value.clone();
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, valueSize());
        return update(key, 0, value, 0, flags);
    }

    @Override
    long userDelete(byte[] key) {
        checkKey(key);
        return delete(key, 0);
    }

    @Override
    List<byte[]> userKeys() {
        List<byte[]> keys = new ArrayList<>(count);
        for (Map<Prefix, Entry> m : byLength.descendingMap().values()) {
            for (Entry e : m.values()) {
                keys.add(e.key.clone());
            }
        }
        return keys;
    }

    @Override
    void clear() {
        for (Map<Prefix, Entry> m : byLength.values()) {
            for (Entry e : m.values()) {
                if (e.region != null) {
                    machine.deferredRelease.add(e.region);
                }
            }
        }
        byLength.clear();
        count = 0;
    }
}
