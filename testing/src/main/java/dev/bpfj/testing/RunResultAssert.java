package dev.bpfj.testing;

import dev.bpfj.core.TcAction;
import dev.bpfj.core.XdpAction;
import dev.bpfj.interpreter.Event;
import dev.bpfj.interpreter.Redirect;
import dev.bpfj.interpreter.RunResult;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * Assertions on a run: the action, R0, the packet that comes out, where it was redirected, what the
 * program printed and sent.
 *
 * <pre>{@code
 * assertThat(xdp.run(packet)).returns(XdpAction.TX).outputPacket().hasValidChecksums();
 * }</pre>
 */
public final class RunResultAssert extends AbstractAssert<RunResultAssert, RunResult> {

    RunResultAssert(RunResult actual) {
        super(actual, RunResultAssert.class);
    }

    /** The program returned this XDP action. */
    public RunResultAssert returns(XdpAction action) {
        isNotNull();
        if (actual.action() != action) {
            failWithMessage("%nExpecting %s to return %s but it returned %s (r0=0x%x)%s", actual.program(),
                    action.cName(), actual.action() == null ? "no XDP action" : actual.action().cName(), actual.r0(),
                    details());
        }
        return this;
    }

    /** The tc program returned this action ({@code TC_ACT_SHOT}, ...). */
    public RunResultAssert returns(TcAction action) {
        isNotNull();
        if (actual.tcAction() != action) {
            failWithMessage("%nExpecting %s to return %s but it returned %s (r0=0x%x)%s", actual.program(),
                    action.cName(), actual.tcAction() == null ? "no tc action" : actual.tcAction().cName(), actual.r0(),
                    details());
        }
        return this;
    }

    /** Whether the result is a tc program's (run on an skb). */
    private boolean tc() {
        isNotNull();
        return actual.skb() != null;
    }

    /** XDP_PASS, or TC_ACT_OK for a tc program. */
    public RunResultAssert passes() {
        return tc() ? returns(TcAction.OK) : returns(XdpAction.PASS);
    }

    /** XDP_DROP, or TC_ACT_SHOT for a tc program. */
    public RunResultAssert drops() {
        return tc() ? returns(TcAction.SHOT) : returns(XdpAction.DROP);
    }

    /** The tc program left {@code skb->mark} at this value. */
    public RunResultAssert hasMark(int mark) {
        if (!tc()) {
            failWithMessage("%nExpecting a tc result with an skb mark, but %s is not a tc program", actual.program());
        }
        if (actual.skb().mark() != mark) {
            failWithMessage("%nExpecting %s to leave skb->mark = 0x%x but it is 0x%x%s", actual.program(), mark,
                    actual.skb().mark(), details());
        }
        return this;
    }

    public RunResultAssert aborts() {
        return returns(XdpAction.ABORTED);
    }

    public RunResultAssert transmits() {
        return returns(XdpAction.TX);
    }

    /** XDP_REDIRECT, or TC_ACT_REDIRECT for a tc program. */
    public RunResultAssert redirects() {
        return tc() ? returns(TcAction.REDIRECT) : returns(XdpAction.REDIRECT);
    }

    /** R0 at exit, all 64 bits. */
    public RunResultAssert returnsValue(long r0) {
        isNotNull();
        if (actual.r0() != r0) {
            failWithMessage("%nExpecting %s to return r0=0x%x but it returned r0=0x%x%s", actual.program(), r0,
                    actual.r0(), details());
        }
        return this;
    }

    /** A redirect (XDP_REDIRECT, TC_ACT_REDIRECT) to an interface: by bpf_redirect, or through a devmap entry holding it. */
    public RunResultAssert redirectsTo(int ifindex) {
        redirects();
        Redirect r = actual.redirect();
        if (r == null || r.ifindex() != ifindex) {
            failWithMessage("%nExpecting a redirect to ifindex %d, got %s", ifindex, r);
        }
        return this;
    }

    /** XDP_REDIRECT through a map entry ({@code bpf_redirect_map(&map, key, ...)}). */
    public RunResultAssert redirectsThrough(String map, long key) {
        redirects();
        Redirect r = actual.redirect();
        if (r == null || !map.equals(r.map()) || r.target() != key) {
            failWithMessage("%nExpecting a redirect through %s[%d], got %s", map, key, r);
        }
        return this;
    }

    /** The packet the program handed on (from {@code data}; metadata excluded). */
    public PacketAssert outputPacket() {
        isNotNull();
        return new PacketAssert(actual.packet()).as("output packet of %s", actual.program());
    }

    public RunResultAssert hasOutputPacket(byte[] expected) {
        outputPacket().isEqualTo(expected);
        return this;
    }

    /** What test_run's {@code data_out} holds: metadata, then the packet. */
    public PacketAssert outputWithMetadata() {
        isNotNull();
        return new PacketAssert(actual.output());
    }

    public PacketAssert metadata() {
        isNotNull();
        return new PacketAssert(actual.metadata());
    }

    /** Exactly these {@code bpf_trace_printk} texts, in order. */
    public RunResultAssert printed(String... texts) {
        isNotNull();
        Assertions.assertThat(actual.prints()).as("prints of %s", actual.program()).containsExactly(texts);
        return this;
    }

    public RunResultAssert printedSomethingContaining(String text) {
        isNotNull();
        if (actual.prints().stream().noneMatch(p -> p.contains(text))) {
            failWithMessage("%nExpecting %s to print something containing \"%s\", it printed %s", actual.program(),
                    text, actual.prints());
        }
        return this;
    }

    /** The records the run sent to ring buffers, in order. */
    public ListAssert<byte[]> ringBufRecords() {
        isNotNull();
        return Assertions.assertThat(actual.ringBufOutputs().stream().map(Event.RingBufOutput::data).toList());
    }

    /** The records the run sent with bpf_perf_event_output, in order. */
    public ListAssert<byte[]> perfRecords() {
        isNotNull();
        return Assertions.assertThat(actual.perfOutputs().stream().map(Event.PerfOutput::data).toList());
    }

    public RunResultAssert executedAtMost(long instructions) {
        isNotNull();
        if (actual.instructions() > instructions) {
            failWithMessage("%nExpecting %s to execute at most %d instructions, it executed %d", actual.program(),
                    instructions, actual.instructions());
        }
        return this;
    }

    private String details() {
        List<String> prints = actual.prints();
        return "\n  output: " + ParsedPacket.parse(actual.packet())
                + (actual.redirect() == null ? "" : "\n  redirect: " + actual.redirect())
                + (prints.isEmpty() ? "" : "\n  prints: " + prints);
    }
}
