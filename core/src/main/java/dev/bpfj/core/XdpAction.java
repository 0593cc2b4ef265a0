package dev.bpfj.core;

/** uapi {@code enum xdp_action}: what an XDP program's return value tells the driver. */
public enum XdpAction {
    ABORTED, DROP, PASS, TX, REDIRECT;

    /** The numeric return value. */
    public int value() {
        return ordinal();
    }

    /** The action for a program's {@code (u32) r0}, or null if it is none of the five. */
    public static XdpAction of(long r0) {
        long v = r0 & 0xffffffffL;
        return v < values().length ? values()[(int) v] : null;
    }

    /** {@code XDP_PASS} */
    public String cName() {
        return "XDP_" + name();
    }
}
