package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;

/**
 * The helpers that send data to user space: {@code bpf_perf_event_output} (XDP flavour, which can
 * append packet bytes) and the ring buffer family. What they send becomes events of the run and
 * stays in the map for the test to read.
 */
final class OutputHelpers {
    private OutputHelpers() {}

    static void register(HelperFunction[] t) {
        t[Helpers.PERF_EVENT_OUTPUT.id()] = OutputHelpers::perfEventOutput;
        t[Helpers.RINGBUF_OUTPUT.id()] = OutputHelpers::ringbufOutput;
        t[Helpers.RINGBUF_RESERVE.id()] = OutputHelpers::ringbufReserve;
        t[Helpers.RINGBUF_SUBMIT.id()] = (vm, p, f, a, b, c) -> commit(vm, p, false, Helpers.RINGBUF_SUBMIT);
        t[Helpers.RINGBUF_DISCARD.id()] = (vm, p, f, a, b, c) -> commit(vm, p, true, Helpers.RINGBUF_DISCARD);
        t[134] = OutputHelpers::ringbufQuery;
    }

    /** {@code bpf_xdp_event_output(ctx, map, flags, data, size)}. */
    static long perfEventOutput(Vm vm, long ctx, long map, long flags, long data, long size) {
        XdpBuffer x = XdpHelpers.buffer(vm, ctx, Helpers.PERF_EVENT_OUTPUT);
        MapStore m = vm.machine.map(map, Helpers.PERF_EVENT_OUTPUT);
        if (!(m instanceof PerfEventArrayMap perf)) {
            throw Machine.incompatible(m.spec.type(), Helpers.PERF_EVENT_OUTPUT);
        }
        byte[] sample = read(vm, data, size, Helpers.PERF_EVENT_OUTPUT);
        if ((flags & ~(PerfEventArrayMap.CTXLEN_MASK | PerfEventArrayMap.INDEX_MASK)) != 0) {
            return Errno.EINVAL.negative();
        }
        int ctxLen = (int) ((flags & PerfEventArrayMap.CTXLEN_MASK) >>> 32);
        if (ctxLen > x.buffLength()) {
            return Errno.EFAULT.negative();
        }
        byte[] record = new byte[sample.length + ctxLen];
        System.arraycopy(sample, 0, record, 0, sample.length);
        x.copy(0, record, sample.length, ctxLen, false);
        return perf.output(flags, record);
    }

    /** Memory of an {@code ARG_CONST_SIZE_OR_ZERO} argument, copied. */
    private static byte[] read(Vm vm, long ptr, long size, Helper helper) {
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new Fault(HELPER_MISUSE, helper.cName() + ": invalid size " + size);
        }
        if (size == 0) {
            return new byte[0];
        }
        return vm.mem.readBytes(ptr, (int) size);
    }

    private static RingBufMap ring(Vm vm, long map, Helper helper) {
        MapStore m = vm.machine.map(map, helper);
        if (!(m instanceof RingBufMap rb)) {
            throw Machine.incompatible(m.spec.type(), helper);
        }
        return rb;
    }

    static long ringbufOutput(Vm vm, long map, long data, long size, long flags, long r5) {
        RingBufMap rb = ring(vm, map, Helpers.RINGBUF_OUTPUT);
        byte[] bytes = read(vm, data, size, Helpers.RINGBUF_OUTPUT);
        if ((flags & ~(RingBufMap.NO_WAKEUP | RingBufMap.FORCE_WAKEUP)) != 0) {
            return Errno.EINVAL.negative();
        }
        RingBufMap.Reservation r = rb.reserve(bytes.length);
        if (r == null) {
            return Errno.EAGAIN.negative();
        }
        System.arraycopy(bytes, 0, r.data, 0, bytes.length);
        rb.commit(r, false);
        return 0;
    }

    static long ringbufReserve(Vm vm, long map, long size, long flags, long r4, long r5) {
        RingBufMap rb = ring(vm, map, Helpers.RINGBUF_RESERVE);
        if (flags != 0) {
            return 0;
        }
        RingBufMap.Reservation r = rb.reserve(size);
        if (r == null) {
            return 0;
        }
        r.allocSlot = vm.pc;
        vm.machine.openReservations.add(r);
        return Memory.address(r.region, 0);
    }

    private static long commit(Vm vm, long ptr, boolean discard, Helper helper) {
        Region g = vm.mem.regionOf(ptr);
        if (!(g.owner instanceof RingBufMap.Reservation r) || !vm.machine.openReservations.contains(r)
                || (int) ptr != 0) {
            throw new Fault(HELPER_MISUSE, helper.cName() + " needs a pointer bpf_ringbuf_reserve returned and"
                    + " that was not submitted or discarded yet, got " + vm.mem.describe(ptr));
        }
        vm.machine.openReservations.remove(r);
        r.ring().commit(r, discard);
        return 0;
    }

    static long ringbufQuery(Vm vm, long map, long flags, long r3, long r4, long r5) {
        return ring(vm, map, Helpers.get(134)).query(flags);
    }
}
