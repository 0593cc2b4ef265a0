package dev.bpfj.interpreter;

import java.util.Objects;

/**
 * What one tc test run gets, as {@code BPF_PROG_TEST_RUN} takes it for {@code sched_cls} /
 * {@code sched_act} programs: the packet (from the Ethernet header on), the {@code struct
 * __sk_buff} fields test_run accepts in {@code ctx_in}, how often to run, and whether to record a
 * trace or coverage.
 *
 * <pre>{@code
 * SkbInput.of(packet).mark(7).cb(1, 2, 3, 4, 5).repeat(10)
 * }</pre>
 */
public record SkbInput(byte[] packet, SkbFields fields, int repeat, boolean trace, boolean coverage) {

    public SkbInput {
        packet = Objects.requireNonNull(packet, "packet").clone();
        fields = fields == null ? SkbFields.NONE : fields;
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must not be negative");
        }
    }

    public static SkbInput of(byte[] packet) {
        return new SkbInput(packet, SkbFields.NONE, 1, false, false);
    }

    @Override
    public byte[] packet() {
        return packet.clone();
    }

    /** Whether any field differs from test_run's defaults (then a {@code ctx_in} is passed). */
    public boolean hasContext() {
        return !fields.equals(SkbFields.NONE);
    }

    public SkbInput fields(SkbFields f) {
        return new SkbInput(packet, f, repeat, trace, coverage);
    }

    public SkbInput mark(int mark) {
        return fields(fields.withMark(mark));
    }

    public SkbInput priority(int priority) {
        return fields(fields.withPriority(priority));
    }

    public SkbInput ingressIfindex(int ifindex) {
        return fields(fields.withIngressIfindex(ifindex));
    }

    public SkbInput ifindex(int ifindex) {
        return fields(fields.withIfindex(ifindex));
    }

    public SkbInput cb(int... cb) {
        return fields(fields.withCb(cb));
    }

    public SkbInput tstamp(long tstamp) {
        return fields(fields.withTstamp(tstamp));
    }

    public SkbInput wireLen(int wireLen) {
        return fields(fields.withWireLen(wireLen));
    }

    public SkbInput repeat(int times) {
        return new SkbInput(packet, fields, times, trace, coverage);
    }

    public SkbInput traced() {
        return new SkbInput(packet, fields, repeat, true, coverage);
    }

    public SkbInput withCoverage() {
        return new SkbInput(packet, fields, repeat, trace, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SkbInput x && java.util.Arrays.equals(packet, x.packet) && fields.equals(x.fields)
                && repeat == x.repeat && trace == x.trace && coverage == x.coverage;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(packet) * 31 + fields.hashCode();
    }

    @Override
    public String toString() {
        return "SkbInput[" + packet.length + " bytes, " + fields + (repeat > 1 ? ", repeat " + repeat : "") + "]";
    }
}
