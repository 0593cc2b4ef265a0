package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helpers;

/**
 * Helpers every program type has: time, random numbers, the CPU, {@code bpf_loop},
 * {@code bpf_strncmp}, {@code bpf_csum_diff} and {@code bpf_trace_printk}. Time, randomness and
 * the CPU come from the run's {@link Environment}, so results are reproducible.
 */
final class BaseHelpers {
    private BaseHelpers() {}

    static void register(HelperFunction[] t) {
        HelperFunction clock = (vm, a, b, c, d, e) -> vm.machine.env.readClock();
        t[Helpers.KTIME_GET_NS.id()] = clock;
        t[125] = clock; // ktime_get_boot_ns
        t[160] = clock; // ktime_get_coarse_ns
        t[208] = clock; // ktime_get_tai_ns
        t[Helpers.GET_PRANDOM_U32.id()] = (vm, a, b, c, d, e) -> vm.machine.env.nextRandom() & 0xffffffffL;
        t[Helpers.GET_SMP_PROCESSOR_ID.id()] = (vm, a, b, c, d, e) -> vm.machine.env.cpu();
        t[42] = (vm, a, b, c, d, e) -> 0; // get_numa_node_id: one node
        t[Helpers.LOOP.id()] = BaseHelpers::loop;
        t[182] = BaseHelpers::strncmp;
        t[Helpers.CSUM_DIFF.id()] = BaseHelpers::csumDiff;
        t[Helpers.TRACE_PRINTK.id()] = Printk::call;
        t[177] = Printk::vprintk; // trace_vprintk: bpf_printk with more than three arguments
    }

    /** {@code bpf_loop(nr_loops, callback, ctx, flags)} ({@code kernel/bpf/bpf_iter.c}). */
    static long loop(Vm vm, long nr, long callback, long ctx, long flags, long r5) {
        if (flags != 0) {
            return Errno.EINVAL.negative();
        }
        long n = nr & 0xffffffffL;
        if (n > Vm.MAX_LOOPS) {
            return Errno.E2BIG.negative();
        }
        for (long i = 0; i < n; i++) {
            if (vm.callback(callback, i, ctx, 0, 0, 0, 2) != 0) {
                return i + 1;
            }
        }
        return n;
    }

    /** {@code bpf_strncmp(s1, s1_sz, s2)}: the kernel's strncmp, -1, 0 or 1. */
    static long strncmp(Vm vm, long s1, long size, long s2, long r4, long r5) {
        Region a = XdpHelpers.sizedArgument(vm, s1, size, false, Helpers.get(182));
        Region b = vm.mem.range(s2, 0, false);
        int ao = (int) s1;
        int bo = (int) s2;
        for (int i = 0; i < size; i++) {
            int c1 = a.bytes[ao + i] & 0xff;
            if (bo + i >= b.hi) {
                throw MapStore.misuse("bpf_strncmp: the string in R3 is not NUL-terminated inside " + b.label);
            }
            int c2 = b.bytes[bo + i] & 0xff;
            if (c1 != c2) {
                return c1 < c2 ? -1 : 1;
            }
            if (c1 == 0) {
                break;
            }
        }
        return 0;
    }

    /**
     * {@code bpf_csum_diff(from, from_size, to, to_size, seed)} as Linux computes it since the 2024
     * rework: one's-complement sums (host order), folded to 16 bits, not complemented.
     */
    static long csumDiff(Vm vm, long from, long fromSize, long to, long toSize, long seed) {
        long fs = fromSize & 0xffffffffL;
        long ts = toSize & 0xffffffffL;
        byte[] f = fs == 0 ? new byte[0] : vm.mem.readBytes(from, (int) fs);
        byte[] t = ts == 0 ? new byte[0] : vm.mem.readBytes(to, (int) ts);
        // Linux 6.18 takes any sizes (measured: the old -EINVAL for sizes not a multiple of 4 is gone).
        int s = (int) seed;
        if (ts == 0) {
            return fold16(~partial(f, ~s));
        }
        if (fs == 0) {
            return fold16(partial(t, s));
        }
        return fold16(add(partial(t, s), ~partial(f, 0)));
    }

    /**
     * x86-64 {@code csum_partial}: the one's-complement sum of the buffer's little-endian 32-bit words,
     * then a trailing 16-bit word and byte, plus a seed, folded to 32 bits.
     */
    static int partial(byte[] b, int seed) {
        long sum = seed & 0xffffffffL;
        int i = 0;
        for (; i + 4 <= b.length; i += 4) {
            sum += Memory.read(b, i, 4);
        }
        if (i + 2 <= b.length) {
            sum += Memory.read(b, i, 2);
            i += 2;
        }
        if (i < b.length) {
            sum += b[i] & 0xff;
        }
        while ((sum >>> 32) != 0) {
            sum = (sum & 0xffffffffL) + (sum >>> 32);
        }
        return (int) sum;
    }

    /** {@code csum_add}: 32-bit addition with end-around carry. */
    static int add(int a, int b) {
        int r = a + b;
        return r + (Integer.compareUnsigned(r, b) < 0 ? 1 : 0);
    }

    /** {@code from32to16}. */
    static long fold16(int x) {
        long v = x & 0xffffffffL;
        v = (v & 0xffff) + (v >>> 16);
        v = (v & 0xffff) + (v >>> 16);
        return v;
    }
}
