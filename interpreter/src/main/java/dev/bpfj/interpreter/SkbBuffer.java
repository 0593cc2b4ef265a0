package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import dev.bpfj.core.Errno;
import java.util.Arrays;

/**
 * The {@code struct sk_buff} of one tc test run, as {@code bpf_prog_test_run_skb} builds it: a
 * linear buffer with {@code NET_SKB_PAD} (64) zeroed bytes of headroom, the packet from its
 * Ethernet header on (test_run pushes the MAC header back after {@code eth_type_trans}), the
 * loopback device, and the {@code struct __sk_buff} fields of {@code ctx_in}. The program's context
 * is a separate region whose loads and stores are translated as {@code bpf_convert_ctx_access}
 * translates them; {@code data}, {@code data_end} and {@code data_meta} yield pointers into the
 * packet region, which is replaced (old pointers fault) whenever a helper may change the data.
 */
final class SkbBuffer implements Memory.ContextAccess {
    /** {@code NET_SKB_PAD + NET_IP_ALIGN} on x86-64. */
    static final int HEADROOM = 64;
    static final int ETH_HLEN = 14;
    /** {@code PAGE_SIZE - headroom - SKB_DATA_ALIGN(sizeof(struct skb_shared_info))}: test_run's limit. */
    static final int MAX_PACKET = 4096 - HEADROOM - 320;
    /** {@code BPF_SKB_MAX_LEN} = {@code SKB_MAX_ALLOC}: 16 KiB less the shared info. */
    static final int MAX_LEN = 16384 - 320;
    static final int SKF_NET_OFF = -0x100000;
    static final int SKF_LL_OFF = -0x200000;

    private final Memory mem;
    Region packet;
    final Region ctx;
    /** head = 0; data, tail, mac and network header are offsets into {@link #buf}. */
    byte[] buf = new byte[0];
    int data;
    int tail;
    int mac;
    int network;
    /**
     * tc: the program sees the packet from the MAC header (test_run pushes it back); socket filters
     * see it from the network header, and test_run puts 14 zero bytes in front of the output.
     */
    boolean l2 = true;

    // sk_buff and qdisc_skb_cb fields
    int pktType;
    int mark;
    int queueMapping;
    /** {@code skb->protocol}: the __be16 as memory holds it. */
    int protocol;
    int vlanProto;
    int vlanTci;
    boolean vlanPresent;
    int priority;
    int ingressIfindex;
    int ifindex;
    int tcIndex;
    final byte[] cb = new byte[20];
    int hash;
    boolean swHash;
    /** Set by bpf_skb_adjust_room's encapsulation flags. */
    boolean encapsulation;
    int tcClassid;
    long tstamp;
    int wireLen;
    int gsoSegs;
    int gsoSize;
    /** ctx_in's gso_size: test_run does not copy the skb's back to ctx_out. */
    int gsoSizeIn;
    long hwtstamp;

    SkbBuffer(Memory mem) {
        this.mem = mem;
        this.ctx = mem.allocate(null, 0, SkbFields.SIZE, Region.CTX, false, "ctx", this);
        this.packet = mem.allocate(buf, 0, 0, Region.PLAIN, false, "packet", this);
    }

    /** test_run's checks of the input that do not depend on the program; throws with its errno. */
    static void check(SkbInput in, boolean l2) {
        byte[] p = in.packet();
        SkbFields f = in.fields();
        if (p.length < ETH_HLEN) {
            throw new InvalidInputException(Errno.EINVAL, "a packet of " + p.length
                    + " bytes is shorter than an Ethernet header (14)");
        }
        if (p.length > MAX_PACKET) {
            throw new InvalidInputException(Errno.EINVAL, "a packet of " + p.length + " bytes is longer than test_run's"
                    + " one page allows for an skb (" + MAX_PACKET + ")");
        }
        int proto = (p[12] & 0xff) << 8 | (p[13] & 0xff);
        if (proto == 0x0800 && p.length - ETH_HLEN < 20 || proto == 0x86dd && p.length - ETH_HLEN < 40) {
            throw new InvalidInputException(Errno.EINVAL, "an " + (proto == 0x0800 ? "IPv4" : "IPv6")
                    + " packet too short for its network header");
        }
        // compared with skb->len, which excludes the Ethernet header for socket filters
        int len = l2 ? p.length : p.length - ETH_HLEN;
        if (f.wireLen() != 0 && (Integer.compareUnsigned(f.wireLen(), len) < 0
                || Integer.compareUnsigned(f.wireLen(), 65536) > 0)) {
            throw new InvalidInputException(Errno.EINVAL, "wire_len " + Integer.toUnsignedString(f.wireLen())
                    + " must be 0 or between the packet's length and 65536");
        }
        if (Integer.compareUnsigned(f.gsoSegs(), 65535) > 0) {
            throw new InvalidInputException(Errno.EINVAL, "gso_segs above 65535");
        }
    }

    /** Builds the skb as test_run does: {@code eth_type_trans}, the network header, ctx_in's fields. */
    void load(SkbInput in, boolean l2) {
        this.l2 = l2;
        byte[] p = in.packet();
        SkbFields f = in.fields();
        buf = new byte[HEADROOM + p.length + 256];
        mac = HEADROOM;
        System.arraycopy(p, 0, buf, mac, p.length);
        tail = mac + p.length;
        network = mac + ETH_HLEN;
        data = l2 ? mac : network;
        protocol = ethTypeTrans(p);
        pktType = pktType(p);
        mark = f.mark();
        priority = f.priority();
        ingressIfindex = f.ingressIfindex();
        ifindex = f.ifindex() > 1 ? f.ifindex() : 1;
        int[] c = f.cb();
        for (int i = 0; i < 5; i++) {
            Memory.write(cb, 4 * i, 4, c[i]);
        }
        tstamp = f.tstamp();
        // without ctx_in, test_run leaves the qdisc cb (and so wire_len) zero
        wireLen = !in.hasContext() ? 0 : f.wireLen() == 0 ? len() : f.wireLen();
        gsoSegs = f.gsoSegs() & 0xffff;
        gsoSize = f.gsoSize() & 0xffff;
        gsoSizeIn = f.gsoSize();
        hwtstamp = f.hwtstamp();
        queueMapping = 0;
        vlanPresent = false;
        vlanProto = 0;
        vlanTci = 0;
        tcIndex = 0;
        hash = 0;
        swHash = false;
        encapsulation = false;
        tcClassid = 0;
        renew();
    }

    /** {@code eth_type_trans}'s protocol, as the __be16 memory holds (read little-endian). */
    private static int ethTypeTrans(byte[] p) {
        int type = (p[12] & 0xff) << 8 | (p[13] & 0xff);
        if (type >= 0x600) {
            return Integer.reverseBytes(type) >>> 16;
        }
        // 802.3 frames: raw IPX when the payload starts with 0xffff, else 802.2 LLC
        boolean rawIpx = p.length >= ETH_HLEN + 2 && p[14] == (byte) 0xff && p[15] == (byte) 0xff;
        return rawIpx ? 0x0100 : 0x0400;
    }

    /** {@code eth_type_trans}'s packet type on loopback, whose address is all zero. */
    private static int pktType(byte[] p) {
        if ((p[0] & 1) != 0) {
            for (int i = 0; i < 6; i++) {
                if (p[i] != (byte) 0xff) {
                    return 2; // PACKET_MULTICAST
                }
            }
            return 1; // PACKET_BROADCAST
        }
        for (int i = 0; i < 6; i++) {
            if (p[i] != 0) {
                return 3; // PACKET_OTHERHOST
            }
        }
        return 0; // PACKET_HOST
    }

    int len() {
        return tail - data;
    }

    /**
     * A new packet region for the current bounds: pointers taken before a helper that may change the
     * packet fault from now on, as the verifier invalidates them.
     */
    void renew() {
        mem.release(packet);
        packet = mem.allocate(buf, data, tail, Region.PLAIN, false, "packet", this);
        packet.origin = data;
    }

    /** Makes {@code head} bytes of headroom and {@code tailBytes} of tailroom available, moving the data if needed. */
    void reserve(int head, int tailBytes) {
        if (data >= head && buf.length - tail >= tailBytes) {
            return;
        }
        int newHead = Math.max(HEADROOM, head + HEADROOM);
        byte[] b = new byte[newHead + (tail - data) + Math.max(tailBytes, 256)];
        int shift = newHead - data;
        // the old headroom keeps its place before the data, as pskb_expand_head copies it
        int from = Math.max(0, data - newHead);
        System.arraycopy(buf, from, b, from + shift, tail - from);
        buf = b;
        data += shift;
        tail += shift;
        mac += shift;
        network += shift;
    }

    byte[] output() {
        if (l2) {
            return Arrays.copyOfRange(buf, data, tail);
        }
        byte[] out = new byte[ETH_HLEN + len()];
        System.arraycopy(buf, data, out, ETH_HLEN, len());
        return out;
    }

    SkbFields fieldsOut() {
        int[] c = new int[5];
        for (int i = 0; i < 5; i++) {
            c[i] = (int) Memory.read(cb, 4 * i, 4);
        }
        return new SkbFields(mark, priority, ingressIfindex, ifindex, c, tstamp, wireLen, gsoSegs, gsoSizeIn, hwtstamp);
    }

    /** {@code LD_ABS}/{@code LD_IND}: the bytes at {@code offset} in network order, or -1 where the kernel fails. */
    long loadAbs(int offset, int size) {
        int at;
        if (offset >= 0) {
            if ((long) offset + size > len()) {
                return -1;
            }
            at = data + offset;
        } else if (offset >= SKF_NET_OFF) {
            at = network + offset - SKF_NET_OFF;
        } else if (offset >= SKF_LL_OFF) {
            at = mac + offset - SKF_LL_OFF;
        } else {
            return -1;
        }
        if (offset < 0 && (at < 0 || (long) at + size > tail)) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < size; i++) {
            v = v << 8 | (buf[at + i] & 0xff);
        }
        return v;
    }

    // ---- struct __sk_buff, as bpf_convert_ctx_access / tc_cls_act_convert_ctx_access rewrite it ----

    private static Fault invalid(int off, int size, String why) {
        return new Fault(INVALID_CONTEXT_ACCESS, "invalid bpf_context access off=" + off + " size=" + size
                + (why == null ? "" : " (" + why + ")"));
    }

    /** The 4-byte (or 8-byte) field containing {@code off}, or -1 for the pointers and holes. */
    private long field(int start) {
        return switch (start) {
            case 0 -> len();
            case 4 -> pktType;
            case 8 -> mark & 0xffffffffL;
            case 12 -> queueMapping;
            case 16 -> protocol;
            case 20 -> vlanPresent ? 1 : 0;
            case 24 -> vlanTci;
            case 28 -> vlanProto;
            case 32 -> priority & 0xffffffffL;
            case 36 -> ingressIfindex & 0xffffffffL;
            case 40 -> ifindex & 0xffffffffL;
            case 44 -> tcIndex;
            case 48, 52, 56, 60, 64 -> Memory.read(cb, start - 48, 4);
            case 68 -> hash & 0xffffffffL;
            case 72 -> tcClassid;
            case 84 -> 0; // napi_id: test_run's skb never went through NAPI
            case 160 -> wireLen & 0xffffffffL;
            case 164 -> gsoSegs & 0xffffffffL;
            case 176 -> gsoSize & 0xffffffffL;
            default -> -1;
        };
    }

    /** Fields socket filters may not touch ({@code sk_filter_is_valid_access}). */
    private void checkSocketFilter(int off, int size, boolean write) {
        if (l2) {
            return;
        }
        if (write && !(off >= 48 && off < 68)) {
            throw invalid(off, size, "socket filters may write only cb[]");
        }
        if (off >= 72 && off < 84 || off >= 88 && off < 144 || off >= 152 && off < 164 || off >= 180) {
            throw invalid(off, size, "socket filters cannot read tc_classid, data, data_end, data_meta, the socket"
                    + " fields, tstamp, wire_len, tstamp_type or hwtstamp");
        }
    }

    @Override
    public long load(int off, int size) {
        if (off % size != 0) {
            throw invalid(off, size, "misaligned");
        }
        checkSocketFilter(off, size, false);
        if (off >= 48 && off < 68) {
            if (off + size > 68) {
                throw invalid(off, size, "past cb[4]");
            }
            return Memory.read(cb, off - 48, size);
        }
        if (off == 76 || off == 80 || off == 140) {
            if (size != 4) {
                throw invalid(off, size, "data, data_end and data_meta are read with 4-byte loads");
            }
            return Memory.address(packet, off == 80 ? tail : data);
        }
        if (off >= 88 && off < 140) {
            throw invalid(off, size, "tc programs cannot read the socket fields family..local_port");
        }
        switch (off & ~7) {
            case 152 -> {
                if (size != 8) {
                    throw invalid(off, size, "tstamp is read with 8-byte loads");
                }
                return tstamp;
            }
            case 184 -> {
                if (size != 8) {
                    throw invalid(off, size, "hwtstamp is read with 8-byte loads");
                }
                return hwtstamp;
            }
            case 144 -> throw invalid(off, size, "flow_keys is for flow dissector programs");
            case 168 -> {
                if (off == 168 && size == 8) {
                    throw new Fault(UNSUPPORTED, "reading skb->sk: test_run's dummy socket is not modelled");
                }
                throw invalid(off, size, null);
            }
            default -> {
            }
        }
        if (off == 180) {
            if (size != 1) {
                throw invalid(off, size, "tstamp_type is one byte");
            }
            return 0;
        }
        if (size > 4) {
            throw invalid(off, size, "__sk_buff fields are 4 bytes");
        }
        int start = off & ~3;
        long v = field(start);
        if (v < 0 || start == 180) {
            throw invalid(off, size, null);
        }
        // convert_ctx_accesses: a load at least as wide as the kernel field it becomes reads the whole
        // field; only narrower ones shift by their offset in the 4-byte __sk_buff field
        if (size >= kernelSize(start)) {
            return v;
        }
        int shift = (off - start) * 8;
        return (v >>> shift) & ((1L << (size * 8)) - 1);
    }

    /** The size of the sk_buff member a __sk_buff field is converted to (its {@code target_size}). */
    private static int kernelSize(int start) {
        return switch (start) {
            case 4 -> 1; // pkt_type: a 3-bit field read as a byte
            case 12, 16, 24, 28, 44, 72, 164, 176 -> 2;
            default -> 4;
        };
    }

    @Override
    public void store(int off, int size, long v) {
        if (off % size != 0) {
            throw invalid(off, size, "misaligned");
        }
        checkSocketFilter(off, size, true);
        if (off >= 48 && off < 68) {
            if (off + size > 68) {
                throw invalid(off, size, null);
            }
            Memory.write(cb, off - 48, size, v);
            return;
        }
        if (off == 152) {
            if (size != 8) {
                throw invalid(off, size, "tstamp is written with 8-byte stores");
            }
            tstamp = v;
            return;
        }
        if (size != 4) {
            throw invalid(off, size, "tc writes 4-byte fields with 4-byte stores");
        }
        switch (off) {
            case 8 -> mark = (int) v;
            case 32 -> priority = (int) v;
            case 44 -> tcIndex = (int) v & 0xffff;
            case 72 -> tcClassid = (int) v & 0xffff;
            case 12 -> {
                // the kernel skips the store for NO_QUEUE_MAPPING (0xffff) and above
                if (Long.compareUnsigned(v, 0xffff) < 0) {
                    queueMapping = (int) v;
                }
            }
            default -> throw invalid(off, size, "tc may write mark, priority, tc_index, tc_classid, queue_mapping,"
                    + " cb[] and tstamp");
        }
    }
}
