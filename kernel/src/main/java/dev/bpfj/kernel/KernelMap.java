package dev.bpfj.kernel;

import dev.bpfj.core.spec.MapSpec;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A map created in the kernel. Values of per-CPU maps are {@code round_up(value_size, 8)} bytes per
 * possible CPU, concatenated, as {@code bpf(2)} transfers them.
 */
public final class KernelMap implements AutoCloseable {
    /** {@code BPF_ANY} */
    public static final long ANY = 0;
    /** {@code BPF_NOEXIST} */
    public static final long NOEXIST = 1;
    /** {@code BPF_EXIST} */
    public static final long EXIST = 2;

    private final MapSpec spec;
    private final int fd;
    private boolean closed;

    KernelMap(MapSpec spec, int fd) {
        this.spec = spec;
        this.fd = fd;
    }

    public MapSpec spec() {
        return spec;
    }

    public int fd() {
        return fd;
    }

    /** Bytes a lookup returns: the value size, times the possible CPUs for per-CPU maps. */
    public int valueBufferSize() {
        if (spec.type().isPerCpu()) {
            return ((spec.valueSize() + 7) & ~7) * Kernel.possibleCpus();
        }
        return spec.valueSize();
    }

    public Optional<byte[]> lookup(byte[] key) {
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 32);
            MemorySegment value = a.buffer(valueBufferSize());
            a.u32(0, fd).ptr(8, a.bytes(key)).ptr(16, value);
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.MAP_LOOKUP_ELEM, a.segment);
            if (!r.ok()) {
                if (r.errno() == 2) {
                    return Optional.empty();
                }
                throw new KernelException("lookup in map " + spec.name() + " failed", r.errno());
            }
            return Optional.of(Attr.toBytes(value, valueBufferSize()));
        }
    }

    /** Updates an element; returns 0 or the negative errno the kernel gave. */
    public int update(byte[] key, byte[] value, long flags) {
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 32);
            a.u32(0, fd).ptr(8, a.bytes(key)).ptr(16, a.bytes(value)).u64(24, flags);
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.MAP_UPDATE_ELEM, a.segment);
            return r.ok() ? 0 : -r.errno();
        }
    }

    /** Updates an element or throws with the kernel's errno. */
    public void put(byte[] key, byte[] value) {
        int r = update(key, value, ANY);
        if (r != 0) {
            throw new KernelException("update of map " + spec.name() + " failed", -r);
        }
    }

    /** Deletes an element; returns 0 or the negative errno. */
    public int delete(byte[] key) {
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 32);
            a.u32(0, fd).ptr(8, a.bytes(key));
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.MAP_DELETE_ELEM, a.segment);
            return r.ok() ? 0 : -r.errno();
        }
    }

    /** Every key, in the kernel's iteration order. */
    public List<byte[]> keys() {
        List<byte[]> keys = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            byte[] prev = null;
            for (int guard = 0; guard < 10_000_000; guard++) {
                Attr a = new Attr(arena, 32);
                MemorySegment next = a.buffer(spec.keySize());
                a.u32(0, fd).ptr(8, prev == null ? null : a.bytes(prev)).ptr(16, next);
                BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.MAP_GET_NEXT_KEY, a.segment);
                if (!r.ok()) {
                    if (r.errno() == 2) {
                        return keys;
                    }
                    throw new KernelException("iterating map " + spec.name() + " failed", r.errno());
                }
                prev = Attr.toBytes(next, spec.keySize());
                keys.add(prev);
            }
        }
        return keys;
    }

    void freeze() {
        try (Arena arena = Arena.ofConfined()) {
            Attr a = new Attr(arena, 8);
            a.u32(0, fd);
            BpfSyscall.Result r = BpfSyscall.call(BpfSyscall.MAP_FREEZE, a.segment);
            if (!r.ok()) {
                throw new KernelException("freezing map " + spec.name() + " failed", r.errno());
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            BpfSyscall.close(fd);
        }
    }
}
