package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helpers;
import java.net.Inet6Address;
import java.util.Arrays;

/**
 * {@code bpf_fib_lookup} for XDP ({@code bpf_xdp_fib_lookup}, {@code bpf_ipv4_fib_lookup},
 * {@code bpf_ipv6_fib_lookup}) answered from the test's {@link FibTable}: the same checks in the
 * same order, the same {@code BPF_FIB_LKUP_RET_*} codes, the same fields of
 * {@code struct bpf_fib_lookup} written on each outcome.
 */
final class FibLookup {
    private FibLookup() {}

    static final int SIZE = 64;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final long FLAGS_MASK = 0x3f;
    static final long SKIP_NEIGH = 1 << 2;
    static final long SRC = 1 << 4;

    static final int RET_SUCCESS = 0;
    static final int RET_BLACKHOLE = 1;
    static final int RET_UNREACHABLE = 2;
    static final int RET_PROHIBIT = 3;
    static final int RET_NOT_FWDED = 4;
    static final int RET_FWD_DISABLED = 5;
    static final int RET_FRAG_NEEDED = 8;
    static final int RET_NO_SRC_ADDR = 9;
    static final int RET_NO_NEIGH = 7;

    private static final int OFF_TOT_LEN = 6;
    private static final int OFF_IFINDEX = 8;
    private static final int OFF_METRIC = 12;
    private static final int OFF_SRC = 16;
    private static final int OFF_DST = 32;
    private static final int OFF_VLAN = 48;
    private static final int OFF_SMAC = 52;
    private static final int OFF_DMAC = 58;

    static long call(Vm vm, long ctx, long params, long plen, long flags, long r5) {
        XdpHelpers.buffer(vm, ctx, Helpers.FIB_LOOKUP);
        Region g = XdpHelpers.sizedArgument(vm, params, (int) plen, true, Helpers.FIB_LOOKUP);
        vm.mem.range(params, (int) plen, false);
        if ((int) plen < SIZE) {
            return Errno.EINVAL.negative();
        }
        if (((flags & 0xffffffffL) & ~FLAGS_MASK) != 0) {
            return Errno.EINVAL.negative();
        }
        byte[] b = g.bytes;
        int p = (int) params;
        int family = b[p] & 0xff;
        if (family != AF_INET && family != AF_INET6) {
            return Errno.EAFNOSUPPORT.negative();
        }
        return lookup(vm.machine.env.fib(), b, p, family == AF_INET ? 4 : 16, flags);
    }

    private static long lookup(FibTable fib, byte[] b, int p, int addrLen, long flags) {
        byte[] dst = Arrays.copyOfRange(b, p + OFF_DST, p + OFF_DST + addrLen);
        if (addrLen == 16 && (linkLocal(dst) || linkLocal(Arrays.copyOfRange(b, p + OFF_SRC, p + OFF_SRC + 16)))) {
            return RET_NOT_FWDED;
        }
        int ifindex = (int) Memory.read(b, p + OFF_IFINDEX, 4);
        FibTable.Interface in = fib.interfaceOrNull(ifindex);
        if (in == null) {
            return Errno.ENODEV.negative();
        }
        if (!in.forwarding()) {
            return RET_FWD_DISABLED;
        }
        FibTable.Route route = fib.route(dst);
        if (route == null) {
            return RET_NOT_FWDED;
        }
        switch (route.type()) {
            case BLACKHOLE -> {
                return RET_BLACKHOLE;
            }
            case UNREACHABLE -> {
                return RET_UNREACHABLE;
            }
            case PROHIBIT -> {
                return RET_PROHIBIT;
            }
            case LOCAL -> {
                return RET_NOT_FWDED;
            }
            default -> {
            }
        }
        FibTable.Interface out = fib.interfaceOrNull(route.ifindex());
        if (out == null) {
            return RET_NOT_FWDED;
        }
        int mtu = route.mtu() > 0 ? route.mtu() : out.mtu();
        int totLen = (int) Memory.read(b, p + OFF_TOT_LEN, 2);
        if (totLen > mtu) {
            Memory.write(b, p + OFF_TOT_LEN, 2, mtu);
            return RET_FRAG_NEEDED;
        }
        Memory.write(b, p + OFF_METRIC, 4, route.metric());
        Memory.write(b, p + OFF_IFINDEX, 4, out.ifindex());
        if ((flags & SRC) != 0) {
            if (route.source() != null && route.source().getAddress().length == addrLen) {
                System.arraycopy(route.source().getAddress(), 0, b, p + OFF_SRC, addrLen);
            } else if (addrLen == 16) {
                return RET_NO_SRC_ADDR;
            } else {
                Arrays.fill(b, p + OFF_SRC, p + OFF_SRC + 4, (byte) 0);
            }
        }
        byte[] nextHop = dst;
        if (route.gateway() != null) {
            nextHop = route.gateway().getAddress();
            if (addrLen == 4 && route.gateway() instanceof Inet6Address) {
                b[p] = AF_INET6;
            }
            System.arraycopy(nextHop, 0, b, p + OFF_DST, nextHop.length);
        }
        if ((flags & SKIP_NEIGH) == 0) {
            byte[] mac = fib.neighbor(out.ifindex(), nextHop);
            if (mac == null) {
                return RET_NO_NEIGH;
            }
            System.arraycopy(mac, 0, b, p + OFF_DMAC, 6);
            System.arraycopy(out.mac(), 0, b, p + OFF_SMAC, 6);
        }
        Memory.write(b, p + OFF_VLAN, 4, 0);
        if (mtu != 0) {
            Memory.write(b, p + OFF_TOT_LEN, 2, mtu);
        }
        return RET_SUCCESS;
    }

    /** {@code rt6_need_strict}: multicast, link-local or loopback destinations are never forwarded. */
    private static boolean linkLocal(byte[] a) {
        boolean loopback = true;
        for (int i = 0; i < 15; i++) {
            loopback &= a[i] == 0;
        }
        loopback &= a[15] == 1;
        return (a[0] & 0xff) == 0xff || ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80) || loopback;
    }
}
