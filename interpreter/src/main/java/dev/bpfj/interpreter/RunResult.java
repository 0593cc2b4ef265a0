package dev.bpfj.interpreter;

import dev.bpfj.core.TcAction;
import dev.bpfj.core.XdpAction;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The outcome of one run (after a repeated run: of the last repetition, on the buffer all
 * repetitions shared), with what {@code BPF_PROG_TEST_RUN} reports and more.
 *
 * @param program the program that was run
 * @param r0 R0 at exit, all 64 bits
 * @param action the XDP action for {@code (u32) r0}, or null when it is none of the five
 * @param output what test_run's {@code data_out} holds: metadata, then the packet, then fragments
 * @param metaLength how many leading bytes of {@code output} are metadata ({@code ctx_out.data})
 * @param redirect where {@code bpf_redirect}/{@code bpf_redirect_map} sent the packet, or null
 * @param events prints, perf and ring buffer records of every repetition, in order
 * @param instructions instructions executed by the last repetition (tail-called programs and callbacks included)
 * @param trace every instruction with registers when tracing was asked for, else empty
 * @param coverage instruction hit counts when asked for, else null
 * @param skb for tc programs, the {@code struct __sk_buff} fields test_run returns in {@code ctx_out}; else null
 */
public record RunResult(String program, long r0, XdpAction action, byte[] output, int metaLength, Redirect redirect,
                        List<Event> events, long instructions, List<TraceStep> trace, Coverage coverage,
                        SkbFields skb) {

    public RunResult(String program, long r0, XdpAction action, byte[] output, int metaLength, Redirect redirect,
                     List<Event> events, long instructions, List<TraceStep> trace, Coverage coverage) {
        this(program, r0, action, output, metaLength, redirect, events, instructions, trace, coverage, null);
    }

    /** The tc action for {@code (int) r0} ({@code TC_ACT_SHOT}, ...), or null when it is none; for tc programs. */
    public TcAction tcAction() {
        return TcAction.of(r0);
    }

    public RunResult {
        output = output.clone();
        events = List.copyOf(events);
        trace = List.copyOf(trace);
    }

    /** {@code (u32) r0}, the {@code retval} test_run reports. */
    public long returnValue() {
        return r0 & 0xffffffffL;
    }

    @Override
    public byte[] output() {
        return output.clone();
    }

    /** The packet as the program left it, without metadata. */
    public byte[] packet() {
        return Arrays.copyOfRange(output, metaLength, output.length);
    }

    /** The metadata in front of the packet (after {@code bpf_xdp_adjust_meta}). */
    public byte[] metadata() {
        return Arrays.copyOf(output, metaLength);
    }

    /** The {@code bpf_trace_printk} texts of the run. */
    public List<String> prints() {
        return events.stream().filter(e -> e instanceof Event.TracePrint).map(e -> ((Event.TracePrint) e).text()).toList();
    }

    public List<Event.PerfOutput> perfOutputs() {
        return events.stream().filter(e -> e instanceof Event.PerfOutput).map(e -> (Event.PerfOutput) e).toList();
    }

    public List<Event.RingBufOutput> ringBufOutputs() {
        return events.stream().filter(e -> e instanceof Event.RingBufOutput).map(e -> (Event.RingBufOutput) e).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunResult r && r0 == r.r0 && Arrays.equals(output, r.output) && metaLength == r.metaLength
                && program.equals(r.program) && java.util.Objects.equals(redirect, r.redirect)
                && events.equals(r.events) && instructions == r.instructions && java.util.Objects.equals(skb, r.skb);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(r0) * 31 + Arrays.hashCode(output);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(program).append(": r0=0x").append(Long.toHexString(r0));
        if (skb != null) {
            TcAction tc = tcAction();
            if (tc != null) {
                sb.append(' ').append(tc.cName());
            }
        } else if (action != null) {
            sb.append(' ').append(action.cName());
        }
        if (redirect != null) {
            sb.append(" -> ").append(redirect);
        }
        sb.append(", ").append(instructions).append(" insns, output ").append(output.length).append(" bytes");
        if (metaLength > 0) {
            sb.append(" (").append(metaLength).append(" metadata)");
        }
        sb.append(": ").append(HexFormat.of().formatHex(output, 0, Math.min(output.length, 64)));
        if (output.length > 64) {
            sb.append("...");
        }
        for (Event e : events) {
            sb.append("\n  ").append(e);
        }
        return sb.toString();
    }
}
