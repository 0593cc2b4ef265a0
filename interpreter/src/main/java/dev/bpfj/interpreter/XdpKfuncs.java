package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.HELPER_MISUSE;
import static dev.bpfj.interpreter.BpfRuntimeException.Kind.UNSUPPORTED;

import dev.bpfj.core.Errno;

/**
 * The XDP kfuncs of {@code net/core/xdp.c}, {@code net/core/filter.c} and the packet side of
 * {@code kernel/bpf/helpers.c}: the RX metadata kfuncs answer what the test's {@link RxMetadata} says
 * the device reports; dynptrs over the frame read it through slices exactly as the kernel's do (a
 * pointer into the linear part when the range is there, else a copy into the caller's buffer).
 */
final class XdpKfuncs {
    private XdpKfuncs() {}

    /** The XDP buffer behind a context argument. */
    static XdpBuffer context(Vm vm, long ctx, String kfunc) {
        XdpBuffer xdp = vm.machine.xdp;
        if (xdp == null) {
            throw new Fault(UNSUPPORTED, kfunc + " needs an XDP context; this run has none");
        }
        if (vm.mem.regionOf(ctx) != xdp.ctx || (int) ctx != 0) {
            throw new Fault(HELPER_MISUSE, kfunc + " needs the context (R1 at the program's start) as its first"
                    + " argument, got " + vm.mem.describe(ctx));
        }
        return xdp;
    }

    // ---- RX metadata --------------------------------------------------------------------------

    private static long metadataError(RxMetadata m) {
        return m.supported() ? Errno.ENODATA.negative() : Errno.EOPNOTSUPP.negative();
    }

    static long rxTimestamp(Vm vm, long ctx, long timestamp, long r3, long r4, long r5) {
        context(vm, ctx, "bpf_xdp_metadata_rx_timestamp");
        RxMetadata m = vm.machine.env.rxMetadata();
        if (m.timestamp() == null) {
            return metadataError(m);
        }
        vm.mem.store(timestamp, 8, m.timestamp());
        return 0;
    }

    static long rxHash(Vm vm, long ctx, long hash, long type, long r4, long r5) {
        context(vm, ctx, "bpf_xdp_metadata_rx_hash");
        RxMetadata m = vm.machine.env.rxMetadata();
        if (m.hash() == null) {
            return metadataError(m);
        }
        vm.mem.store(hash, 4, m.hash());
        vm.mem.store(type, 4, m.hashType());
        return 0;
    }

    static long rxVlanTag(Vm vm, long ctx, long proto, long tci, long r4, long r5) {
        context(vm, ctx, "bpf_xdp_metadata_rx_vlan_tag");
        RxMetadata m = vm.machine.env.rxMetadata();
        if (m.vlanProto() == null) {
            return metadataError(m);
        }
        vm.mem.store(proto, 2, Short.reverseBytes((short) (int) m.vlanProto())); // __be16
        vm.mem.store(tci, 2, m.vlanTci());
        return 0;
    }

    // ---- dynptrs ------------------------------------------------------------------------------

    /** A dynptr a program built ({@code struct bpf_dynptr_kern}); its stack bytes hold the index in the run's list. */
    static final class Dynptr {
        boolean isNull;
        int offset;
        int size;
    }

    private static final long MARK = 0xd1a0_0000_0000_0000L;

    private static Dynptr dynptr(Vm vm, long ptr, String kfunc) {
        long v = vm.mem.load(ptr, 8);
        int index = (int) (v & 0xffff_ffffL);
        if ((v & 0xffff_0000_0000_0000L) != MARK || index >= vm.machine.dynptrs.size()) {
            throw new Fault(HELPER_MISUSE, kfunc + " needs a dynptr bpf_dynptr_from_xdp built, got "
                    + vm.mem.describe(ptr));
        }
        return vm.machine.dynptrs.get(index);
    }

    static long dynptrFromXdp(Vm vm, long ctx, long flags, long ptr, long r4, long r5) {
        XdpBuffer x = context(vm, ctx, "bpf_dynptr_from_xdp");
        Dynptr d = new Dynptr();
        vm.machine.dynptrs.add(d);
        vm.mem.store(ptr, 8, MARK | (vm.machine.dynptrs.size() - 1));
        vm.mem.store(ptr + 8, 8, 0);
        if (flags != 0) {
            d.isNull = true;
            return Errno.EINVAL.negative();
        }
        d.size = x.buffLength();
        return 0;
    }

    /** {@code bpf_dynptr_slice(_rdwr)} of an XDP dynptr. */
    static long slice(Vm vm, long p, long offset, long buffer, long len, boolean rdwr) {
        Dynptr d = dynptr(vm, p, rdwr ? "bpf_dynptr_slice_rdwr" : "bpf_dynptr_slice");
        long off = offset & 0xffff_ffffL;
        long n = len & 0xffff_ffffL;
        if (d.isNull || n > d.size || off > d.size - n) {
            return 0;
        }
        XdpBuffer x = vm.machine.xdp;
        long start = d.offset + off;
        if (start + n <= x.linearLength()) {
            return Memory.address(x.packet, x.data + (int) start);
        }
        if (buffer == 0) {
            return 0;
        }
        Region g = vm.mem.range(buffer, n, true);
        if (start + n <= x.buffLength()) {
            x.copy((int) start, g.bytes, (int) buffer, (int) n, false);
        }
        return buffer;
    }

    static long dynptrAdjust(Vm vm, long p, long start, long end, long r4, long r5) {
        Dynptr d = dynptr(vm, p, "bpf_dynptr_adjust");
        long s = start & 0xffff_ffffL;
        long e = end & 0xffff_ffffL;
        if (d.isNull) {
            return Errno.EINVAL.negative();
        }
        if (s > e) {
            return Errno.EINVAL.negative();
        }
        if (s > d.size || e > d.size) {
            return Errno.ERANGE.negative();
        }
        d.offset += (int) s;
        d.size = (int) (e - s);
        return 0;
    }

    static long dynptrIsNull(Vm vm, long p, long r2, long r3, long r4, long r5) {
        return dynptr(vm, p, "bpf_dynptr_is_null").isNull ? 1 : 0;
    }

    static long dynptrIsRdonly(Vm vm, long p, long r2, long r3, long r4, long r5) {
        dynptr(vm, p, "bpf_dynptr_is_rdonly");
        return 0; // XDP dynptrs are writable
    }

    static long dynptrSize(Vm vm, long p, long r2, long r3, long r4, long r5) {
        Dynptr d = dynptr(vm, p, "bpf_dynptr_size");
        return d.isNull ? Errno.EINVAL.negative() & 0xffff_ffffL : d.size;
    }
}
