package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;
import dev.bpfj.core.XdpAction;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The maps {@code bpf_redirect_map} sends packets through: {@code DEVMAP}, {@code DEVMAP_HASH}
 * ({@code kernel/bpf/devmap.c}), {@code CPUMAP} and {@code XSKMAP}. Entries are set by the test
 * (in Linux, by user space); slots start empty. A program may look up devmap entries (read-only
 * {@code struct bpf_devmap_val}) and xskmap entries (an opaque socket pointer), never cpumap ones.
 */
final class RedirectMap extends MapStore {
    static final long F_BROADCAST = 1L << 3;
    static final long F_EXCLUDE_INGRESS = 1L << 4;
    private static final long ACTION_MASK = XdpAction.ABORTED.value() | XdpAction.DROP.value()
            | XdpAction.PASS.value() | XdpAction.TX.value();

    private static final class Entry {
        final byte[] value;
        Region region;

        Entry(byte[] value) {
            this.value = value;
        }
    }

    private final TreeMap<Long, Entry> entries = new TreeMap<>(Long::compareUnsigned);
    private final boolean hashed;

    RedirectMap(MapSpec spec, Machine machine) {
        super(spec, machine);
        this.hashed = spec.type() == MapType.DEVMAP_HASH;
        if (spec.keySize() != 4) {
            throw new IllegalArgumentException(spec.type().displayName() + " " + spec.name() + " needs 4-byte keys");
        }
    }

    private long flagMask() {
        return spec.type() == MapType.DEVMAP || hashed ? F_BROADCAST | F_EXCLUDE_INGRESS : 0;
    }

    /** {@code __bpf_xdp_redirect_map}: records the target and returns the action. */
    long redirect(long index, long flags) {
        if ((flags & ~(ACTION_MASK | flagMask())) != 0) {
            return XdpAction.ABORTED.value();
        }
        Entry e = entries.get(index & 0xffffffffL);
        if (e == null && (flags & F_BROADCAST) == 0) {
            machine.redirect = null;
            return flags & ACTION_MASK;
        }
        machine.redirect = new Redirect(name(), spec.type(), index, (flags & F_BROADCAST) != 0 ? flags : 0,
                e == null ? null : e.value.clone());
        return XdpAction.REDIRECT.value();
    }

    @Override
    long lookup(byte[] key, int keyOff) {
        if (spec.type() == MapType.CPUMAP) {
            throw Machine.incompatible(spec.type(), Helpers.MAP_LOOKUP_ELEM);
        }
        Entry e = entries.get(Memory.read(key, keyOff, 4));
        if (e == null) {
            return 0;
        }
        if (e.region == null) {
            boolean socket = spec.type() == MapType.XSKMAP;
            e.region = machine.mem.allocate(e.value, 0, socket ? 0 : valueSize(),
                    socket ? Region.OPAQUE : Region.PLAIN, true,
                    socket ? "xdp_sock in map " + name() : "bpf_devmap_val in map " + name(), this);
        }
        return Memory.address(e.region, 0);
    }

    @Override
    byte[] userLookup(byte[] key) {
        checkKey(key);
        Entry e = entries.get(Memory.read(key, 0, 4));
        return e == null ? null : e.value.clone();
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, valueSize());
        long index = Memory.read(key, 0, 4);
        if (flags > EXIST || flags < 0) {
            return errno(Errno.EINVAL);
        }
        if (!hashed) {
            if (index >= spec.maxEntries()) {
                return errno(Errno.E2BIG);
            }
            if (flags == NOEXIST) {
                return errno(Errno.EEXIST);
            }
        } else {
            Entry old = entries.get(index);
            if (old != null && flags == NOEXIST) {
                return errno(Errno.EEXIST);
            }
            if (old == null && flags == EXIST) {
                return errno(Errno.ENOENT);
            }
            if (old == null && entries.size() >= spec.maxEntries()) {
                return errno(Errno.E2BIG);
            }
        }
        Entry old = entries.put(index, new Entry(value.clone()));
        if (old != null && old.region != null) {
            machine.deferredRelease.add(old.region);
        }
        return 0;
    }

    @Override
    long userDelete(byte[] key) {
        checkKey(key);
        long index = Memory.read(key, 0, 4);
        if (!hashed && index >= spec.maxEntries()) {
            return errno(Errno.EINVAL);
        }
        Entry old = entries.remove(index);
        if (old == null) {
            return hashed ? errno(Errno.ENOENT) : 0;
        }
        if (old.region != null) {
            machine.deferredRelease.add(old.region);
        }
        return 0;
    }

    @Override
    List<byte[]> userKeys() {
        List<byte[]> keys = new ArrayList<>();
        for (long k : entries.keySet()) {
            byte[] b = new byte[4];
            Memory.write(b, 0, 4, k);
            keys.add(b);
        }
        return keys;
    }

    @Override
    void clear() {
        for (Entry e : entries.values()) {
            if (e.region != null) {
                machine.deferredRelease.add(e.region);
            }
        }
        entries.clear();
    }
}
