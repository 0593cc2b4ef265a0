package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.spec.MapSpec;
import java.util.List;

/**
 * A map's contents in Java, with the kernel's behaviour for the program side (helpers return what
 * Linux returns) and a user side for tests (what the {@code bpf(2)} map commands do).
 *
 * <p>Program-side methods take the key and value where the program keeps them — an array and an
 * offset inside a checked region — so lookups copy nothing and allocate nothing.
 */
abstract class MapStore {
    static final long ANY = 0;
    static final long NOEXIST = 1;
    static final long EXIST = 2;
    static final long F_LOCK = 4;
    /** Values above this many bytes in one map are refused rather than risk the JVM's heap. */
    static final long MAX_BYTES = 1L << 30;

    final MapSpec spec;
    final Machine machine;
    final Region handle;

    MapStore(MapSpec spec, Machine machine) {
        this.spec = spec;
        this.machine = machine;
        this.handle = machine.mem.allocate(null, 0, 0, Region.MAP, true, "map " + spec.name(), this);
    }

    String name() {
        return spec.name();
    }

    int keySize() {
        return spec.keySize();
    }

    int valueSize() {
        return spec.valueSize();
    }

    static int stride(int valueSize) {
        return (valueSize + 7) & ~7;
    }

    static long errno(Errno e) {
        return e.negative();
    }

    /** Why a map of {@code spec}'s size cannot exist, with what to do when the object left the size to its loader. */
    static String sizeProblem(MapSpec spec, String needs) {
        String hint = spec.maxEntries() == 0 ? "; an object that leaves max_entries at 0 expects its loader to size"
                + " the map: Interpreter.builder(spec).maxEntries(\"" + spec.name() + "\", n)" : "";
        return spec.type().displayName() + " map " + spec.name() + " needs " + needs + hint;
    }

    static long checkedBytes(String name, long bytes) {
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("map " + name + " would need " + bytes
                    + " bytes; the interpreter keeps maps up to " + MAX_BYTES + " bytes (lower max_entries)");
        }
        return bytes;
    }

    // ---- program side: what the helpers call --------------------------------------------------

    /** {@code bpf_map_lookup_elem}: the address of the value, or 0. */
    long lookup(byte[] key, int keyOff) {
        throw Machine.incompatible(spec.type(), Helpers.MAP_LOOKUP_ELEM);
    }

    /** {@code bpf_map_update_elem}: 0 or a negative errno. */
    long update(byte[] key, int keyOff, byte[] value, int valueOff, long flags) {
        throw Machine.incompatible(spec.type(), Helpers.MAP_UPDATE_ELEM);
    }

    /** {@code bpf_map_delete_elem}: 0 or a negative errno. */
    long delete(byte[] key, int keyOff) {
        throw Machine.incompatible(spec.type(), Helpers.MAP_DELETE_ELEM);
    }

    /** {@code bpf_map_lookup_percpu_elem}: the address of the value on a given CPU, or 0. */
    long lookupOnCpu(byte[] key, int keyOff, int cpu) {
        throw Machine.incompatible(spec.type(), Helpers.get(195));
    }

    /** Visits every element for {@code bpf_for_each_map_elem}: key address, value address. */
    interface ElementVisitor {
        /** Returns true to stop. */
        boolean visit(long keyAddress, long valueAddress);
    }

    /** Number of elements visited. */
    long forEach(ElementVisitor visitor) {
        throw Machine.incompatible(spec.type(), Helpers.get(164));
    }

    // ---- user side: what a test (or bpf(2) from user space) does ------------------------------

    /**
     * Reads a value as user space would: for per-CPU maps one value per CPU, each padded to 8 bytes,
     * concatenated. Null when there is no such element.
     */
    abstract byte[] userLookup(byte[] key);

    /** Writes a value as user space would (per-CPU maps: every CPU's value, concatenated); 0 or -errno. */
    abstract long userUpdate(byte[] key, byte[] value, long flags);

    /** 0 or -errno. */
    abstract long userDelete(byte[] key);

    /** Every key, in the order the map keeps them. */
    abstract List<byte[]> userKeys();

    /** Forgets every element. */
    abstract void clear();

    /** The 4-byte little-endian keys of the indices where {@code present} holds, for array-like maps. */
    static List<byte[]> indexKeys(int count, java.util.function.IntPredicate present) {
        List<byte[]> keys = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (present.test(i)) {
                byte[] k = new byte[4];
                Memory.write(k, 0, 4, i);
                keys.add(k);
            }
        }
        return keys;
    }

    void checkKey(byte[] key) {
        if (key.length != keySize()) {
            throw new IllegalArgumentException("map " + name() + " has " + keySize() + "-byte keys, got "
                    + key.length + " bytes");
        }
    }

    void checkValue(byte[] value, int expected) {
        if (value.length != expected) {
            throw new IllegalArgumentException("map " + name() + " takes " + expected + "-byte values here, got "
                    + value.length + " bytes");
        }
    }

    /** Bytes user space passes per element: value_size, or one 8-aligned value per CPU for per-CPU maps. */
    int userValueSize() {
        return spec.type().isPerCpu() ? stride(valueSize()) * machine.env.cpus() : valueSize();
    }

    static Fault misuse(String message) {
        return new Fault(HELPER_MISUSE, message);
    }
}
