package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelException;
import dev.bpfj.kernel.KernelMap;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.LoadedProgram;
import dev.bpfj.kernel.ResolvedExterns;
import dev.bpfj.kernel.TestRunResult;
import dev.bpfj.kernel.XdpMd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * One object loaded twice: into Linux through {@code bpf(2)} and into the interpreter, so a test
 * can run both on the same input and compare return value, output packet and map contents. While
 * open it pins the thread to CPU 0. Skips the calling test (with the reason) when bpf() is not
 * usable here.
 */
public final class Twin implements AutoCloseable {
    public final ObjectSpec spec;
    public final LoadedObject kernel;
    public final Interpreter interpreter;
    /** The same object run by the decoding loop only, checked against the kernel too. */
    public final Interpreter looping;

    public Twin(ObjectSpec spec) {
        String reason = Kernel.unavailableReason();
        assumeTrue(reason == null, () -> "kernel parity skipped: " + reason);
        this.spec = spec;
        // test_run runs on the caller's CPU: pinned to CPU 0, its per-CPU values are the interpreter's CPU 0's
        CpuPin.pin(0);
        this.kernel = LoadedObject.load(spec);
        // the interpreter gets what the loader resolved: kconfig values and kernel symbol addresses
        ResolvedExterns externs = ResolvedExterns.resolve(spec);
        this.interpreter = builder(spec, externs).cpus(Kernel.possibleCpus()).compileAfter(0).build();
        this.looping = builder(spec, externs).cpus(Kernel.possibleCpus()).compile(false).build();
        for (var p : spec.programs()) {
            assertThat(interpreter.isCompiled(p.name())).as("%s is compiled: %s", p.name(),
                    interpreter.whyInterpreted(p.name())).isTrue();
        }
    }

    private static Interpreter.Builder builder(ObjectSpec spec, ResolvedExterns externs) {
        Interpreter.Builder b = Interpreter.builder(externs.applyTo(spec));
        for (ExternSpec e : spec.externs()) {
            ResolvedExterns.Resolution r = externs.resolution(e.name());
            if (e.isTypeless() && r != null && r.set()) {
                b.ksym(e.name(), r.address());
            }
        }
        return b;
    }

    public static void requireKernel() {
        String reason = Kernel.unavailableReason();
        assumeTrue(reason == null, () -> "kernel parity skipped: " + reason);
    }

    /** What both sides said about one input. */
    public record Outcome(TestRunResult kernel, KernelException kernelError, RunResult interpreter,
                          InvalidInputException interpreterError, RunResult loop) {
        public String describe() {
            return "kernel: " + (kernelError != null ? kernelError.getMessage()
                    : "retval " + kernel.retval() + " out " + HexFormat.of().formatHex(kernel.dataOut()))
                    + "\ninterpreter: " + (interpreterError != null ? interpreterError.getMessage()
                    : "retval " + interpreter.returnValue() + " out " + HexFormat.of().formatHex(interpreter.output()));
        }
    }

    public LoadedProgram kernelProgram(String name) {
        return kernel.program(name);
    }

    /** Runs the program on both sides. */
    public Outcome run(String program, XdpInput in) {
        byte[] data = in.packet();
        byte[] ctx = null;
        if (in.metadata().length > 0 || in.ingressIfindex() != 1 || in.rxQueueIndex() != 0) {
            byte[] meta = in.metadata();
            data = new byte[meta.length + in.packet().length];
            System.arraycopy(meta, 0, data, 0, meta.length);
            System.arraycopy(in.packet(), 0, data, meta.length, in.packet().length);
            int ingress = in.ingressIfindex() == 1 && in.rxQueueIndex() == 0 ? 0 : in.ingressIfindex();
            ctx = XdpMd.of(meta.length, in.packet().length, ingress, in.rxQueueIndex()).toBytes();
        }
        return runBoth(program, data, ctx, in.repeat(), p -> p.run(in));
    }

    /** test_run in the kernel on {@code data} and {@code ctx}, and {@code run} in both interpreters. */
    private Outcome runBoth(String program, byte[] data, byte[] ctx, int repeat,
                            java.util.function.Function<BpfProgram, RunResult> run) {
        TestRunResult k = null;
        KernelException ke = null;
        try {
            k = kernel.program(program).run(data, ctx, Math.max(1, repeat));
        } catch (KernelException e) {
            ke = e;
        }
        RunResult r = null;
        RunResult loop = null;
        InvalidInputException ie = null;
        try {
            r = run.apply(interpreter.program(program));
            loop = run.apply(looping.program(program));
        } catch (InvalidInputException e) {
            ie = e;
        }
        return new Outcome(k, ke, r, ie, loop);
    }

    /** Runs both and checks they agree on return value and output packet; returns the interpreter's result. */
    public RunResult assertSame(String program, XdpInput in) {
        Outcome o = run(program, in);
        if (o.kernelError() != null || o.interpreterError() != null) {
            assertThat(o.interpreterError()).as(o::describe).isNotNull();
            assertThat(o.kernelError()).as(o::describe).isNotNull();
            return null;
        }
        assertThat(o.loop()).as("the decoding loop agrees with the compiled code").isEqualTo(o.interpreter());
        if (o.interpreter().returnValue() != (o.kernel().retval() & 0xffffffffL)
                || !Arrays.equals(o.interpreter().output(), o.kernel().dataOut())) {
            assertThat(HexFormat.of().formatHex(o.interpreter().output()) + " retval "
                    + o.interpreter().returnValue()).as(o.describe())
                    .isEqualTo(HexFormat.of().formatHex(o.kernel().dataOut()) + " retval "
                            + (o.kernel().retval() & 0xffffffffL));
        }
        return o.interpreter();
    }

    /** Runs a tc program (or socket filter) on both sides, with a ctx_in when the input sets fields. */
    public Outcome run(String program, SkbInput in) {
        return runBoth(program, in.packet(), in.hasContext() ? in.fields().toBytes() : null, in.repeat(),
                p -> p.run(in));
    }

    /** Runs a tc program on both sides and checks return value, output packet and ctx_out agree. */
    public RunResult assertSame(String program, SkbInput in) {
        Outcome o = run(program, in);
        if (o.kernelError() != null || o.interpreterError() != null) {
            assertThat(o.interpreterError()).as(o::describe).isNotNull();
            assertThat(o.kernelError()).as(o::describe).isNotNull();
            return null;
        }
        assertThat(o.loop()).as("the decoding loop agrees with the compiled code").isEqualTo(o.interpreter());
        String mine = HexFormat.of().formatHex(o.interpreter().output()) + " retval " + o.interpreter().returnValue()
                + (in.hasContext() ? " ctx " + o.interpreter().skb() : "");
        String theirs = HexFormat.of().formatHex(o.kernel().dataOut()) + " retval " + (o.kernel().retval() & 0xffffffffL)
                + (in.hasContext() ? " ctx " + SkbFields.fromBytes(o.kernel().ctxOut()) : "");
        if (!mine.equals(theirs)) {
            assertThat(mine).as(o.describe()).isEqualTo(theirs);
        }
        return o.interpreter();
    }

    /** Puts the same element into the map on every side. */
    public void put(String map, byte[] key, byte[] value) {
        kernel.map(map).put(key, value);
        interpreter.map(map).put(key, value);
        looping.map(map).put(key, value);
    }

    /** Puts a program of the object into a prog_array slot on every side. */
    public void setProgram(String map, int index, String program) {
        byte[] key = new byte[4];
        byte[] fd = new byte[4];
        dev.bpfj.core.codec.Codecs.putUnsigned(key, 0, 4, index);
        dev.bpfj.core.codec.Codecs.putUnsigned(fd, 0, 4, kernel.program(program).fd());
        kernel.map(map).put(key, fd);
        interpreter.map(map).setProgram(index, program);
        looping.map(map).setProgram(index, program);
    }

    /** Puts an inner map into a slot of a map of maps on every side. */
    public void setInnerMap(String outer, int index, String inner) {
        byte[] key = new byte[4];
        byte[] fd = new byte[4];
        dev.bpfj.core.codec.Codecs.putUnsigned(key, 0, 4, index);
        dev.bpfj.core.codec.Codecs.putUnsigned(fd, 0, 4, kernel.map(inner).fd());
        kernel.map(outer).put(key, fd);
        interpreter.map(outer).setInnerMap(index, inner);
        looping.map(outer).setInnerMap(index, inner);
    }

    /** Every map's contents agree (per-CPU values compared as sums over CPUs, which is all test_run fixes). */
    public void assertMapsSame() {
        for (MapSpec m : spec.maps()) {
            if (!m.type().isArray() && !m.type().isHash() && m.type() != dev.bpfj.core.MapType.LPM_TRIE) {
                continue;
            }
            assertThat(contents(kernel.map(m.name()), m)).as("map " + m.name())
                    .isEqualTo(contents(interpreter.map(m.name()), m))
                    .isEqualTo(contents(looping.map(m.name()), m));
        }
    }

    private static String summarize(MapSpec m, byte[] all) {
        if (!m.type().isPerCpu()) {
            return HexFormat.of().formatHex(Arrays.copyOf(all, m.valueSize()));
        }
        int stride = (m.valueSize() + 7) & ~7;
        if (m.valueSize() <= 8) {
            long sum = 0;
            for (int off = 0; off + stride <= all.length; off += stride) {
                sum += dev.bpfj.core.codec.Codecs.getUnsigned(all, off, m.valueSize());
            }
            return "sum " + sum;
        }
        List<String> values = new ArrayList<>();
        for (int off = 0; off + stride <= all.length; off += stride) {
            values.add(HexFormat.of().formatHex(Arrays.copyOfRange(all, off, off + m.valueSize())));
        }
        values.sort(null);
        return String.join(",", values);
    }

    private static TreeMap<String, String> contents(KernelMap map, MapSpec m) {
        TreeMap<String, String> out = new TreeMap<>();
        for (byte[] k : map.keys()) {
            map.lookup(k).ifPresent(v -> out.put(HexFormat.of().formatHex(k), summarize(m, v)));
        }
        return out;
    }

    private static TreeMap<String, String> contents(BpfMap map, MapSpec m) {
        TreeMap<String, String> out = new TreeMap<>();
        for (byte[] k : map.keys()) {
            byte[] all = map.store.userLookup(k);
            if (all != null) {
                out.put(HexFormat.of().formatHex(k), summarize(m, all));
            }
        }
        return out;
    }

    @Override
    public void close() {
        kernel.close();
        CpuPin.unpin();
    }
}
