package dev.bpfj.interpreter;

import dev.bpfj.core.MapType;

/**
 * Where an XDP program asked the packet to go, as {@code bpf_redirect} or {@code bpf_redirect_map}
 * recorded it; meaningful when the program returned {@code XDP_REDIRECT}.
 *
 * @param map the map of {@code bpf_redirect_map}, or null for {@code bpf_redirect}
 * @param mapType the map's type, or null
 * @param target the interface index, or the map key
 * @param flags the flags kept for broadcast ({@code BPF_F_BROADCAST}, {@code BPF_F_EXCLUDE_INGRESS})
 * @param value the map entry's value (the devmap's ifindex, the cpumap's queue size...), or null
 */
public record Redirect(String map, MapType mapType, long target, long flags, byte[] value) {

    public static Redirect toInterface(int ifindex) {
        return new Redirect(null, null, ifindex & 0xffffffffL, 0, null);
    }

    /** The target interface when known: the ifindex of bpf_redirect or of a devmap entry, else -1. */
    public int ifindex() {
        if (map == null) {
            return (int) target;
        }
        if ((mapType == MapType.DEVMAP || mapType == MapType.DEVMAP_HASH) && value != null && value.length >= 4) {
            return (value[0] & 0xff) | (value[1] & 0xff) << 8 | (value[2] & 0xff) << 16 | (value[3] & 0xff) << 24;
        }
        return -1;
    }

    public boolean isBroadcast() {
        return (flags & (1L << 3)) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Redirect r && java.util.Objects.equals(map, r.map) && mapType == r.mapType
                && target == r.target && flags == r.flags && java.util.Arrays.equals(value, r.value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(map, target, flags);
    }

    @Override
    public String toString() {
        return map == null ? "ifindex " + target
                : mapType.displayName() + " " + map + "[" + target + "]" + (flags != 0 ? " flags 0x" + Long.toHexString(flags) : "");
    }
}
