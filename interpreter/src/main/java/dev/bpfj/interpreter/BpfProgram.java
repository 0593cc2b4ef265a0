package dev.bpfj.interpreter;

import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ProgramSpec;

/** One program of an {@link Interpreter}'s object, ready to run on packets. */
public final class BpfProgram {
    private final Interpreter owner;
    final Code.Program code;

    BpfProgram(Interpreter owner, Code.Program code) {
        this.owner = owner;
        this.code = code;
    }

    public String name() {
        return code.name();
    }

    public ProgramSpec spec() {
        return code.spec();
    }

    private void requireXdp() {
        ProgramType t = code.spec().type();
        if (runsOnSkb(t)) {
            throw new IllegalStateException("program " + name() + " runs on an skb; run it with an SkbInput");
        }
        if (t != ProgramType.XDP && t != ProgramType.UNSPEC) {
            throw new IllegalStateException("program " + name() + " is a " + t.displayName()
                    + " program; the interpreter runs XDP and tc programs on packets (use runWithContext for others)");
        }
    }

    /**
     * Runs once on a packet, as {@code BPF_PROG_TEST_RUN} with no {@code ctx_in} does: XDP programs on
     * an XDP buffer, tc ({@code sched_cls}, {@code sched_act}) programs on an skb.
     */
    public RunResult run(byte[] packet) {
        return runsOnSkb(code.spec().type()) ? run(SkbInput.of(packet)) : run(XdpInput.of(packet));
    }

    /**
     * Whether programs of {@code type} run on an skb ({@code struct __sk_buff} context): tc programs
     * and socket filters, the types whose {@code BPF_PROG_TEST_RUN} the interpreter reproduces.
     */
    public static boolean runsOnSkb(ProgramType type) {
        return type == ProgramType.SCHED_CLS || type == ProgramType.SCHED_ACT || type == ProgramType.SOCKET_FILTER;
    }

    /** Whether this is a tc program ({@code BPF_PROG_TYPE_SCHED_CLS} or {@code SCHED_ACT}), run on an skb. */
    public boolean isTc() {
        ProgramType t = code.spec().type();
        return t == ProgramType.SCHED_CLS || t == ProgramType.SCHED_ACT;
    }

    /** Whether this is a socket filter ({@code BPF_PROG_TYPE_SOCKET_FILTER}), run on an skb from its network header. */
    public boolean isSocketFilter() {
        return code.spec().type() == ProgramType.SOCKET_FILTER;
    }

    /**
     * Runs a tc program or socket filter on an skb built as {@code bpf_prog_test_run_skb} builds it
     * (socket filters see the packet from the network header; the output has 14 zero bytes where the
     * Ethernet header was, as test_run's).
     */
    public RunResult run(SkbInput input) {
        if (!runsOnSkb(code.spec().type())) {
            throw new IllegalStateException("program " + name() + " is a " + code.spec().type().displayName()
                    + " program; SkbInput is for tc (sched_cls, sched_act) programs and socket filters");
        }
        return owner.runSkb(code, input);
    }

    public RunResult run(XdpInput input) {
        requireXdp();
        return owner.runXdp(code, input);
    }

    /**
     * Runs with R1 pointing at a copy of {@code ctx}, for program types whose context is plain
     * memory; the result's output is the context after the run.
     */
    public RunResult runWithContext(byte[] ctx) {
        return owner.runRaw(code, ctx, false);
    }

    /**
     * Runs on plain memory the way reference VMs (uBPF, rbpf) and the bpf_conformance suite do:
     * R1 points at a copy of {@code memory}, R2 holds its length. The result's output is the memory
     * after the run. For programs of any type, XDP included.
     */
    public RunResult runOnMemory(byte[] memory) {
        return owner.runRaw(code, memory, true);
    }

    /**
     * Prepares a buffer for repeated runs without per-run setup, as test_run's {@code repeat} does:
     * each {@link XdpSession#run()} runs the program once more on the same buffer.
     */
    public XdpSession session(XdpInput input) {
        requireXdp();
        return new XdpSession(owner, code, input);
    }

    @Override
    public String toString() {
        return code.spec().toString();
    }
}
