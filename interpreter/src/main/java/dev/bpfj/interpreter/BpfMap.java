package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.MapType;
import dev.bpfj.core.codec.Codec;
import dev.bpfj.core.spec.MapRef;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A map of a running object, as a test sees it — what user space sees through {@code bpf(2)}:
 * look up, update and delete elements, list keys, read ring buffer and perf records, fill program
 * and device maps. Keys and values are bytes; numbers and records are accepted wherever a key or
 * value is expected and laid out little-endian at the map's key or value size, records in C layout
 * ({@link RecordCodec}); {@link #as} gives a typed view through core's {@link Codec}s.
 *
 * <pre>{@code
 * BpfMap counters = vm.map("counters");
 * counters.put(6, 0L);                 // u32 key 6, u64 value 0
 * vm.program().run(packet);
 * assert counters.lookupLong(6) == 1;
 * }</pre>
 *
 * <p>Per-CPU maps hold one value per simulated CPU: {@link #lookup} reads the current CPU's,
 * {@link #lookupPerCpu} all of them, {@link #put} sets all of them.
 */
public final class BpfMap {
    /** One element: key and value bytes (for per-CPU maps, the current CPU's value). */
    public record Entry(byte[] key, byte[] value) {
        public Entry {
            key = key.clone();
            value = value.clone();
        }

        @Override
        public byte[] key() {
            return key.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && Arrays.equals(key, e.key) && Arrays.equals(value, e.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key) * 31 + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return HexFormat.of().formatHex(key) + " -> " + HexFormat.of().formatHex(value);
        }
    }

    private final Interpreter owner;
    final MapStore store;

    BpfMap(Interpreter owner, MapStore store) {
        this.owner = owner;
        this.store = store;
    }

    public String name() {
        return store.name();
    }

    public MapSpec spec() {
        return store.spec;
    }

    public MapType type() {
        return store.spec.type();
    }

    /** Encodes a key: bytes as they are, a number little-endian at the key size, a record in C layout. */
    public byte[] key(Object key) {
        return Values.encode(key, store.keySize(), "key of map " + name());
    }

    /** Encodes a value the same way, at the value size. */
    public byte[] value(Object value) {
        return Values.encode(value, store.valueSize(), "value of map " + name());
    }

    private int cpus() {
        return owner.machine.env.cpus();
    }

    private boolean perCpu() {
        return type().isPerCpu();
    }

    private byte[] currentCpu(byte[] all) {
        if (all == null || !perCpu()) {
            return all;
        }
        int stride = MapStore.stride(store.valueSize());
        int cpu = owner.machine.env.cpu();
        return Arrays.copyOfRange(all, cpu * stride, cpu * stride + store.valueSize());
    }

    private void released() {
        owner.machine.endRun();
    }

    /** The value (the current CPU's for per-CPU maps), or empty. */
    public Optional<byte[]> lookup(Object key) {
        return Optional.ofNullable(currentCpu(store.userLookup(key(key))));
    }

    /** The value, which must exist. */
    public byte[] get(Object key) {
        return lookup(key).orElseThrow(() -> new IllegalStateException("map " + name() + " has no element "
                + HexFormat.of().formatHex(key(key))));
    }

    /** The value as an unsigned little-endian number (values of up to 8 bytes), which must exist. */
    public long lookupLong(Object key) {
        byte[] v = get(key);
        if (v.length > 8) {
            throw new IllegalStateException("map " + name() + " has " + v.length + "-byte values; read them with get()");
        }
        return Memory.read(Arrays.copyOf(v, 8), 0, 8);
    }

    /** One value per simulated CPU (per-CPU maps only), or empty. */
    public Optional<List<byte[]>> lookupPerCpu(Object key) {
        if (!perCpu()) {
            throw new IllegalStateException("map " + name() + " is a " + type().displayName() + " map, not per-CPU");
        }
        byte[] all = store.userLookup(key(key));
        if (all == null) {
            return Optional.empty();
        }
        int stride = MapStore.stride(store.valueSize());
        List<byte[]> out = new ArrayList<>();
        for (int c = 0; c < cpus(); c++) {
            out.add(Arrays.copyOfRange(all, c * stride, c * stride + store.valueSize()));
        }
        return Optional.of(out);
    }

    /** The sum over CPUs of a per-CPU numeric value (0 when there is no element). */
    public long sumLong(Object key) {
        return lookupPerCpu(key).map(vs -> vs.stream().mapToLong(v -> Memory.read(Arrays.copyOf(v, 8), 0, 8)).sum())
                .orElse(0L);
    }

    /**
     * Updates an element as {@code bpf_map_update_elem} from user space does; returns 0 or the negative
     * errno Linux returns ({@code -EEXIST}, {@code -ENOENT}, {@code -E2BIG}...). Per-CPU maps take
     * the value for every CPU.
     */
    public long update(Object key, Object value, long flags) {
        byte[] v;
        if (perCpu() && !(value instanceof byte[] b && b.length == store.userValueSize())) {
            byte[] one = value(value);
            int stride = MapStore.stride(store.valueSize());
            v = new byte[stride * cpus()];
            for (int c = 0; c < cpus(); c++) {
                System.arraycopy(one, 0, v, c * stride, one.length);
            }
        } else {
            v = perCpu() ? (byte[]) value : value(value);
        }
        long r = store.userUpdate(key(key), v, flags);
        released();
        return r;
    }

    /** Sets an element (BPF_ANY) or fails with the reason. */
    public BpfMap put(Object key, Object value) {
        long r = update(key, value, MapStore.ANY);
        if (r != 0) {
            throw new IllegalStateException("updating map " + name() + " failed with " + describe(r));
        }
        return this;
    }

    /** Deletes an element; returns 0 or a negative errno ({@code -ENOENT}, {@code -EINVAL} for arrays). */
    public long delete(Object key) {
        long r = store.userDelete(key(key));
        released();
        return r;
    }

    public List<byte[]> keys() {
        return store.userKeys();
    }

    /** Every element, in the map's order (for arrays every index, zero values included). */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (byte[] k : keys()) {
            byte[] v = currentCpu(store.userLookup(k));
            if (v != null) {
                out.add(new Entry(k, v));
            }
        }
        return out;
    }

    /** Elements present: for arrays max_entries, for the others the current count. */
    public int size() {
        return keys().size();
    }

    public void clear() {
        store.clear();
        released();
    }

    /** A typed view with codecs for keys and values. */
    public <K, V> TypedMap<K, V> as(Codec<K> keys, Codec<V> values) {
        return new TypedMap<>(this, keys, values);
    }

    /** A typed view through a skeleton's map reference (its name must be this map's). */
    public <K, V> TypedMap<K, V> as(MapRef<K, V> ref) {
        if (!ref.name().equals(name())) {
            throw new IllegalArgumentException("the reference names map " + ref.name() + ", this is " + name());
        }
        return new TypedMap<>(this, ref.key(), ref.value());
    }

    // ---- special maps ----

    /** Puts a program of the same object into a {@code PROG_ARRAY} slot (null empties it). */
    public BpfMap setProgram(int index, String program) {
        if (!(store instanceof ProgArrayMap p)) {
            throw new IllegalStateException("map " + name() + " is not a prog_array");
        }
        p.set(index, program);
        return this;
    }

    /**
     * Puts another map of the object into a slot of this {@code ARRAY_OF_MAPS}/{@code HASH_OF_MAPS}
     * (null empties it), as a loader does for {@code .values = { [0] = &inner }}.
     */
    public BpfMap setInnerMap(Object key, String innerMap) {
        if (!(store instanceof MapOfMaps outer)) {
            throw new IllegalStateException("map " + name() + " is not a map of maps");
        }
        long r;
        if (innerMap == null) {
            r = outer.userDelete(key(key));
        } else {
            BpfMap inner = owner.map(innerMap);
            r = outer.set(key(key), inner.store, MapStore.ANY);
        }
        if (r != 0) {
            throw new IllegalStateException("putting map " + innerMap + " into " + name() + " failed with "
                    + describe(r) + (r == Errno.EINVAL.negative() ? " (it does not match the inner map template "
                    + store.spec.innerMap() + ")" : ""));
        }
        return this;
    }

    /** Ring buffer records not consumed yet, oldest first. */
    public List<byte[]> records() {
        if (store instanceof RingBufMap rb) {
            return rb.unread();
        }
        if (store instanceof PerfEventArrayMap perf) {
            return perf.unread().stream().map(Event.PerfOutput::data).toList();
        }
        throw new IllegalStateException("map " + name() + " is not a ring buffer or perf event array");
    }

    /** Consumes and returns the unread records, as a user-space reader does (frees ring buffer space). */
    public List<byte[]> drain() {
        if (store instanceof RingBufMap rb) {
            return rb.drain();
        }
        if (store instanceof PerfEventArrayMap perf) {
            return perf.drain().stream().map(Event.PerfOutput::data).toList();
        }
        throw new IllegalStateException("map " + name() + " is not a ring buffer or perf event array");
    }

    /** Binds a perf event array slot to a CPU, or closes it with -1. */
    public BpfMap bindPerfSlot(int slot, int cpu) {
        if (!(store instanceof PerfEventArrayMap perf)) {
            throw new IllegalStateException("map " + name() + " is not a perf event array");
        }
        perf.bind(slot, cpu);
        return this;
    }

    static String describe(long r) {
        Errno e = Errno.ofNegative(r);
        return e == null ? String.valueOf(r) : "-" + e.name();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(store.spec.toString());
        if (store instanceof ArrayMap || store instanceof HashMapStore || store instanceof LpmTrieMap
                || store instanceof RedirectMap) {
            List<Entry> es = entries();
            int shown = 0;
            for (Entry e : es) {
                if (shown++ == 32) {
                    sb.append("\n  ... ").append(es.size() - 32).append(" more");
                    break;
                }
                sb.append("\n  ").append(e);
            }
        }
        return sb.toString();
    }
}
