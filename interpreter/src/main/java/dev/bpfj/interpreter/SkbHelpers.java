package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.TcAction;

/**
 * The skb helpers of {@code net/core/filter.c} as a tc program calls them under
 * {@code BPF_PROG_TEST_RUN}: reading and writing packet bytes, checksum fix-ups, growing and
 * shrinking the packet, VLAN tags, redirection, the hash. Each returns Linux's codes. The skb
 * test_run builds is linear, not cloned and {@code CHECKSUM_NONE}, so the {@code rcsum} updates of
 * the kernel's helpers have nothing to do.
 */
final class SkbHelpers {
    private SkbHelpers() {}

    static final long F_RECOMPUTE_CSUM = 1;
    static final long F_INVALIDATE_HASH = 2;
    static final long F_HDR_FIELD_MASK = 0xf;
    static final long F_PSEUDO_HDR = 0x10;
    static final long F_MARK_MANGLED_0 = 0x20;
    static final long F_MARK_ENFORCE = 0x40;
    static final long F_IPV6 = 0x80;
    static final long F_INGRESS = 1;

    private static Helper h(String name) {
        return Helpers.byName(name).orElseThrow();
    }

    static final Helper LOAD_BYTES = h("skb_load_bytes");
    static final Helper LOAD_BYTES_RELATIVE = h("skb_load_bytes_relative");
    static final Helper STORE_BYTES = h("skb_store_bytes");
    static final Helper L3_CSUM = h("l3_csum_replace");
    static final Helper L4_CSUM = h("l4_csum_replace");
    static final Helper PULL_DATA = h("skb_pull_data");
    static final Helper CHANGE_TAIL = h("skb_change_tail");
    static final Helper CHANGE_HEAD = h("skb_change_head");
    static final Helper VLAN_PUSH = h("skb_vlan_push");
    static final Helper VLAN_POP = h("skb_vlan_pop");
    static final Helper HASH_RECALC = h("get_hash_recalc");
    static final Helper SET_HASH = h("set_hash");
    static final Helper SET_HASH_INVALID = h("set_hash_invalid");
    static final Helper CGROUP_CLASSID = h("get_cgroup_classid");
    static final Helper ADJUST_ROOM = h("skb_adjust_room");

    // bpf_skb_adjust_room's flags (uapi)
    static final long ROOM_FIXED_GSO = 1;
    static final long ROOM_ENCAP_L3_IPV4 = 1 << 1;
    static final long ROOM_ENCAP_L3_IPV6 = 1 << 2;
    static final long ROOM_ENCAP_L4_GRE = 1 << 3;
    static final long ROOM_ENCAP_L4_UDP = 1 << 4;
    static final long ROOM_NO_CSUM_RESET = 1 << 5;
    static final long ROOM_ENCAP_L2_ETH = 1 << 6;
    static final long ROOM_DECAP_L3_IPV4 = 1 << 7;
    static final long ROOM_DECAP_L3_IPV6 = 1 << 8;
    static final long ROOM_ENCAP_L2_MASK = 0xffL << 56;
    static final long ROOM_DECAP_MASK = ROOM_DECAP_L3_IPV4 | ROOM_DECAP_L3_IPV6;
    static final long ROOM_ENCAP_L3_MASK = ROOM_ENCAP_L3_IPV4 | ROOM_ENCAP_L3_IPV6;
    static final long ROOM_MASK = ROOM_FIXED_GSO | ROOM_ENCAP_L3_MASK | ROOM_ENCAP_L4_GRE | ROOM_ENCAP_L4_UDP
            | ROOM_ENCAP_L2_ETH | ROOM_ENCAP_L2_MASK | ROOM_DECAP_MASK;
    static final int IPV4_LE = 0x0008;
    static final int IPV6_LE = 0xdd86;

    static void register(HelperFunction[] t) {
        t[LOAD_BYTES.id()] = SkbHelpers::loadBytes;
        t[LOAD_BYTES_RELATIVE.id()] = SkbHelpers::loadBytesRelative;
        t[STORE_BYTES.id()] = changing(SkbHelpers::storeBytes);
        t[L3_CSUM.id()] = changing(SkbHelpers::l3CsumReplace);
        t[L4_CSUM.id()] = changing(SkbHelpers::l4CsumReplace);
        t[PULL_DATA.id()] = changing(SkbHelpers::pullData);
        t[CHANGE_TAIL.id()] = changing(SkbHelpers::changeTail);
        t[CHANGE_HEAD.id()] = changing(SkbHelpers::changeHead);
        t[VLAN_PUSH.id()] = changing(SkbHelpers::vlanPush);
        t[VLAN_POP.id()] = changing(SkbHelpers::vlanPop);
        t[ADJUST_ROOM.id()] = changing(SkbHelpers::adjustRoom);
        t[HASH_RECALC.id()] = SkbHelpers::hashRecalc;
        t[SET_HASH.id()] = SkbHelpers::setHash;
        t[SET_HASH_INVALID.id()] = (vm, ctx, a, b, c, d) -> {
            SkbBuffer x = skb(vm, ctx, SET_HASH_INVALID);
            x.hash = 0;
            x.swHash = false;
            return 0;
        };
        t[CGROUP_CLASSID.id()] = (vm, ctx, a, b, c, d) -> {
            skb(vm, ctx, CGROUP_CLASSID);
            return 0; // test_run's task is in the root net_cls cgroup: classid 0
        };
        HelperFunction xdpRedirect = t[Helpers.REDIRECT.id()];
        t[Helpers.REDIRECT.id()] = (vm, a, b, c, d, e) -> vm.machine.skb != null ? redirect(vm, a, b)
                : xdpRedirect.call(vm, a, b, c, d, e);
        HelperFunction xdpPerf = t[Helpers.PERF_EVENT_OUTPUT.id()];
        t[Helpers.PERF_EVENT_OUTPUT.id()] = (vm, a, b, c, d, e) -> vm.machine.skb != null
                ? perfEventOutput(vm, a, b, c, d, e) : xdpPerf.call(vm, a, b, c, d, e);
    }

    /** The skb behind R1, which the kernel requires to be the context. */
    static SkbBuffer skb(Vm vm, long ctx, Helper helper) {
        SkbBuffer skb = vm.machine.skb;
        if (skb == null) {
            throw new Fault(UNSUPPORTED, helper.cName() + " needs an skb context; this run has none");
        }
        if (vm.mem.regionOf(ctx) != skb.ctx || (int) ctx != 0) {
            throw new Fault(HELPER_MISUSE, helper.cName() + " needs the context (R1 at the program's start) as its"
                    + " first argument, got " + vm.mem.describe(ctx));
        }
        return skb;
    }

    /**
     * A helper that may change the packet: after it, old packet pointers fault, as the verifier's
     * {@code clear_all_pkt_pointers} makes them unusable.
     */
    private static HelperFunction changing(HelperFunction f) {
        return (vm, a, b, c, d, e) -> {
            try {
                return f.call(vm, a, b, c, d, e);
            } finally {
                if (vm.machine.skb != null) {
                    vm.machine.skb.renew();
                }
            }
        };
    }

    static long loadBytes(Vm vm, long ctx, long offset, long to, long len, long r5) {
        SkbBuffer x = skb(vm, ctx, LOAD_BYTES);
        Region dst = XdpHelpers.sizedArgument(vm, to, len, true, LOAD_BYTES);
        int n = (int) len;
        long o = offset & 0xffffffffL;
        if (o > Integer.MAX_VALUE || o + n > x.len()) {
            java.util.Arrays.fill(dst.bytes, (int) to, (int) to + n, (byte) 0);
            return Errno.EFAULT.negative();
        }
        System.arraycopy(x.buf, x.data + (int) o, dst.bytes, (int) to, n);
        return 0;
    }

    static long loadBytesRelative(Vm vm, long ctx, long offset, long to, long len, long startHeader) {
        SkbBuffer x = skb(vm, ctx, LOAD_BYTES_RELATIVE);
        Region dst = XdpHelpers.sizedArgument(vm, to, len, true, LOAD_BYTES_RELATIVE);
        int n = (int) len;
        long o = offset & 0xffffffffL;
        int start = switch ((int) startHeader) {
            case 0 -> x.mac;
            case 1 -> x.network;
            default -> -1;
        };
        if (o > 0xffff || start < 0 || start + o + n > x.tail) {
            java.util.Arrays.fill(dst.bytes, (int) to, (int) to + n, (byte) 0);
            return Errno.EFAULT.negative();
        }
        System.arraycopy(x.buf, start + (int) o, dst.bytes, (int) to, n);
        return 0;
    }

    static long storeBytes(Vm vm, long ctx, long offset, long from, long len, long flags) {
        SkbBuffer x = skb(vm, ctx, STORE_BYTES);
        Region src = XdpHelpers.sizedArgument(vm, from, len, false, STORE_BYTES);
        if ((flags & ~(F_RECOMPUTE_CSUM | F_INVALIDATE_HASH)) != 0) {
            return Errno.EINVAL.negative();
        }
        long o = offset & 0xffffffffL;
        if (o > Integer.MAX_VALUE || ((o + len) & 0xffffffffL) > x.len()) {
            return Errno.EFAULT.negative();
        }
        System.arraycopy(src.bytes, (int) from, x.buf, x.data + (int) o, (int) len);
        if ((flags & F_INVALIDATE_HASH) != 0) {
            x.hash = 0;
            x.swHash = false;
        }
        return 0;
    }

    /** Where a 16-bit checksum field may be rewritten, or -1 with Linux's check failing. */
    private static int sumField(SkbBuffer x, long offset) {
        long o = offset & 0xffffffffL;
        if (o > 0xffff || (o & 1) != 0 || o + 2 > x.len()) {
            return -1;
        }
        return x.data + (int) o;
    }

    static long l3CsumReplace(Vm vm, long ctx, long offset, long from, long to, long flags) {
        SkbBuffer x = skb(vm, ctx, L3_CSUM);
        if ((flags & ~F_HDR_FIELD_MASK) != 0) {
            return Errno.EINVAL.negative();
        }
        int at = sumField(x, offset);
        if (at < 0) {
            return Errno.EFAULT.negative();
        }
        return replace(x, at, from, to, flags);
    }

    static long l4CsumReplace(Vm vm, long ctx, long offset, long from, long to, long flags) {
        SkbBuffer x = skb(vm, ctx, L4_CSUM);
        if ((flags & ~(F_MARK_MANGLED_0 | F_MARK_ENFORCE | F_PSEUDO_HDR | F_HDR_FIELD_MASK | F_IPV6)) != 0) {
            return Errno.EINVAL.negative();
        }
        int at = sumField(x, offset);
        if (at < 0) {
            return Errno.EFAULT.negative();
        }
        boolean mmzero = (flags & F_MARK_MANGLED_0) != 0;
        if (mmzero && (flags & F_MARK_ENFORCE) == 0 && Memory.read(x.buf, at, 2) == 0) {
            return 0;
        }
        // CHECKSUM_NONE: the pseudo-header flag only matters for skb->csum, which test_run does not use
        long r = replace(x, at, from, to, flags);
        if (r == 0 && mmzero && Memory.read(x.buf, at, 2) == 0) {
            Memory.write(x.buf, at, 2, 0xffff); // CSUM_MANGLED_0
        }
        return r;
    }

    /** {@code csum_replace_by_diff}, {@code csum_replace2}, {@code csum_replace4} on the field at {@code at}. */
    private static long replace(SkbBuffer x, int at, long from, long to, long flags) {
        int sum = (int) Memory.read(x.buf, at, 2);
        int result;
        switch ((int) (flags & F_HDR_FIELD_MASK)) {
            case 0 -> {
                if (from != 0) {
                    return Errno.EINVAL.negative();
                }
                result = fold(BaseHelpers.add((int) to, ~sum));
            }
            case 2 -> {
                int s = csum16Add(csum16Add(~sum & 0xffff, ~(int) from & 0xffff), (int) to & 0xffff);
                result = ~s & 0xffff;
            }
            case 4 -> result = fold(BaseHelpers.add(BaseHelpers.add(~sum, ~(int) from), (int) to));
            default -> {
                return Errno.EINVAL.negative();
            }
        }
        Memory.write(x.buf, at, 2, result);
        return 0;
    }

    private static int csum16Add(int csum, int addend) {
        int r = (csum + addend) & 0xffff;
        return r + (r < addend ? 1 : 0);
    }

    /** {@code csum_fold}: 32 to 16 bits, complemented. */
    private static int fold(int sum) {
        return (int) (~BaseHelpers.fold16(sum) & 0xffff);
    }

    static long pullData(Vm vm, long ctx, long len, long r3, long r4, long r5) {
        SkbBuffer x = skb(vm, ctx, PULL_DATA);
        long n = len & 0xffffffffL;
        return n > x.len() ? Errno.ENOMEM.negative() : 0;
    }

    static long changeTail(Vm vm, long ctx, long newLen, long flags, long r4, long r5) {
        SkbBuffer x = skb(vm, ctx, CHANGE_TAIL);
        long n = newLen & 0xffffffffL;
        int min = Math.max(0, x.network - x.data);
        if (flags != 0 || n > SkbBuffer.MAX_LEN || n < min) {
            return Errno.EINVAL.negative();
        }
        if (x.encapsulation) {
            return Errno.ENOTSUPP.negative();
        }
        int grow = (int) n - x.len();
        if (grow > 0) {
            x.reserve(0, grow);
            java.util.Arrays.fill(x.buf, x.tail, x.tail + grow, (byte) 0);
        }
        x.tail = x.data + (int) n;
        if (x.gsoSize != 0) {
            x.gsoSize = 0; // skb_gso_reset
            x.gsoSegs = 0;
        }
        return 0;
    }

    static long changeHead(Vm vm, long ctx, long headRoom, long flags, long r4, long r5) {
        SkbBuffer x = skb(vm, ctx, CHANGE_HEAD);
        long room = headRoom & 0xffffffffL;
        long newLen = x.len() + room;
        if (flags != 0 || x.gsoSize == 0 && newLen > SkbBuffer.MAX_LEN || (newLen & 0xffffffffL) < x.len()) {
            return Errno.EINVAL.negative();
        }
        x.reserve((int) room, 0);
        x.data -= (int) room;
        java.util.Arrays.fill(x.buf, x.data, x.data + (int) room, (byte) 0);
        x.mac = x.data;
        return 0;
    }

    static long vlanPush(Vm vm, long ctx, long proto, long tci, long r4, long r5) {
        SkbBuffer x = skb(vm, ctx, VLAN_PUSH);
        int p = (int) proto & 0xffff;
        if (p != 0x0081 && p != 0xa888) {
            p = 0x0081; // htons(ETH_P_8021Q)
        }
        if (x.vlanPresent) {
            if (x.data != x.mac) {
                return Errno.EINVAL.negative();
            }
            // the tag already in hardware goes into the packet, after the MAC addresses
            x.reserve(4, 0);
            System.arraycopy(x.buf, x.data, x.buf, x.data - 4, 12);
            x.data -= 4;
            x.mac = x.data;
            Memory.write(x.buf, x.data + 12, 2, x.vlanProto);
            Memory.write(x.buf, x.data + 14, 2, Integer.reverseBytes(x.vlanTci) >>> 16);
            x.protocol = x.vlanProto;
            x.network -= 4;
        }
        x.vlanPresent = true;
        x.vlanProto = p;
        x.vlanTci = (int) tci & 0xffff;
        return 0;
    }

    static long vlanPop(Vm vm, long ctx, long r2, long r3, long r4, long r5) {
        SkbBuffer x = skb(vm, ctx, VLAN_POP);
        if (x.vlanPresent) {
            x.vlanPresent = false;
            x.vlanTci = 0;
            x.vlanProto = 0;
        } else {
            if (!isVlan(x.protocol)) {
                return 0;
            }
            long r = popFromPacket(x);
            if (r != 0) {
                return r;
            }
        }
        if (!isVlan(x.protocol)) {
            return 0;
        }
        int proto = x.protocol;
        int tci = (int) Memory.read(x.buf, x.data + 14, 2);
        long r = popFromPacket(x);
        if (r != 0) {
            return r;
        }
        x.vlanPresent = true;
        x.vlanProto = proto;
        x.vlanTci = Integer.reverseBytes(tci) >>> 16;
        return 0;
    }

    private static boolean isVlan(int protoLe) {
        return protoLe == 0x0081 || protoLe == 0xa888;
    }

    /** {@code __skb_vlan_pop}: removes the tag after the MAC addresses. */
    private static long popFromPacket(SkbBuffer x) {
        if (x.data != x.mac) {
            return Errno.EINVAL.negative();
        }
        if (x.len() < 18) {
            return Errno.ENOMEM.negative();
        }
        int encap = (x.buf[x.data + 16] & 0xff) << 8 | (x.buf[x.data + 17] & 0xff);
        System.arraycopy(x.buf, x.data, x.buf, x.data + 4, 12);
        x.data += 4;
        x.mac = x.data;
        if (encap >= 0x600) {
            x.protocol = Integer.reverseBytes(encap) >>> 16;
        } else {
            boolean rawIpx = x.len() >= 16 && x.buf[x.data + 14] == (byte) 0xff && x.buf[x.data + 15] == (byte) 0xff;
            x.protocol = rawIpx ? 0x0100 : 0x0400;
        }
        if (x.network - x.data < SkbBuffer.ETH_HLEN) {
            x.network = x.data + SkbBuffer.ETH_HLEN;
        }
        return 0;
    }

    /**
     * {@code bpf_skb_adjust_room(skb, len_diff, mode, flags)}: room made or taken after the MAC header
     * ({@code BPF_ADJ_ROOM_MAC}) or after the IPv4/IPv6 header ({@code BPF_ADJ_ROOM_NET}), with the
     * encapsulation and decapsulation flags' header bookkeeping.
     */
    static long adjustRoom(Vm vm, long ctx, long lenDiff, long mode, long flags, long r5) {
        SkbBuffer x = skb(vm, ctx, ADJUST_ROOM);
        int diff = (int) lenDiff;
        boolean shrink = diff < 0;
        long abs = Math.abs((long) diff);
        int proto = x.protocol;
        long base = proto == IPV4_LE ? 20 : proto == IPV6_LE ? 40 : 0xffffffffL;
        long lenMin = base;
        if ((flags & ~(ROOM_MASK | ROOM_NO_CSUM_RESET)) != 0) {
            return Errno.EINVAL.negative();
        }
        if (abs > 0xfff) {
            return Errno.EFAULT.negative();
        }
        if (proto != IPV4_LE && proto != IPV6_LE) {
            return Errno.ENOTSUPP.negative();
        }
        long off = x.network - x.mac;
        switch ((int) mode) {
            case 0 -> off += base;
            case 1 -> {
            }
            default -> {
                return Errno.ENOTSUPP.negative();
            }
        }
        if ((flags & ROOM_DECAP_MASK) != 0) {
            if (!shrink) {
                return Errno.EINVAL.negative();
            }
            long decap = flags & ROOM_DECAP_MASK;
            if (decap == ROOM_DECAP_MASK) {
                return Errno.EINVAL.negative();
            }
            lenMin = decap == ROOM_DECAP_L3_IPV4 ? 20 : 40;
        }
        long lenCur = x.len() - (x.network - x.data);
        boolean gso = x.gsoSize != 0;
        if (shrink && (abs >= lenCur || lenCur - abs < lenMin) || !shrink && x.len() + abs > SkbBuffer.MAX_LEN && !gso) {
            return Errno.ENOTSUPP.negative();
        }
        int n = (int) abs;
        if (shrink) {
            if ((flags & ~(ROOM_FIXED_GSO | ROOM_DECAP_MASK | ROOM_NO_CSUM_RESET)) != 0) {
                return Errno.EINVAL.negative();
            }
            if (gso) {
                return Errno.ENOTSUPP.negative(); // test_run's GSO type is neither TCP nor UDP_L4
            }
            if (off + n > x.len()) {
                return Errno.ENOMEM.negative();
            }
            System.arraycopy(x.buf, x.data, x.buf, x.data + n, (int) off);
            x.data += n;
            x.mac += n;
            x.network += n;
            if (proto == IPV4_LE && (flags & ROOM_DECAP_L3_IPV6) != 0) {
                x.protocol = IPV6_LE;
            } else if (proto == IPV6_LE && (flags & ROOM_DECAP_L3_IPV4) != 0) {
                x.protocol = IPV4_LE;
            }
            return 0;
        }
        if (gso) {
            return Errno.ENOTSUPP.negative();
        }
        boolean encap = (flags & ROOM_ENCAP_L3_MASK) != 0;
        int innerMacLen = (int) (flags >>> 56);
        int macLen = x.network - x.mac;
        if (encap) {
            if ((flags & ROOM_ENCAP_L3_MASK) == ROOM_ENCAP_L3_MASK
                    || (flags & (ROOM_ENCAP_L4_GRE | ROOM_ENCAP_L4_UDP)) == (ROOM_ENCAP_L4_GRE | ROOM_ENCAP_L4_UDP)
                    || (flags & ROOM_ENCAP_L2_ETH) != 0 && innerMacLen < SkbBuffer.ETH_HLEN) {
                return Errno.EINVAL.negative();
            }
            if (x.encapsulation) {
                return Errno.EALREADY.negative();
            }
            if (innerMacLen > n) {
                return Errno.EINVAL.negative();
            }
        }
        x.reserve(n, 0);
        x.data -= n;
        System.arraycopy(x.buf, x.data + n, x.buf, x.data, (int) off);
        java.util.Arrays.fill(x.buf, x.data + (int) off, x.data + (int) off + n, (byte) 0);
        x.mac -= n;
        x.network -= n;
        if (encap) {
            x.encapsulation = true;
            x.network = x.data + macLen;
            if (proto == IPV4_LE && (flags & ROOM_ENCAP_L3_IPV6) != 0) {
                x.protocol = IPV6_LE;
            } else if (proto == IPV6_LE && (flags & ROOM_ENCAP_L3_IPV4) != 0) {
                x.protocol = IPV4_LE;
            }
        }
        return 0;
    }

    static long redirect(Vm vm, long ifindex, long flags) {
        if ((flags & ~F_INGRESS) != 0) {
            return TcAction.SHOT.value();
        }
        vm.machine.redirect = new Redirect(null, null, ifindex & 0xffffffffL, flags, null);
        return TcAction.REDIRECT.value();
    }

    static long hashRecalc(Vm vm, long ctx, long r2, long r3, long r4, long r5) {
        SkbBuffer x = skb(vm, ctx, HASH_RECALC);
        if (!x.swHash) {
            throw new Fault(UNSUPPORTED, "bpf_get_hash_recalc: the flow dissector's hash of an skb without one"
                    + " is not modelled; set one with bpf_set_hash first");
        }
        return x.hash & 0xffffffffL;
    }

    static long setHash(Vm vm, long ctx, long hash, long r3, long r4, long r5) {
        SkbBuffer x = skb(vm, ctx, SET_HASH);
        x.hash = (int) hash;
        x.swHash = true;
        return 0;
    }

    /** {@code bpf_skb_event_output(ctx, map, flags, data, size)}: packet bytes appended per the ctx length. */
    static long perfEventOutput(Vm vm, long ctx, long map, long flags, long data, long size) {
        SkbBuffer x = skb(vm, ctx, Helpers.PERF_EVENT_OUTPUT);
        MapStore m = vm.machine.map(map, Helpers.PERF_EVENT_OUTPUT);
        if (!(m instanceof PerfEventArrayMap perf)) {
            throw Machine.incompatible(m.spec.type(), Helpers.PERF_EVENT_OUTPUT);
        }
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new Fault(HELPER_MISUSE, "bpf_perf_event_output: invalid size " + size);
        }
        byte[] sample = size == 0 ? new byte[0] : vm.mem.readBytes(data, (int) size);
        if ((flags & ~(PerfEventArrayMap.CTXLEN_MASK | PerfEventArrayMap.INDEX_MASK)) != 0) {
            return Errno.EINVAL.negative();
        }
        int ctxLen = (int) ((flags & PerfEventArrayMap.CTXLEN_MASK) >>> 32);
        if (ctxLen > x.len()) {
            return Errno.EFAULT.negative();
        }
        byte[] record = new byte[sample.length + ctxLen];
        System.arraycopy(sample, 0, record, 0, sample.length);
        System.arraycopy(x.buf, x.data, record, sample.length, ctxLen);
        return perf.output(flags, record);
    }
}
