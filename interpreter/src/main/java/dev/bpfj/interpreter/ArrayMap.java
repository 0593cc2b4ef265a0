package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import java.util.List;

/**
 * {@code BPF_MAP_TYPE_ARRAY} and {@code PERCPU_ARRAY} ({@code kernel/bpf/arraymap.c}), and the
 * one-element arrays behind {@code .data}, {@code .rodata} and {@code .bss}: every index below
 * {@code max_entries} exists, values start zeroed, nothing can be deleted. Each element (on each
 * CPU) is a region of its own, so a pointer into one value cannot reach its neighbour.
 */
final class ArrayMap extends MapStore {
    private final boolean perCpu;
    private final int cpus;
    private final int stride;
    private final byte[] storage;
    private final Region[] regions;

    ArrayMap(MapSpec spec, Machine machine) {
        super(spec, machine);
        if (spec.maxEntries() <= 0) {
            throw new IllegalArgumentException(sizeProblem(spec, "max_entries > 0"));
        }
        this.perCpu = spec.type() == MapType.PERCPU_ARRAY;
        this.cpus = perCpu ? machine.env.cpus() : 1;
        this.stride = stride(spec.valueSize());
        long bytes = checkedBytes(spec.name(), (long) spec.maxEntries() * cpus * stride);
        this.storage = new byte[(int) bytes];
        this.regions = new Region[spec.maxEntries() * cpus];
        byte[] initial = spec.initialData();
        if (initial != null) {
            System.arraycopy(initial, 0, storage, 0, Math.min(initial.length, spec.valueSize()));
        }
    }

    private int base(int index, int cpu) {
        return (index * cpus + cpu) * stride;
    }

    /** The region of one element on one CPU, made the first time a program asks for it. */
    Region region(int index, int cpu) {
        int slot = index * cpus + cpu;
        Region g = regions[slot];
        if (g == null) {
            int b = base(index, cpu);
            String label = "map " + name() + "[" + index + "]" + (perCpu ? " on cpu " + cpu : "");
            g = machine.mem.allocate(storage, b, b + valueSize(), Region.PLAIN, spec.isReadOnlyForProgram(), label, this);
            regions[slot] = g;
        }
        return g;
    }

    long address(int index, int cpu) {
        return Memory.address(region(index, cpu), base(index, cpu));
    }

    private int cpuForProgram() {
        return perCpu ? machine.cpu() : 0;
    }

    @Override
    long lookup(byte[] key, int keyOff) {
        long index = Memory.read(key, keyOff, 4);
        if (index >= spec.maxEntries()) {
            return 0;
        }
        return address((int) index, cpuForProgram());
    }

    @Override
    long lookupOnCpu(byte[] key, int keyOff, int cpu) {
        if (!perCpu) {
            return super.lookupOnCpu(key, keyOff, cpu);
        }
        long index = Memory.read(key, keyOff, 4);
        if (index >= spec.maxEntries() || cpu < 0 || cpu >= cpus) {
            return 0;
        }
        return address((int) index, cpu);
    }

    /** The kernel's checks, in its order ({@code array_map_update_elem}). */
    private long checkUpdate(long index, long flags) {
        if ((flags & ~F_LOCK) > EXIST) {
            return errno(Errno.EINVAL);
        }
        if (index >= spec.maxEntries()) {
            return errno(Errno.E2BIG);
        }
        if ((flags & ~F_LOCK) == NOEXIST) {
            return errno(Errno.EEXIST);
        }
        if ((flags & F_LOCK) != 0) {
            // BPF_F_LOCK needs a bpf_spin_lock in the value, which the interpreter does not model.
            return errno(Errno.EINVAL);
        }
        return 0;
    }

    @Override
    long update(byte[] key, int keyOff, byte[] value, int valueOff, long flags) {
        long index = Memory.read(key, keyOff, 4);
        long err = checkUpdate(index, flags);
        if (err != 0) {
            return err;
        }
        System.arraycopy(value, valueOff, storage, base((int) index, cpuForProgram()), valueSize());
        return 0;
    }

    @Override
    long delete(byte[] key, int keyOff) {
        return errno(Errno.EINVAL);
    }

    @Override
    long forEach(ElementVisitor visitor) {
        byte[] keyBytes = new byte[4];
        Region key = machine.mem.allocate(keyBytes, 0, 4, Region.PLAIN, true, "key of map " + name(), this);
        try {
            long n = 0;
            for (int i = 0; i < spec.maxEntries(); i++) {
                Memory.write(keyBytes, 0, 4, i);
                n++;
                if (visitor.visit(Memory.address(key, 0), address(i, cpuForProgram()))) {
                    break;
                }
            }
            return n;
        } finally {
            machine.deferredRelease.add(key);
        }
    }

    @Override
    byte[] userLookup(byte[] key) {
        checkKey(key);
        long index = Memory.read(key, 0, 4);
        if (index >= spec.maxEntries()) {
            return null;
        }
        int i = (int) index;
        if (!perCpu) {
            byte[] out = new byte[valueSize()];
            System.arraycopy(storage, base(i, 0), out, 0, valueSize());
            return out;
        }
        byte[] out = new byte[stride * cpus];
        for (int c = 0; c < cpus; c++) {
            System.arraycopy(storage, base(i, c), out, c * stride, valueSize());
        }
        return out;
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        checkKey(key);
        checkValue(value, userValueSize());
        long index = Memory.read(key, 0, 4);
        long err = checkUpdate(index, flags);
        if (err != 0) {
            return err;
        }
        int i = (int) index;
        if (!perCpu) {
            System.arraycopy(value, 0, storage, base(i, 0), valueSize());
        } else {
            for (int c = 0; c < cpus; c++) {
                System.arraycopy(value, c * stride, storage, base(i, c), valueSize());
            }
        }
        return 0;
    }

    @Override
    long userDelete(byte[] key) {
        checkKey(key);
        return errno(Errno.EINVAL);
    }

    @Override
    List<byte[]> userKeys() {
        return indexKeys(spec.maxEntries(), i -> true);
    }

    @Override
    void clear() {
        java.util.Arrays.fill(storage, (byte) 0);
        byte[] initial = spec.initialData();
        if (initial != null) {
            System.arraycopy(initial, 0, storage, 0, Math.min(initial.length, spec.valueSize()));
        }
    }
}
