package dev.bpfj.interpreter;

import dev.bpfj.core.spec.MapSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * {@code BPF_MAP_TYPE_RINGBUF} ({@code kernel/bpf/ringbuf.c}) with the kernel's space accounting:
 * each record takes an 8-byte header plus its size rounded up to 8, the producer may not run more
 * than the ring's size minus one ahead of the consumer or of the oldest unfinished record, and
 * discarded records occupy space until the consumer passes them. The test is the consumer: records
 * stay until it drains them, as they stay in Linux until user space reads them.
 */
final class RingBufMap extends MapStore {
    static final int HEADER = 8;
    static final long NO_WAKEUP = 1;
    static final long FORCE_WAKEUP = 2;
    private static final long MAX_RECORD = 0xffffffffL / 4;

    /** One reserved record: busy until submitted or discarded. */
    final class Reservation {
        final long pos;
        final int size;
        final Region region;
        final byte[] data;
        boolean busy = true;
        /** The slot of the reserving call, for the unreleased-reference message. */
        int allocSlot;
        boolean discarded;

        Reservation(long pos, int size, Region region) {
            this.pos = pos;
            this.size = size;
            this.region = region;
            this.data = region.bytes;
        }

        RingBufMap ring() {
            return RingBufMap.this;
        }

        long length() {
            return roundUp(size + HEADER);
        }
    }

    private final long capacity;
    private final Deque<Reservation> records = new ArrayDeque<>();
    private long producer;
    private long consumer;

    RingBufMap(MapSpec spec, Machine machine) {
        super(spec, machine);
        long size = spec.maxEntries() & 0xffffffffL;
        if (size < 4096 || Long.bitCount(size) != 1) {
            throw new IllegalArgumentException("ring buffer " + spec.name() + " needs max_entries a power of 2 and"
                    + " a multiple of the page size (4096), got " + size);
        }
        this.capacity = checkedBytes(spec.name(), size);
    }

    private static long roundUp(long n) {
        return (n + 7) & ~7L;
    }

    /** {@code __bpf_ringbuf_reserve}: a record, or null when there is no room. */
    Reservation reserve(long size) {
        if (size < 0 || size > MAX_RECORD) {
            return null;
        }
        long len = roundUp(size + HEADER);
        if (len > capacity) {
            return null;
        }
        long pending = producer;
        for (Reservation r : records) {
            if (r.busy) {
                pending = r.pos;
                break;
            }
        }
        long next = producer + len;
        long mask = capacity - 1;
        if (next - consumer > mask || next - pending > mask) {
            return null;
        }
        byte[] data = new byte[(int) size];
        Region g = machine.mem.allocate(data, 0, (int) size, Region.PLAIN, false,
                "ring buffer record in map " + name(), null);
        Reservation r = new Reservation(producer, (int) size, g);
        g.owner = r;
        records.addLast(r);
        producer = next;
        return r;
    }

    /** Submits or discards a reservation; a submitted record becomes an event of the run. */
    void commit(Reservation r, boolean discard) {
        r.busy = false;
        r.discarded = discard;
        if (!discard) {
            machine.events.add(new Event.RingBufOutput(name(), r.data));
        }
        machine.mem.release(r.region);
    }

    long query(long flags) {
        return switch ((int) flags == flags ? (int) flags : -1) {
            case 0 -> producer - consumer;
            case 1 -> capacity;
            case 2 -> consumer;
            case 3 -> producer;
            default -> 0;
        };
    }

    /** The submitted records user space has not consumed yet, oldest first. */
    List<byte[]> unread() {
        List<byte[]> out = new ArrayList<>();
        for (Reservation r : records) {
            if (r.busy) {
                break;
            }
            if (!r.discarded) {
                out.add(r.data.clone());
            }
        }
        return out;
    }

    /** Consumes every finished record, as a user-space reader does, and returns the submitted ones. */
    List<byte[]> drain() {
        List<byte[]> out = new ArrayList<>();
        while (!records.isEmpty() && !records.peekFirst().busy) {
            Reservation r = records.removeFirst();
            consumer = r.pos + r.length();
            if (!r.discarded) {
                out.add(r.data.clone());
            }
        }
        return out;
    }

    @Override
    byte[] userLookup(byte[] key) {
        throw new UnsupportedOperationException("a ring buffer has no elements to look up; read its records");
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        throw new UnsupportedOperationException("a ring buffer is written by programs only");
    }

    @Override
    long userDelete(byte[] key) {
        throw new UnsupportedOperationException("a ring buffer has no elements to delete; drain it");
    }

    @Override
    List<byte[]> userKeys() {
        return List.of();
    }

    @Override
    void clear() {
        records.clear();
        producer = consumer = 0;
    }
}
