package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code HASH}, {@code PERCPU_HASH}, {@code LRU_HASH} and {@code LRU_PERCPU_HASH}
 * ({@code kernel/bpf/hashtab.c}).
 *
 * <p>Kernel behaviour kept: flag checks and their errno in the kernel's order, {@code -E2BIG} when
 * full (LRU maps evict instead), a replaced or deleted element's memory stays readable through old
 * pointers until the run ends (RCU), per-CPU updates from a program touch only the current CPU's
 * copy. LRU maps evict what Linux's would ({@link KernelLru}): program lookups set a reference bit,
 * a new element may push out several old ones before the map is full, {@code BPF_F_NO_COMMON_LRU}
 * gives each CPU lists of its own.
 */
final class HashMapStore extends MapStore {
    private static final class Elem {
        final byte[] key;
        final int hash;
        final byte[] value;
        Region[] regions;
        Elem chain;
        Elem older;
        Elem newer;
        /** The element's place in the LRU lists (LRU maps only). */
        KernelLru.Node lruNode;

        Elem(byte[] key, int hash, byte[] value) {
            this.key = key;
            this.hash = hash;
            this.value = value;
        }
    }

    /** {@code BPF_F_NO_COMMON_LRU}: each CPU keeps LRU lists of its own. */
    static final int F_NO_COMMON_LRU = 1 << 1;

    private final boolean perCpu;
    private final boolean lru;
    private final KernelLru policy;
    private final int cpus;
    private final int stride;
    private Elem[] buckets;
    private int size;
    /** Oldest (least recently used) first. */
    private Elem oldest;
    private Elem newest;

    HashMapStore(MapSpec spec, Machine machine) {
        super(spec, machine);
        MapType t = spec.type();
        this.perCpu = t == MapType.PERCPU_HASH || t == MapType.LRU_PERCPU_HASH;
        this.lru = t == MapType.LRU_HASH || t == MapType.LRU_PERCPU_HASH;
        this.cpus = perCpu ? machine.env.cpus() : 1;
        this.stride = perCpu ? stride(spec.valueSize()) : spec.valueSize();
        if (spec.maxEntries() <= 0 || spec.keySize() <= 0) {
            throw new IllegalArgumentException(sizeProblem(spec, "max_entries > 0 and key_size > 0"));
        }
        checkedBytes(spec.name(), (long) spec.maxEntries() * (stride * (long) cpus + spec.keySize()));
        int n = Integer.highestOneBit(Math.max(16, Math.min(spec.maxEntries(), 1 << 20)) * 2 - 1);
        this.buckets = new Elem[n];
        if (lru) {
            boolean ownLists = (spec.flags() & F_NO_COMMON_LRU) != 0;
            int possible = machine.env.cpus();
            this.policy = new KernelLru(KernelLru.adjustedMaxEntries(spec.maxEntries(), possible, ownLists), possible,
                    ownLists, e -> unlink((Elem) e));
        } else {
            this.policy = null;
        }
    }

    private static int hash(byte[] b, int off, int len) {
        int h = 0x811c9dc5;
        for (int i = off; i < off + len; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private Elem find(byte[] key, int off, int h) {
        int ks = keySize();
        for (Elem e = buckets[h & (buckets.length - 1)]; e != null; e = e.chain) {
            if (e.hash == h && Arrays.equals(e.key, 0, ks, key, off, off + ks)) {
                return e;
            }
        }
        return null;
    }

    private void link(Elem e) {
        int b = e.hash & (buckets.length - 1);
        e.chain = buckets[b];
        buckets[b] = e;
        e.older = newest;
        e.newer = null;
        if (newest != null) {
            newest.newer = e;
        } else {
            oldest = e;
        }
        newest = e;
        size++;
    }

    private void unlink(Elem e) {
        int b = e.hash & (buckets.length - 1);
        Elem prev = null;
        for (Elem x = buckets[b]; x != null; prev = x, x = x.chain) {
            if (x == e) {
                if (prev == null) {
                    buckets[b] = x.chain;
                } else {
                    prev.chain = x.chain;
                }
                break;
            }
        }
        if (e.older != null) {
            e.older.newer = e.newer;
        } else {
            oldest = e.newer;
        }
        if (e.newer != null) {
            e.newer.older = e.older;
        } else {
            newest = e.older;
        }
        size--;
        // Like RCU: pointers the running program holds stay valid until the run ends.
        if (e.regions != null) {
            for (Region g : e.regions) {
                if (g != null) {
                    machine.deferredRelease.add(g);
                }
            }
        }
    }

    private Region region(Elem e, int cpu) {
        if (e.regions == null) {
            e.regions = new Region[cpus];
        }
        Region g = e.regions[cpu];
        if (g == null) {
            int b = cpu * stride;
            g = machine.mem.allocate(e.value, b, b + valueSize(), Region.PLAIN, spec.isReadOnlyForProgram(),
                    "value in map " + name() + (perCpu ? " on cpu " + cpu : ""), this);
            e.regions[cpu] = g;
        }
        return g;
    }

    private long address(Elem e, int cpu) {
        return Memory.address(region(e, cpu), cpu * stride);
    }

    @Override
    long lookup(byte[] key, int keyOff) {
        Elem e = find(key, keyOff, hash(key, keyOff, keySize()));
        if (e == null) {
            return 0;
        }
        if (lru) {
            KernelLru.setRef(e.lruNode);
        }
        return address(e, perCpu ? machine.cpu() : 0);
    }

    @Override
    long lookupOnCpu(byte[] key, int keyOff, int cpu) {
        if (!perCpu) {
            return super.lookupOnCpu(key, keyOff, cpu);
        }
        if (cpu < 0 || cpu >= cpus) {
            return 0;
        }
        Elem e = find(key, keyOff, hash(key, keyOff, keySize()));
        if (e != null && lru) {
            KernelLru.setRef(e.lruNode);
        }
        return e == null ? 0 : address(e, cpu);
    }

    @Override
    long update(byte[] key, int keyOff, byte[] value, int valueOff, long flags) {
        return put(key, keyOff, value, valueOff, flags, perCpu ? machine.cpu() : -1);
    }

    /**
     * The shared update path. {@code cpu} is the CPU whose copy a program writes, or -1 when the
     * value holds every CPU's copy (user space) or the map is not per-CPU.
     */
    private long put(byte[] key, int keyOff, byte[] value, int valueOff, long flags, int cpu) {
        if ((flags & ~F_LOCK) > EXIST) {
            return errno(Errno.EINVAL);
        }
        if ((flags & F_LOCK) != 0) {
            return errno(Errno.EINVAL); // needs a bpf_spin_lock in the value, not modelled
        }
        int h = hash(key, keyOff, keySize());
        if (lru) {
            return putLru(key, keyOff, value, valueOff, flags, cpu, h);
        }
        Elem old = find(key, keyOff, h);
        if (old != null && flags == NOEXIST) {
            return errno(Errno.EEXIST);
        }
        if (old == null && flags == EXIST) {
            return errno(Errno.ENOENT);
        }
        if (perCpu && old != null) {
            copyIn(old, value, valueOff, cpu);
            return 0;
        }
        if (old == null && size >= spec.maxEntries()) {
            return errno(Errno.E2BIG);
        }
        Elem e = new Elem(Arrays.copyOfRange(key, keyOff, keyOff + keySize()), h, new byte[stride * cpus]);
        copyIn(e, value, valueOff, cpu);
        if (old != null) {
            unlink(old);
        }
        link(e);
        return 0;
    }

    /**
     * {@code htab_lru_map_update_elem} and {@code __htab_lru_percpu_map_update_elem}: a node is taken
     * first (which may evict elements, even the one being replaced), then the flags are checked.
     */
    private long putLru(byte[] key, int keyOff, byte[] value, int valueOff, long flags, int cpu, int h) {
        int onCpu = machine.cpu();
        Elem e = null;
        if (!perCpu || flags != EXIST) {
            e = new Elem(Arrays.copyOfRange(key, keyOff, keyOff + keySize()), h, new byte[stride * cpus]);
            e.lruNode = new KernelLru.Node(e);
            if (!policy.pop(e.lruNode, onCpu)) {
                return errno(Errno.ENOMEM);
            }
            copyIn(e, value, valueOff, cpu);
        }
        Elem old = find(key, keyOff, h);
        long err = old != null && flags == NOEXIST ? errno(Errno.EEXIST)
                : old == null && flags == EXIST ? errno(Errno.ENOENT) : 0;
        if (err != 0) {
            if (e != null) {
                policy.pushFree(e.lruNode);
            }
            return err;
        }
        if (perCpu && old != null) {
            KernelLru.setRef(old.lruNode);
            copyIn(old, value, valueOff, cpu);
            if (e != null) {
                policy.pushFree(e.lruNode);
            }
            return 0;
        }
        link(e);
        if (old != null) {
            KernelLru.setRef(e.lruNode);
            unlink(old);
            policy.pushFree(old.lruNode);
        }
        return 0;
    }

    private void copyIn(Elem e, byte[] value, int valueOff, int cpu) {
        if (!perCpu) {
            System.arraycopy(value, valueOff, e.value, 0, valueSize());
        } else if (cpu >= 0) {
            System.arraycopy(value, valueOff, e.value, cpu * stride, valueSize());
        } else {
            for (int c = 0; c < cpus; c++) {
                System.arraycopy(value, valueOff + c * stride, e.value, c * stride, valueSize());
            }
        }
    }

    @Override
    long delete(byte[] key, int keyOff) {
        Elem e = find(key, keyOff, hash(key, keyOff, keySize()));
        if (e == null) {
            return errno(Errno.ENOENT);
        }
        unlink(e);
        if (lru) {
            policy.pushFree(e.lruNode);
        }
        return 0;
    }

    @Override
    long forEach(ElementVisitor visitor) {
        Region keyRegion = machine.mem.allocate(null, 0, keySize(), Region.PLAIN, true, "key in map " + name(), this);
        try {
            long n = 0;
            int cpu = perCpu ? machine.cpu() : 0;
            List<Elem> snapshot = new ArrayList<>(size);
            for (Elem e = oldest; e != null; e = e.newer) {
                snapshot.add(e);
            }
            for (Elem e : snapshot) {
                keyRegion.bytes = e.key;
                n++;
                if (visitor.visit(Memory.address(keyRegion, 0), address(e, cpu))) {
                    break;
                }
            }
            return n;
        } finally {
            machine.deferredRelease.add(keyRegion);
        }
    }

    @Override
    byte[] userLookup(byte[] key) {
        checkKey(key);
        Elem e = find(key, 0, hash(key, 0, keySize()));
        if (e == null) {
            return null;
        }
        return perCpu ? e.value.clone() : Arrays.copyOf(e.value, valueSize());
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, userValueSize());
        return put(key, 0, value, 0, flags, -1);
    }

    @Override
    long userDelete(byte[] key) {
        checkKey(key);
        return delete(key, 0);
    }

    @Override
    List<byte[]> userKeys() {
        List<byte[]> keys = new ArrayList<>(size);
        for (Elem e = oldest; e != null; e = e.newer) {
            keys.add(e.key.clone());
        }
        return keys;
    }

    @Override
    void clear() {
        while (oldest != null) {
            Elem e = oldest;
            unlink(e);
            if (lru) {
                policy.pushFree(e.lruNode);
            }
        }
    }

    int size() {
        return size;
    }
}
