package dev.bpfj.interpreter;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The fields of {@code struct __sk_buff} that {@code BPF_PROG_TEST_RUN} takes in {@code ctx_in} and
 * gives back in {@code ctx_out} for skb programs ({@code convert___skb_to_skb} and back in
 * {@code net/bpf/test_run.c}); every other field of the context must be zero.
 *
 * @param mark {@code skb->mark}
 * @param priority {@code skb->priority}
 * @param ingressIfindex {@code skb->skb_iif} (test_run's default: 0)
 * @param ifindex the device; 0 or 1 mean loopback, which test_run uses by default
 * @param cb the 20 bytes of {@code cb[0..4]}
 * @param tstamp {@code skb->tstamp}
 * @param wireLen the qdisc's packet length; 0 means the packet's length
 * @param gsoSegs {@code skb_shinfo(skb)->gso_segs}
 * @param gsoSize {@code skb_shinfo(skb)->gso_size}
 * @param hwtstamp {@code skb_shinfo(skb)->hwtstamps.hwtstamp}
 */
public record SkbFields(int mark, int priority, int ingressIfindex, int ifindex, int[] cb, long tstamp, int wireLen,
                        int gsoSegs, int gsoSize, long hwtstamp) {
    /** {@code sizeof(struct __sk_buff)}. */
    public static final int SIZE = 192;
    static final int MARK = 8, PRIORITY = 32, INGRESS_IFINDEX = 36, IFINDEX = 40, CB = 48, TSTAMP = 152,
            WIRE_LEN = 160, GSO_SEGS = 164, GSO_SIZE = 176, HWTSTAMP = 184;

    /** All zero: what test_run assumes without {@code ctx_in}. */
    public static final SkbFields NONE = new SkbFields(0, 0, 0, 0, new int[5], 0, 0, 0, 0, 0);

    public SkbFields {
        cb = cb == null ? new int[5] : Arrays.copyOf(cb, 5);
    }

    @Override
    public int[] cb() {
        return cb.clone();
    }

    /** The {@code struct __sk_buff} bytes, as a {@code ctx_in} would hold them. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MARK, mark).putInt(PRIORITY, priority).putInt(INGRESS_IFINDEX, ingressIfindex).putInt(IFINDEX, ifindex);
        for (int i = 0; i < 5; i++) {
            b.putInt(CB + 4 * i, cb[i]);
        }
        b.putLong(TSTAMP, tstamp).putInt(WIRE_LEN, wireLen).putInt(GSO_SEGS, gsoSegs).putInt(GSO_SIZE, gsoSize)
                .putLong(HWTSTAMP, hwtstamp);
        return b.array();
    }

    /** Reads the fields test_run copies from a {@code struct __sk_buff}. */
    public static SkbFields fromBytes(byte[] ctx) {
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(ctx, SIZE)).order(ByteOrder.LITTLE_ENDIAN);
        int[] cb = new int[5];
        for (int i = 0; i < 5; i++) {
            cb[i] = b.getInt(CB + 4 * i);
        }
        return new SkbFields(b.getInt(MARK), b.getInt(PRIORITY), b.getInt(INGRESS_IFINDEX), b.getInt(IFINDEX), cb,
                b.getLong(TSTAMP), b.getInt(WIRE_LEN), b.getInt(GSO_SEGS), b.getInt(GSO_SIZE), b.getLong(HWTSTAMP));
    }

    public SkbFields withMark(int v) {
        return new SkbFields(v, priority, ingressIfindex, ifindex, cb, tstamp, wireLen, gsoSegs, gsoSize, hwtstamp);
    }

    public SkbFields withPriority(int v) {
        return new SkbFields(mark, v, ingressIfindex, ifindex, cb, tstamp, wireLen, gsoSegs, gsoSize, hwtstamp);
    }

    public SkbFields withIngressIfindex(int v) {
        return new SkbFields(mark, priority, v, ifindex, cb, tstamp, wireLen, gsoSegs, gsoSize, hwtstamp);
    }

    public SkbFields withIfindex(int v) {
        return new SkbFields(mark, priority, ingressIfindex, v, cb, tstamp, wireLen, gsoSegs, gsoSize, hwtstamp);
    }

    public SkbFields withCb(int... v) {
        return new SkbFields(mark, priority, ingressIfindex, ifindex, v, tstamp, wireLen, gsoSegs, gsoSize, hwtstamp);
    }

    public SkbFields withTstamp(long v) {
        return new SkbFields(mark, priority, ingressIfindex, ifindex, cb, v, wireLen, gsoSegs, gsoSize, hwtstamp);
    }

    public SkbFields withWireLen(int v) {
        return new SkbFields(mark, priority, ingressIfindex, ifindex, cb, tstamp, v, gsoSegs, gsoSize, hwtstamp);
    }

    public SkbFields withGso(int segs, int size) {
        return new SkbFields(mark, priority, ingressIfindex, ifindex, cb, tstamp, wireLen, segs, size, hwtstamp);
    }

    public SkbFields withHwtstamp(long v) {
        return new SkbFields(mark, priority, ingressIfindex, ifindex, cb, tstamp, wireLen, gsoSegs, gsoSize, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkbFields f && Arrays.equals(toBytes(), f.toBytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toBytes());
    }

    @Override
    public String toString() {
        return "SkbFields[mark=" + mark + ", priority=" + priority + ", ingress_ifindex=" + ingressIfindex + ", ifindex="
                + ifindex + ", cb=" + Arrays.toString(cb) + ", tstamp=" + tstamp + ", wire_len=" + wireLen
                + ", gso_segs=" + gsoSegs + ", gso_size=" + gsoSize + ", hwtstamp=" + hwtstamp + "]";
    }
}
