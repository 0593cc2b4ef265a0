package dev.bpfj.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelMap;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.TestRunResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One object loaded twice — into the running kernel and into bpfj's interpreter — and driven in step:
 * every packet runs in both and must give the same verdict and output, every map write goes to both,
 * and their maps can be compared.
 */
final class Twin implements AutoCloseable {
    private static final Set<MapType> DATA = Set.of(MapType.ARRAY, MapType.PERCPU_ARRAY, MapType.HASH,
            MapType.PERCPU_HASH, MapType.LRU_HASH, MapType.LRU_PERCPU_HASH, MapType.LPM_TRIE);

    final ObjectSpec spec;
    final String program;
    final Interpreter vm;
    final LoadedObject kernel;

    private Twin(ObjectSpec spec) {
        this.spec = spec;
        this.program = spec.programs().get(0).name();
        this.kernel = Kernels.load(spec);
        this.vm = Interpreter.load(spec);
    }

    /** The object bpfj-maven-plugin wrote for {@code name}, in the kernel and in the interpreter. */
    static Twin of(String name) {
        Kernels.assumeAvailable();
        return new Twin(Samples.written(name));
    }

    /** Runs the packet in both; the return value and output must be the same. Returns the interpreter's result. */
    RunResult run(byte[] packet) {
        return run(packet, 0);
    }

    /**
     * As {@link #run(byte[])}, except that the last {@code varyingTail} bytes of the output may differ (a
     * timestamp the program wrote there); the lengths must still agree.
     */
    RunResult run(byte[] packet, int varyingTail) {
        TestRunResult k = kernel.program(program).run(packet);
        RunResult i = vm.program(program).run(packet);
        String what = program + " on " + HexFormat.of().formatHex(packet);
        assertThat(i.returnValue()).as("return value of " + what).isEqualTo(Integer.toUnsignedLong(k.retval()));
        byte[] ko = k.dataOut();
        byte[] io = i.output();
        assertThat(io.length).as("output length of " + what).isEqualTo(ko.length);
        assertThat(Arrays.copyOf(io, io.length - varyingTail)).as("output of " + what)
                .isEqualTo(Arrays.copyOf(ko, ko.length - varyingTail));
        return i;
    }

    /** Writes the element into both maps (per-CPU maps: the same value on every CPU). */
    Twin put(String map, byte[] key, byte[] value) {
        vm.map(map).put(key, value);
        KernelMap km = kernel.map(map);
        if (km.spec().type().isPerCpu()) {
            int stride = (value.length + 7) & ~7;
            byte[] all = new byte[stride * Kernel.possibleCpus()];
            for (int c = 0; c < Kernel.possibleCpus(); c++) {
                System.arraycopy(value, 0, all, c * stride, value.length);
            }
            km.put(key, all);
        } else {
            km.put(key, value);
        }
        return this;
    }

    /**
     * Every data map (arrays, hashes, LPM tries) holds the same keys and values in both, per-CPU values
     * summed over CPUs word by word; {@code except} names maps left out (values the clock wrote).
     */
    void assertMapsAgree(String... except) {
        List<String> skipped = List.of(except);
        for (MapSpec m : spec.maps()) {
            if (!DATA.contains(m.type()) || skipped.contains(m.name())) {
                continue;
            }
            assertThat(contents(m, true)).as("map " + m.name() + " (interpreter vs kernel)").isEqualTo(contents(m, false));
        }
    }

    /** The map's elements as hex key to hex value (per-CPU: summed), from the interpreter or the kernel. */
    Map<String, String> contents(MapSpec m, boolean interpreter) {
        HexFormat hex = HexFormat.of();
        Map<String, String> out = new TreeMap<>();
        boolean perCpu = m.type().isPerCpu();
        if (interpreter) {
            var map = vm.map(m.name());
            for (byte[] k : map.keys()) {
                byte[] v = perCpu ? sum(map.lookupPerCpu(k).orElseThrow(), m.valueSize()) : map.get(k);
                out.put(hex.formatHex(k), hex.formatHex(v));
            }
        } else {
            KernelMap map = kernel.map(m.name());
            for (byte[] k : map.keys()) {
                byte[] v = map.lookup(k).orElseThrow();
                if (perCpu) {
                    int stride = (m.valueSize() + 7) & ~7;
                    List<byte[]> cpus = new java.util.ArrayList<>();
                    for (int off = 0; off + stride <= v.length; off += stride) {
                        cpus.add(Arrays.copyOfRange(v, off, off + m.valueSize()));
                    }
                    v = sum(cpus, m.valueSize());
                }
                out.put(hex.formatHex(k), hex.formatHex(v));
            }
        }
        return out;
    }

    /** Per-CPU values summed as little-endian 64-bit words (a shorter tail as one word). */
    private static byte[] sum(List<byte[]> values, int size) {
        ByteBuffer out = ByteBuffer.allocate((size + 7) & ~7).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 0; off < size; off += 8) {
            long s = 0;
            for (byte[] v : values) {
                s += ByteBuffer.wrap(Arrays.copyOf(v, (size + 7) & ~7)).order(ByteOrder.LITTLE_ENDIAN).getLong(off);
            }
            out.putLong(off, s);
        }
        return Arrays.copyOf(out.array(), size);
    }

    @Override
    public void close() {
        kernel.close();
    }
}
