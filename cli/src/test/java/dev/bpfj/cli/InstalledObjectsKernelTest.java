package dev.bpfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.interpreter.BpfRuntimeException;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelVerdict;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.TestRunResult;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Objects bpfj has never seen: the XDP programs Debian's xdp-tools package installs, built by its
 * maintainers with their clang (xdp-filter's variants, xdpdump, the libxdp dispatcher, the AF_XDP
 * default program). Every XDP program gets Linux's verdict from bpfj's verifier, and every one Linux
 * loads returns, on generated packets with empty maps, the value and packet the kernel's
 * BPF_PROG_TEST_RUN returns. Skipped where the package or bpf() is missing.
 */
class InstalledObjectsKernelTest {
    private static final int PACKETS = 200;

    static List<Path> installed() throws IOException {
        List<Path> objects = new ArrayList<>();
        for (Path dir : List.of(Path.of("/usr/lib/x86_64-linux-gnu/bpf"), Path.of("/usr/lib/aarch64-linux-gnu/bpf"),
                Path.of("/usr/lib/bpf"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".o")).sorted().forEach(objects::add);
                }
            }
        }
        return objects;
    }

    @Test
    void verdictsAndRunsEqualLinux() throws IOException {
        String reason = Kernel.unavailableReason();
        if (reason != null) {
            System.out.println("InstalledObjectsKernelTest skipped: " + reason);
        }
        Assumptions.assumeTrue(reason == null, reason);
        List<Path> objects = installed();
        Assumptions.assumeFalse(objects.isEmpty(), "no installed BPF objects (Debian: xdp-tools, libxdp1)");

        int verdicts = 0;
        int runs = 0;
        List<String> differences = new ArrayList<>();
        for (Path file : objects) {
            ReadResult read = ElfReader.read(file);
            assertThat(read.errors()).as("reading %s", file).isEmpty();
            ObjectSpec object = read.object();
            try (LoadedObject kernel = LoadedObject.load(object)) {
                Interpreter interpreter = Interpreter.load(object);
                for (ProgramSpec p : object.programs()) {
                    if (p.type() != ProgramType.XDP) {
                        continue;
                    }
                    KernelVerdict linux = kernel.result(p.name()).verdict();
                    Verdict bpfj = Verifier.create().verify(object, p);
                    verdicts++;
                    String where = file.getFileName() + " " + p.name();
                    if (bpfj.accepted() != linux.accepted()
                            || !linux.accepted() && !linux.message().equals(bpfj.message())) {
                        differences.add(where + ": Linux " + (linux.accepted() ? "accepts" : linux.message())
                                + "; bpfj " + (bpfj.accepted() ? "accepts" : bpfj.message()));
                    }
                    if (!linux.accepted()) {
                        continue;
                    }
                    Random random = new Random(where.hashCode());
                    for (int i = 0; i < PACKETS; i++) {
                        byte[] packet = packet(random);
                        TestRunResult k = kernel.program(p.name()).run(packet);
                        String run;
                        try {
                            RunResult r = interpreter.program(p.name()).run(packet);
                            run = r.returnValue() == (k.retval() & 0xffffffffL) && java.util.Arrays.equals(r.output(),
                                    k.dataOut()) ? null : "returns " + r.returnValue() + " " + HexFormat.of().formatHex(r.output());
                        } catch (BpfRuntimeException e) {
                            run = "faults: " + e.getMessage();
                        }
                        if (run != null) {
                            differences.add(where + " on " + HexFormat.of().formatHex(packet) + ": Linux returns "
                                    + k.retval() + " " + HexFormat.of().formatHex(k.dataOut()) + "; bpfj " + run);
                            break;
                        }
                        runs++;
                    }
                }
            }
        }
        System.out.printf("installed objects: %d objects, %d XDP verdicts, %d runs compared with Linux%n",
                objects.size(), verdicts, runs);
        assertThat(differences).as("where bpfj and Linux differ").isEmpty();
        assertThat(verdicts).isPositive();
    }

    /** Ethernet frames of 14..600 bytes: IPv4 or IPv6 with TCP, UDP or ICMP, VLAN tags, ARP, or noise. */
    static byte[] packet(Random random) {
        int length = 14 + random.nextInt(587);
        ByteBuffer b = ByteBuffer.allocate(length);
        byte[] noise = new byte[length];
        random.nextBytes(noise);
        b.put(noise).position(12);
        int kind = random.nextInt(10);
        if (kind < 2 && length >= 18) {
            b.putShort((short) 0x8100).putShort((short) random.nextInt(4096));
        }
        boolean v6 = kind % 3 == 1;
        if (kind == 9) {
            b.putShort((short) 0x0806);
            return b.array();
        }
        b.putShort((short) (v6 ? 0x86dd : 0x0800));
        int[] protocols = {6, 17, v6 ? 58 : 1};
        int protocol = protocols[random.nextInt(protocols.length)];
        if (v6 && b.remaining() >= 40) {
            b.putInt(0x60000000).putShort((short) Math.max(0, b.remaining() - 36)).put((byte) protocol).put((byte) 64);
            b.position(b.position() + 32);
        } else if (!v6 && b.remaining() >= 20) {
            b.put((byte) (random.nextInt(8) == 0 ? 0x46 : 0x45)).put((byte) 0).putShort((short) (b.remaining() + 2));
            b.putInt(0).put((byte) 64).put((byte) protocol).putShort((short) 0).putInt(random.nextInt())
                    .putInt(random.nextInt());
        }
        if (b.remaining() >= 4) {
            int[] ports = {22, 53, 80, 443, random.nextInt(65536)};
            b.putShort((short) ports[random.nextInt(ports.length)]).putShort((short) ports[random.nextInt(ports.length)]);
        }
        return b.array();
    }
}
