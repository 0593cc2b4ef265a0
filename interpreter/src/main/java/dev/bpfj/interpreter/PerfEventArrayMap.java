package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code BPF_MAP_TYPE_PERF_EVENT_ARRAY} as a perf reader like libbpf's {@code perf_buffer} sets it
 * up: slot {@code i} holds a {@code BPF_OUTPUT} event bound to CPU {@code i}. A test can close
 * slots or bind them elsewhere to see {@code -ENOENT} / {@code -EOPNOTSUPP} as Linux returns them.
 * With {@code max_entries} 0 the map has one slot per simulated CPU, as libbpf sizes it.
 */
final class PerfEventArrayMap extends MapStore {
    static final long INDEX_MASK = 0xffffffffL;
    static final long CURRENT_CPU = 0xffffffffL;
    static final long CTXLEN_MASK = 0xfffffL << 32;

    /** The CPU each slot's event is bound to, or -1 for an empty slot. */
    private final int[] boundCpu;
    private final List<Event.PerfOutput> unread = new ArrayList<>();

    PerfEventArrayMap(MapSpec spec, Machine machine) {
        super(spec, machine);
        int n = spec.maxEntries() > 0 ? spec.maxEntries() : machine.env.cpus();
        this.boundCpu = new int[n];
        for (int i = 0; i < n; i++) {
            boundCpu[i] = i < machine.env.cpus() ? i : -1;
        }
    }

    int slots() {
        return boundCpu.length;
    }

    void bind(int slot, int cpu) {
        if (slot < 0 || slot >= boundCpu.length) {
            throw new IllegalArgumentException("perf event array " + name() + " has slots 0.." + (boundCpu.length - 1));
        }
        boundCpu[slot] = cpu;
    }

    /** {@code __bpf_perf_event_output} after the flag checks: 0 or -errno. */
    long output(long flags, byte[] record) {
        int cpu = machine.cpu();
        long index = flags & INDEX_MASK;
        if (index == CURRENT_CPU) {
            index = cpu;
        }
        if (index >= boundCpu.length) {
            return errno(Errno.E2BIG);
        }
        int bound = boundCpu[(int) index];
        if (bound < 0) {
            return errno(Errno.ENOENT);
        }
        if (bound != cpu) {
            return errno(Errno.EOPNOTSUPP);
        }
        Event.PerfOutput e = new Event.PerfOutput(name(), cpu, record);
        machine.events.add(e);
        unread.add(e);
        return 0;
    }

    List<Event.PerfOutput> drain() {
        List<Event.PerfOutput> out = List.copyOf(unread);
        unread.clear();
        return out;
    }

    List<Event.PerfOutput> unread() {
        return List.copyOf(unread);
    }

    @Override
    byte[] userLookup(byte[] key) {
        throw new UnsupportedOperationException("a perf event array holds event fds; read its records");
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        throw new UnsupportedOperationException("bind perf event array slots with bind(slot, cpu)");
    }

    @Override
    long userDelete(byte[] key) {
        checkKey(key);
        long i = Memory.read(key, 0, 4);
        if (i >= boundCpu.length) {
            return errno(Errno.E2BIG);
        }
        boundCpu[(int) i] = -1;
        return 0;
    }

    @Override
    List<byte[]> userKeys() {
        return indexKeys(boundCpu.length, i -> boundCpu[i] >= 0);
    }

    @Override
    void clear() {
        unread.clear();
    }
}
