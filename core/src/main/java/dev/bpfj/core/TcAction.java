package dev.bpfj.core;

/**
 * uapi {@code TC_ACT_*} (linux/pkt_cls.h): what a tc ({@code sched_cls} / {@code sched_act})
 * program's return value tells the traffic-control layer. {@code TC_ACT_UNSPEC} is -1.
 */
public enum TcAction {
    UNSPEC(-1), OK(0), RECLASSIFY(1), SHOT(2), PIPE(3), STOLEN(4), QUEUED(5), REPEAT(6), REDIRECT(7), TRAP(8);

    private final int value;

    TcAction(int value) {
        this.value = value;
    }

    /** The numeric return value. */
    public int value() {
        return value;
    }

    /** The action for a program's {@code (int) r0}, or null if it is none of these. */
    public static TcAction of(long r0) {
        int v = (int) r0;
        for (TcAction a : values()) {
            if (a.value == v) {
                return a;
            }
        }
        return null;
    }

    /** {@code TC_ACT_SHOT} */
    public String cName() {
        return "TC_ACT_" + name();
    }
}
