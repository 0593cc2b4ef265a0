package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.HELPER_MISUSE;

import dev.bpfj.core.Errno;

/**
 * The conntrack kfuncs of {@code net/netfilter/nf_conntrack_bpf.c} answered from the test's
 * {@link ConntrackTable}: the same checks of {@code struct bpf_ct_opts} and the tuple in the same order,
 * the same errors in {@code opts->error}, {@code opts->dir} of a found entry. The {@code struct
 * nf_conn} they hand out is an opaque kernel object: the kernel's layout is not the interpreter's to
 * show, so reading its fields stops the run.
 */
final class ConntrackKfuncs {
    private ConntrackKfuncs() {}

    static final int OPTS_SZ = 16;
    static final int OPTS_OLD_SZ = 12;
    private static final int OFF_NETNS = 0;
    private static final int OFF_ERROR = 4;
    private static final int OFF_L4PROTO = 8;
    private static final int OFF_DIR = 9;
    private static final int OFF_ZONE_ID = 10;
    private static final int OFF_ZONE_DIR = 12;
    private static final int OFF_RESERVED = 13;
    /** {@code NF_CT_DEFAULT_ZONE_DIR}: a zone applies to both directions. */
    private static final int DEFAULT_ZONE_DIR = 3;
    private static final long IPS_CONFIRMED = 1 << 3;
    private static final long IPS_SEEN_REPLY = 1 << 1;
    private static final long IPS_ASSURED = 1 << 2;
    /** {@code IPS_UNCHANGEABLE_MASK}: bits a program's status change keeps. */
    private static final long UNCHANGEABLE = 1 | 1 << 3 | 1 << 4 | 1 << 5 | 1 << 6 | 1 << 7 | 1 << 8 | 1 << 9 | 1 << 11
            | 1 << 12 | 1 << 14 | 1 << 15;
    private static final int DEFAULT_TIMEOUT_MS = 10_000;

    /** A {@code struct nf_conn} (or {@code nf_conn___init}) the program holds. */
    static final class Conn {
        ConntrackTable.Entry entry;
        boolean inserted;

        Conn(ConntrackTable.Entry entry, boolean inserted) {
            this.entry = entry;
            this.inserted = inserted;
        }
    }

    /** A parsed lookup or allocation request, or the negative errno it fails with. */
    private record Request(byte[] src, int sport, byte[] dst, int dport, int proto, int zone, long error) {}

    static long lookup(Vm vm, long ctx, long tuple, long tupleSz, long opts, long optsSz) {
        XdpKfuncs.context(vm, ctx, "bpf_xdp_ct_lookup");
        Request r = request(vm, tuple, tupleSz, opts, optsSz, true);
        if (r.error != 0) {
            return fail(vm, opts, r.error);
        }
        ConntrackTable table = vm.machine.env.conntrack();
        ConntrackTable.Entry e = table.find(r.src, r.sport, r.dst, r.dport, r.proto, r.zone);
        if (e == null) {
            return fail(vm, opts, Errno.ENOENT.negative());
        }
        vm.mem.store(opts + OFF_DIR, 1, e.direction(r.src, r.sport, r.dst, r.dport, r.proto, r.zone));
        return object(vm, new Conn(e, true));
    }

    static long alloc(Vm vm, long ctx, long tuple, long tupleSz, long opts, long optsSz) {
        XdpKfuncs.context(vm, ctx, "bpf_xdp_ct_alloc");
        Request r = request(vm, tuple, tupleSz, opts, optsSz, false);
        if (r.error != 0) {
            return fail(vm, opts, r.error);
        }
        ConntrackTable.Entry e = new ConntrackTable.Entry(r.src, r.sport, r.dst, r.dport, r.proto, r.zone,
                IPS_CONFIRMED, DEFAULT_TIMEOUT_MS);
        return object(vm, new Conn(e, false));
    }

    static long insert(Vm vm, long nfct, long r2, long r3, long r4, long r5) {
        Conn c = conn(vm, nfct, "bpf_ct_insert_entry", false);
        if (!vm.machine.env.conntrack().insert(c.entry)) {
            return 0; // nf_conntrack_free: the entry is gone (the verifier let go of the program's pointer)
        }
        c.inserted = true;
        return nfct;
    }

    static long release(Vm vm, long nfct, long r2, long r3, long r4, long r5) {
        conn(vm, nfct, "bpf_ct_release", true);
        return 0;
    }

    static long setTimeout(Vm vm, long nfct, long ms, long r3, long r4, long r5) {
        Conn c = conn(vm, nfct, "bpf_ct_set_timeout", false);
        c.entry = with(c.entry, c.entry.status(), ms & 0xffffffffL);
        return 0;
    }

    static long changeTimeout(Vm vm, long nfct, long ms, long r3, long r4, long r5) {
        Conn c = conn(vm, nfct, "bpf_ct_change_timeout", true);
        update(vm, c, with(c.entry, c.entry.status(), ms & 0xffffffffL));
        return 0;
    }

    static long setStatus(Vm vm, long nfct, long status, long r3, long r4, long r5) {
        return changeStatus(vm, conn(vm, nfct, "bpf_ct_set_status", false), status & 0xffffffffL);
    }

    static long changeStatus(Vm vm, long nfct, long status, long r3, long r4, long r5) {
        return changeStatus(vm, conn(vm, nfct, "bpf_ct_change_status", true), status & 0xffffffffL);
    }

    /** {@code nf_ct_change_status_common}. */
    private static long changeStatus(Vm vm, Conn c, long status) {
        long old = c.entry.status();
        long d = old ^ status;
        if ((d & IPS_SEEN_REPLY) != 0 && (status & IPS_SEEN_REPLY) == 0
                || (d & IPS_ASSURED) != 0 && (status & IPS_ASSURED) == 0) {
            return Errno.EBUSY.negative();
        }
        long next = (status & ~UNCHANGEABLE) | (old & UNCHANGEABLE);
        update(vm, c, with(c.entry, next, c.entry.timeoutMs()));
        return 0;
    }

    private static ConntrackTable.Entry with(ConntrackTable.Entry e, long status, long timeoutMs) {
        return new ConntrackTable.Entry(e.source(), e.sourcePort(), e.destination(), e.destinationPort(), e.protocol(),
                e.zone(), status, timeoutMs);
    }

    /** Changes an entry, in the table too once it is inserted. */
    private static void update(Vm vm, Conn c, ConntrackTable.Entry next) {
        if (c.inserted) {
            vm.machine.env.conntrack().replace(c.entry, next);
        }
        c.entry = next;
    }

    private static long fail(Vm vm, long opts, long error) {
        if (opts != 0) {
            vm.mem.store(opts + OFF_ERROR, 4, error);
        }
        return 0;
    }

    private static long object(Vm vm, Conn c) {
        Region g = vm.mem.allocate(null, 0, 0, Region.OPAQUE, true, "struct nf_conn of " + c.entry, c);
        vm.machine.deferredRelease.add(g); // the program must release it before exiting anyway
        return Memory.address(g, 0);
    }

    /** The object behind a pointer argument: inserted ones ({@code nf_conn}) or new ones ({@code nf_conn___init}). */
    private static Conn conn(Vm vm, long ptr, String kfunc, boolean inserted) {
        Region g = vm.mem.regionOf(ptr);
        if (!(g.owner instanceof Conn c) || (int) ptr != 0 || g.kind != Region.OPAQUE) {
            throw new Fault(HELPER_MISUSE, kfunc + " needs a struct nf_conn a conntrack kfunc returned, got "
                    + vm.mem.describe(ptr));
        }
        if (c.inserted != inserted) {
            throw new Fault(HELPER_MISUSE, kfunc + " needs " + (inserted ? "an inserted struct nf_conn" : "a struct"
                    + " nf_conn___init from bpf_xdp_ct_alloc") + ", got " + vm.mem.describe(ptr));
        }
        return c;
    }

    /**
     * The checks of {@code __bpf_nf_ct_lookup} / {@code __bpf_nf_ct_alloc_entry} (Linux 6.18: 16-byte
     * options with a zone, 12-byte ones still accepted) and {@code bpf_nf_ct_tuple_parse}.
     */
    private static Request request(Vm vm, long tuple, long tupleSz, long opts, long optsSz, boolean lookup) {
        int len = (int) optsSz;
        if (opts == 0 || tuple == 0 || (len != OPTS_SZ && len != OPTS_OLD_SZ)) {
            return failed(Errno.EINVAL);
        }
        if (len == OPTS_SZ) {
            for (int i = 0; i < 3; i++) {
                if (vm.mem.load(opts + OFF_RESERVED + i, 1) != 0) {
                    return failed(Errno.EINVAL);
                }
            }
        } else if (vm.mem.load(opts + OFF_ZONE_ID, 2) != 0) {
            return failed(Errno.EINVAL);
        }
        int proto = (int) vm.mem.load(opts + OFF_L4PROTO, 1);
        if (lookup && proto != ConntrackTable.TCP && proto != ConntrackTable.UDP) {
            return failed(Errno.EPROTO);
        }
        int netns = (int) vm.mem.load(opts + OFF_NETNS, 4);
        if (netns < -1) {
            return failed(Errno.EINVAL);
        }
        if (proto != ConntrackTable.TCP && proto != ConntrackTable.UDP) {
            return failed(Errno.EPROTO);
        }
        int addr;
        switch ((int) tupleSz) {
            case 12 -> addr = 4;
            case 36 -> addr = 16;
            default -> {
                return failed(Errno.EAFNOSUPPORT);
            }
        }
        if (netns >= 0) {
            return failed(Errno.ENONET); // the interpreter knows no other network namespace
        }
        byte[] src = vm.mem.readBytes(tuple, addr);
        byte[] dst = vm.mem.readBytes(tuple + addr, addr);
        int sport = Short.reverseBytes((short) vm.mem.load(tuple + 2L * addr, 2)) & 0xffff;
        int dport = Short.reverseBytes((short) vm.mem.load(tuple + 2L * addr + 2, 2)) & 0xffff;
        int zone = 0;
        if (len == OPTS_SZ) {
            int zoneDir = (int) vm.mem.load(opts + OFF_ZONE_DIR, 1);
            if (zoneDir == 0) {
                zoneDir = DEFAULT_ZONE_DIR;
                vm.mem.store(opts + OFF_ZONE_DIR, 1, zoneDir);
            }
            zone = (int) vm.mem.load(opts + OFF_ZONE_ID, 2);
        }
        return new Request(src, sport, dst, dport, proto, zone, 0);
    }

    private static Request failed(Errno e) {
        return new Request(null, 0, null, 0, 0, 0, e.negative());
    }
}
