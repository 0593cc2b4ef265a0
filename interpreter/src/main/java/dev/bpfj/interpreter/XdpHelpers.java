package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;
import static dev.bpfj.interpreter.XdpBuffer.*;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.XdpAction;

/**
 * The XDP helpers of {@code net/core/filter.c}: moving the head, tail and metadata boundaries of the
 * buffer, redirecting, reading and writing bytes across fragments, and the packet length. Each
 * succeeds and fails exactly where Linux's does, with the same return codes.
 */
final class XdpHelpers {
    private XdpHelpers() {}

    static void register(HelperFunction[] t) {
        t[Helpers.XDP_ADJUST_HEAD.id()] = XdpHelpers::adjustHead;
        t[Helpers.XDP_ADJUST_META.id()] = XdpHelpers::adjustMeta;
        t[Helpers.XDP_ADJUST_TAIL.id()] = XdpHelpers::adjustTail;
        t[Helpers.REDIRECT.id()] = XdpHelpers::redirect;
        t[Helpers.REDIRECT_MAP.id()] = XdpHelpers::redirectMap;
        t[Helpers.XDP_GET_BUFF_LEN.id()] = XdpHelpers::buffLen;
        t[Helpers.XDP_LOAD_BYTES.id()] = XdpHelpers::loadBytes;
        t[Helpers.XDP_STORE_BYTES.id()] = XdpHelpers::storeBytes;
        t[Helpers.FIB_LOOKUP.id()] = FibLookup::call;
    }

    /** The XDP buffer behind R1, which the kernel requires to be the context. */
    static XdpBuffer buffer(Vm vm, long ctx, Helper helper) {
        XdpBuffer xdp = vm.machine.xdp;
        if (xdp == null) {
            throw new Fault(UNSUPPORTED, helper.cName() + " needs an XDP context; this run has none");
        }
        if (vm.mem.regionOf(ctx) != xdp.ctx || (int) ctx != 0) {
            throw new Fault(HELPER_MISUSE, helper.cName() + " needs the context (R1 at the program's start) as its"
                    + " first argument, got " + vm.mem.describe(ctx));
        }
        return xdp;
    }

    static long adjustHead(Vm vm, long ctx, long delta, long r3, long r4, long r5) {
        XdpBuffer x = buffer(vm, ctx, Helpers.XDP_ADJUST_HEAD);
        int offset = (int) delta;
        int metalen = x.data - x.dataMeta;
        long data = (long) x.data + offset;
        if (data < XDP_FRAME_SIZE + metalen || data > x.dataEnd - ETH_HLEN) {
            return Errno.EINVAL.negative();
        }
        if (metalen > 0) {
            System.arraycopy(x.frame, x.dataMeta, x.frame, x.dataMeta + offset, metalen);
        }
        x.dataMeta += offset;
        x.data = (int) data;
        x.sync();
        return 0;
    }

    static long adjustMeta(Vm vm, long ctx, long delta, long r3, long r4, long r5) {
        XdpBuffer x = buffer(vm, ctx, Helpers.XDP_ADJUST_META);
        long meta = (long) x.dataMeta + (int) delta;
        if (meta < XDP_FRAME_SIZE || meta > x.data) {
            return Errno.EINVAL.negative();
        }
        long metalen = x.data - meta;
        if ((metalen & 3) != 0 || metalen > META_MAX) {
            return Errno.EACCES.negative();
        }
        x.dataMeta = (int) meta;
        x.sync();
        return 0;
    }

    static long adjustTail(Vm vm, long ctx, long delta, long r3, long r4, long r5) {
        XdpBuffer x = buffer(vm, ctx, Helpers.XDP_ADJUST_TAIL);
        int offset = (int) delta;
        if (!x.frags.isEmpty()) {
            return offset < 0 ? shrinkFrags(x, -offset) : growLastFrag(x, offset);
        }
        long end = (long) x.dataEnd + offset;
        if (end > PAGE_SIZE - TAILROOM || end < x.data + ETH_HLEN) {
            return Errno.EINVAL.negative();
        }
        if (offset > 0) {
            java.util.Arrays.fill(x.frame, x.dataEnd, (int) end, (byte) 0);
        }
        x.dataEnd = (int) end;
        x.sync();
        return 0;
    }

    private static long growLastFrag(XdpBuffer x, int offset) {
        int last = x.frags.size() - 1;
        int size = x.fragSizes.get(last);
        int tailroom = PAGE_SIZE - size;
        if (offset > tailroom) {
            return Errno.EINVAL.negative();
        }
        java.util.Arrays.fill(x.frags.get(last), size, size + offset, (byte) 0);
        x.fragSizes.set(last, size + offset);
        return 0;
    }

    private static long shrinkFrags(XdpBuffer x, int offset) {
        if (offset > x.buffLength() - ETH_HLEN) {
            return Errno.EINVAL.negative();
        }
        int remaining = offset;
        for (int i = x.frags.size() - 1; i >= 0 && remaining > 0; i--) {
            int size = x.fragSizes.get(i);
            int shrink = Math.min(remaining, size);
            remaining -= shrink;
            if (shrink == size) {
                x.frags.remove(i);
                x.fragSizes.remove(i);
            } else {
                x.fragSizes.set(i, size - shrink);
                break;
            }
        }
        if (x.frags.isEmpty()) {
            x.dataEnd -= remaining;
            x.sync();
        }
        return 0;
    }

    static long redirect(Vm vm, long ifindex, long flags, long r3, long r4, long r5) {
        if (flags != 0) {
            return XdpAction.ABORTED.value();
        }
        vm.machine.redirect = Redirect.toInterface((int) ifindex);
        return XdpAction.REDIRECT.value();
    }

    static long redirectMap(Vm vm, long map, long key, long flags, long r4, long r5) {
        MapStore m = vm.machine.map(map, Helpers.REDIRECT_MAP);
        if (!(m instanceof RedirectMap rm)) {
            throw Machine.incompatible(m.spec.type(), Helpers.REDIRECT_MAP);
        }
        return rm.redirect(key, flags);
    }

    static long buffLen(Vm vm, long ctx, long r2, long r3, long r4, long r5) {
        return buffer(vm, ctx, Helpers.XDP_GET_BUFF_LEN).buffLength();
    }

    static long loadBytes(Vm vm, long ctx, long offset, long buf, long len, long r5) {
        XdpBuffer x = buffer(vm, ctx, Helpers.XDP_LOAD_BYTES);
        Region dst = sizedArgument(vm, buf, len, true, Helpers.XDP_LOAD_BYTES);
        long err = checkRange(x, offset, len);
        if (err != 0) {
            return err;
        }
        x.copy((int) (offset & 0xffffffffL), dst.bytes, (int) buf, (int) (len & 0xffffffffL), false);
        return 0;
    }

    static long storeBytes(Vm vm, long ctx, long offset, long buf, long len, long r5) {
        XdpBuffer x = buffer(vm, ctx, Helpers.XDP_STORE_BYTES);
        Region src = sizedArgument(vm, buf, len, false, Helpers.XDP_STORE_BYTES);
        long err = checkRange(x, offset, len);
        if (err != 0) {
            return err;
        }
        x.copy((int) (offset & 0xffffffffL), src.bytes, (int) buf, (int) (len & 0xffffffffL), true);
        return 0;
    }

    /** {@code bpf_xdp_pointer}'s checks: -EFAULT past 64 KiB, -EINVAL past the buffer. */
    private static long checkRange(XdpBuffer x, long offset, long len) {
        long o = offset & 0xffffffffL;
        long n = len & 0xffffffffL;
        if (o > 0xffff || n > 0xffff) {
            return Errno.EFAULT.negative();
        }
        if (o + n > x.buffLength()) {
            return Errno.EINVAL.negative();
        }
        return 0;
    }

    /** A memory argument with an {@code ARG_CONST_SIZE} length: positive and inside one region. */
    static Region sizedArgument(Vm vm, long ptr, long size, boolean write, Helper helper) {
        if (size <= 0) {
            throw new Fault(HELPER_MISUSE, helper.cName() + ": invalid zero-sized or negative size " + size
                    + " (the kernel's verifier requires a positive constant-bounded size)");
        }
        return vm.mem.range(ptr, size, write);
    }
}
