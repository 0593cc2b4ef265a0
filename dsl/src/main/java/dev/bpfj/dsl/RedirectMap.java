package dev.bpfj.dsl;

import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;
import dev.bpfj.core.XdpAction;

/**
 * A map of redirect targets: {@code DEVMAP} and {@code DEVMAP_HASH} (interfaces), {@code CPUMAP}
 * (CPUs), {@code XSKMAP} (AF_XDP sockets). User space fills it; the program redirects into it.
 */
public final class RedirectMap extends BpfMap {
    /** {@code BPF_F_BROADCAST}: send to every entry (devmaps). */
    public static final int BROADCAST = 1 << 3;
    /** {@code BPF_F_EXCLUDE_INGRESS}: with broadcast, skip the receiving interface. */
    public static final int EXCLUDE_INGRESS = 1 << 4;

    RedirectMap(XdpProgram owner, String name, MapType type, int maxEntries) {
        super(owner, name, type, ScalarType.U32, ScalarType.U32, maxEntries, 0);
    }

    /**
     * {@code bpf_redirect_map(map, key, fallback)}: returns {@code XDP_REDIRECT}, or {@code fallback}
     * when the entry is empty. Return it from the program: {@code ret(devices.redirect(port, PASS))}.
     */
    public Value redirect(Value key, XdpAction fallback) {
        return redirect(key, fallback.value());
    }

    public Value redirect(long key, XdpAction fallback) {
        return redirect(Value.of(ScalarType.U32, key), fallback.value());
    }

    /** With explicit flags: the low two bits are the fallback action, plus {@link #BROADCAST} etc. */
    public Value redirect(Value key, int flags) {
        Gen g = gen();
        if ((flags & (BROADCAST | EXCLUDE_INGRESS)) != 0 && type != MapType.DEVMAP && type != MapType.DEVMAP_HASH) {
            throw g.error("broadcast flags work on devmaps only, not on " + type.displayName());
        }
        return g.call(Helpers.REDIRECT_MAP, ScalarType.U32, new Gen.MapArg(name), Gen.arg(g, Gen.convert(key, ScalarType.U32)),
                new Gen.ImmArg(flags));
    }
}
