package dev.bpfj.cli;

import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.CoreTarget;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.BpfRuntimeException;
import dev.bpfj.interpreter.Event;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.InvalidInputException;
import dev.bpfj.interpreter.Pcap;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.interpreter.SkbInput;
import dev.bpfj.interpreter.TraceStep;
import dev.bpfj.interpreter.XdpInput;
import dev.bpfj.interpreter.XdpSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpfj run OBJ [--program NAME] [--packet HEX | --pcap FILE] [--repeat N] [--json]}: runs an XDP
 * or tc program in the interpreter on packets, as {@code bpftool prog run} runs it in the kernel, without
 * root. Without {@code --packet} or {@code --pcap} it reads one hex packet per line from stdin. Maps
 * keep their contents from one packet to the next, as they do for one loaded program.
 *
 * <p>Exit codes: 0 every packet ran; 1 the program faulted on some packet (the fault is reported
 * for that packet, with the instruction, source line and registers, and the other packets still
 * run); 2 bad input.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an XDP, tc or socket filter program on packets in the interpreter, like bpftool prog run, without root.")
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ObjectInput input;

    @Option(names = "--packet", paramLabel = "HEX", description = "the packet, in hex (spaces and colons allowed)")
    String packet;

    @Option(names = "--pcap", paramLabel = "FILE", description = "run every packet of a pcap or pcapng capture")
    Path pcap;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "run N times on the same buffer (not reset in between, like test_run) and report the"
                    + " mean ns per run over the second half (the first half warms the JIT up)")
    int repeat;

    @Option(names = "--json", description = "print a JSON array, one object per packet")
    boolean json;

    @Option(names = "--meta", paramLabel = "HEX", description = "metadata in front of each packet (data_meta..data)")
    String meta;

    @Option(names = "--ingress", paramLabel = "IFINDEX", defaultValue = "1",
            description = "ingress_ifindex the program reads (default 1, loopback, as test_run)")
    int ingress;

    @Option(names = "--rx-queue", paramLabel = "N", defaultValue = "0", description = "rx_queue_index")
    int rxQueue;

    @Option(names = "--cpu", paramLabel = "N", defaultValue = "0", description = "the CPU the program runs on")
    int cpu;

    @Option(names = "--trace", description = "print every executed instruction with the registers before it")
    boolean trace;

    @Option(names = "--out-pcap", paramLabel = "FILE", description = "write the output packets to a pcap file")
    Path outPcap;

    @Option(names = "--max-entries", paramLabel = "MAP=N",
            description = "size a map the object leaves at max_entries 0 for its loader to fill in (repeatable)")
    Map<String, Integer> maxEntries = new java.util.LinkedHashMap<>();

    @Option(names = "--no-compile", description = "interpret every instruction instead of running JVM bytecode")
    boolean noCompile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (packet != null && pcap != null) {
            throw new CliException("give --packet or --pcap, not both");
        }
        if (repeat < 1) {
            throw new CliException("--repeat must be at least 1, got " + repeat);
        }
        byte[] metadata = meta == null ? new byte[0] : hex(meta, "--meta");
        ObjectInput.Opened opened = input.open(CoreTarget.KERNEL, true);   // all programs: tail calls reach them
        ObjectSpec object = opened.object();
        if (object.programs().isEmpty()) {
            throw new CliException(opened.path() + ": no programs to run");
        }
        ProgramSpec first = object.programs().get(0);
        boolean tc = BpfProgram.runsOnSkb(first.type());   // tc programs and socket filters
        if (first.type() != ProgramType.XDP && !tc) {
            throw new CliException("program " + first.name() + " (section " + first.section() + ") is a "
                    + first.type().displayName() + " program; bpfj run runs XDP and tc programs and socket filters"
                    + " on packets (use --type xdp or --type sched_cls if it is one)");
        }
        if (tc && metadata.length > 0) {
            throw new CliException("--meta is for XDP programs; " + first.name() + " runs on an skb");
        }
        Interpreter vm;
        try {
            Interpreter.Builder builder = Interpreter.builder(object).compile(!noCompile);
            maxEntries.forEach(builder::maxEntries);
            vm = builder.build();
        } catch (IllegalArgumentException e) {
            String hint = e.getMessage().contains("max_entries at 0") ? " (here: --max-entries MAP=N)" : "";
            throw new CliException(opened.path() + ": " + e.getMessage() + hint);
        }
        try {
            vm.environment().cpu(cpu);
        } catch (IllegalArgumentException e) {
            throw new CliException("--cpu: " + e.getMessage());
        }
        BpfProgram program = vm.program(first.name());
        List<Map<String, Object>> reports = new ArrayList<>();
        List<Pcap.Record> outputs = new ArrayList<>();
        boolean faulted = false;
        int n = 0;
        for (byte[] p : packets()) {
            n++;
            XdpInput in = XdpInput.of(p).metadata(metadata).ingress(ingress, rxQueue);
            Map<String, Object> report = Json.object();
            report.put("packet", n);
            report.put("program", program.name());
            try {
                RunResult r = tc ? runTc(program, p, report) : run(program, in, report);
                describe(r, report);
                outputs.add(new Pcap.Record(r.packet()));
                if (!json) {
                    printText(out, n, r, report, repeat);
                }
            } catch (BpfRuntimeException e) {
                faulted = true;
                report.put("error", e.getMessage());
                if (!json) {
                    out.println("packet " + n + " " + program.name() + ": fault");
                    e.getMessage().lines().forEach(l -> out.println("  " + l));
                }
            } catch (InvalidInputException e) {
                throw new CliException("packet " + n + ": " + e.getMessage());
            }
            reports.add(report);
        }
        if (n == 0) {
            throw new CliException("no packets: give --packet HEX, --pcap FILE, or hex packets on stdin, one per line");
        }
        if (json) {
            out.println(Json.write(reports));
        }
        if (outPcap != null) {
            Pcap.write(outPcap, outputs);
        }
        out.flush();
        return faulted ? 1 : 0;
    }

    /** A tc program on an skb built as BPF_PROG_TEST_RUN builds it (repeat runs on the same skb). */
    private RunResult runTc(BpfProgram program, byte[] packet, Map<String, Object> report) {
        SkbInput in = SkbInput.of(packet).repeat(repeat);
        RunResult r = program.run(trace ? in.traced() : in);
        if (trace) {
            report.put("trace", r.trace().stream().map(TraceStep::toString).toList());
        }
        return r;
    }

    private RunResult run(BpfProgram program, XdpInput in, Map<String, Object> report) {
        if (trace) {
            RunResult r = program.run(in.traced().repeat(repeat));
            report.put("trace", r.trace().stream().map(TraceStep::toString).toList());
            return r;
        }
        if (repeat == 1) {
            return program.run(in);
        }
        XdpSession session = program.session(in);
        int warm = repeat / 2;
        for (int i = 0; i < warm; i++) {
            session.run();
        }
        long start = System.nanoTime();
        for (int i = warm; i < repeat; i++) {
            session.run();
        }
        long elapsed = System.nanoTime() - start;
        report.put("repeat", repeat);
        report.put("ns_per_run", Math.round(elapsed * 10.0 / (repeat - warm)) / 10.0);
        return session.result();
    }

    private static void describe(RunResult r, Map<String, Object> report) {
        report.put("r0", String.format("0x%016x", r.r0()));
        report.put("retval", r.returnValue());
        if (r.skb() != null) {
            report.put("action", r.tcAction() == null ? null : r.tcAction().name().toLowerCase(Locale.ROOT));
            report.put("mark", r.skb().mark() & 0xffffffffL);
            report.put("priority", r.skb().priority() & 0xffffffffL);
        } else {
            report.put("action", r.action() == null ? null : r.action().name().toLowerCase(Locale.ROOT));
        }
        report.put("output", HexFormat.of().formatHex(r.packet()));
        report.put("metadata", HexFormat.of().formatHex(r.metadata()));
        if (r.redirect() != null) {
            Map<String, Object> redirect = Json.object();
            redirect.put("map", r.redirect().map());
            redirect.put("target", r.redirect().target());
            redirect.put("ifindex", r.redirect().ifindex() < 0 ? null : r.redirect().ifindex());
            report.put("redirect", redirect);
        } else {
            report.put("redirect", null);
        }
        report.put("prints", r.prints());
        List<Object> events = new ArrayList<>();
        for (Event e : r.events()) {
            Map<String, Object> ev = Json.object();
            switch (e) {
                case Event.TracePrint _ -> {
                    continue;
                }
                case Event.PerfOutput perf -> {
                    ev.put("kind", "perf_event_output");
                    ev.put("map", perf.map());
                    ev.put("cpu", perf.cpu());
                    ev.put("data", HexFormat.of().formatHex(perf.data()));
                }
                case Event.RingBufOutput rb -> {
                    ev.put("kind", "ringbuf");
                    ev.put("map", rb.map());
                    ev.put("data", HexFormat.of().formatHex(rb.data()));
                }
            }
            events.add(ev);
        }
        report.put("events", events);
        report.put("instructions", r.instructions());
    }

    private static String actionName(RunResult r) {
        if (r.skb() != null) {
            return r.tcAction() == null ? "(no tc action)" : r.tcAction().cName();
        }
        return r.action() == null ? "(no XDP action)" : r.action().cName();
    }

    private static void printText(PrintWriter out, int n, RunResult r, Map<String, Object> report, int repeat) {
        out.printf("packet %d %s: r0=%s %s, %d insns, %d bytes out%n", n, r.program(), report.get("r0"),
                actionName(r), r.instructions(), r.packet().length);
        out.println("  out: " + report.get("output"));
        if (r.metaLength() > 0) {
            out.println("  metadata: " + report.get("metadata"));
        }
        if (r.redirect() != null) {
            out.println("  redirect: " + r.redirect());
        }
        for (Event e : r.events()) {
            out.println("  " + e);
        }
        if (report.containsKey("ns_per_run")) {
            out.printf("  repeat %d: %s ns/run (mean of the last %d runs)%n", repeat, report.get("ns_per_run"),
                    repeat - repeat / 2);
        }
        if (report.get("trace") instanceof List<?> steps) {
            steps.forEach(s -> out.println("  " + s));
        }
    }

    private List<byte[]> packets() {
        if (packet != null) {
            return List.of(hex(packet, "--packet"));
        }
        if (pcap != null) {
            try {
                return Pcap.packets(pcap);
            } catch (UncheckedIOException e) {
                throw new CliException(e.getMessage());
            }
        }
        return stdin(System.in);
    }

    static List<byte[]> stdin(InputStream in) {
        List<byte[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                out.add(hex(t, "stdin line " + n));
            }
        } catch (IOException e) {
            throw new CliException("cannot read stdin: " + e.getMessage());
        }
        return out;
    }

    static byte[] hex(String text, String where) {
        String digits = text.replaceAll("[\\s:]", "");
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        if (digits.length() % 2 != 0 || !digits.matches("[0-9a-fA-F]*")) {
            throw new CliException(where + ": not hex bytes: " + (text.length() > 40 ? text.substring(0, 40) + "..." : text));
        }
        return HexFormat.of().parseHex(digits);
    }
}
