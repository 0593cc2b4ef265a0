package dev.bpfj.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.InstructionCodec;
import dev.bpfj.core.Opcodes;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadOptions;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.emitter.btf.TargetBtf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CO-RE objects relocated by bpfj's reader and by libbpf itself give the same instructions, slot for
 * slot; and the relocated object loads and runs in the kernel. libbpf's instructions come from a
 * tiny C program ({@code src/test/c/libbpf_insns.c}, built here with {@code cc -lbpf}) that prints
 * what libbpf would pass to {@code BPF_PROG_LOAD} and cancels the load.
 */
class KernelCoreRelocationTest {
    static final Path FIXTURES = Path.of("../fixtures");

    @BeforeEach
    void needsKernelAndVmlinux() {
        String reason = Kernel.unavailableReason();
        if (reason == null && TargetBtf.kernel().isEmpty()) {
            reason = TargetBtf.VMLINUX + " is not readable";
        }
        if (reason != null) {
            System.out.println("skipped: " + reason);
        }
        assumeTrue(reason == null, reason);
    }

    private static ObjectSpec read(String fixture, ReadOptions options) {
        ReadResult r = ElfReader.read(FIXTURES.resolve(fixture + ".o"), options);
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return r.object();
    }

    @Test
    void relocatedAsLibbpfRelocatesAgainstTheKernel() throws Exception {
        int compared = 0;
        for (String fixture : List.of("core_relo", "core_vmlinux", "rejected/core_relo_poison")) {
            compared += compare(fixture, null);
        }
        System.out.println("CO-RE vs libbpf (vmlinux): " + compared + " instructions equal");
    }

    @Test
    void relocatedAsLibbpfRelocatesAgainstACustomBtf() throws Exception {
        // libbpf's btf_custom_path / bpfj's --btf: an ELF's .BTF, here another fixture's (its struct iphdr
        // is the kernel's, from linux/ip.h; it has no struct ethhdr, so those relocations poison or zero)
        int compared = compare("core_relo", FIXTURES.resolve("map_in_map.o"));
        compared += compare("core_relo", FIXTURES.resolve("core_relo.o"));
        System.out.println("CO-RE vs libbpf (custom BTF): " + compared + " instructions equal");
    }

    /** Compares every program of a fixture slot by slot; map loads compare all but the map's fd. */
    private static int compare(String fixture, Path targetBtf) throws Exception {
        Path obj = FIXTURES.resolve(fixture + ".o");
        Map<String, List<long[]>> libbpf = libbpfInstructions(obj, targetBtf);
        ReadOptions options = targetBtf == null ? ReadOptions.DEFAULT : ReadOptions.DEFAULT.withTargetBtf(targetBtf);
        ObjectSpec spec = read(fixture, options);
        assertThat(libbpf.keySet()).containsExactlyInAnyOrderElementsOf(
                spec.programs().stream().map(ProgramSpec::name).toList());
        int compared = 0;
        for (ProgramSpec p : spec.programs()) {
            List<long[]> theirs = libbpf.get(p.name());
            List<long[]> ours = slots(InstructionCodec.encode(p.instructions(), ByteOrder.LITTLE_ENDIAN));
            assertThat(ours).as(p.name() + " slot count").hasSameSizeAs(theirs);
            for (int i = 0; i < ours.size(); i++) {
                long[] a = ours.get(i).clone();
                long[] b = theirs.get(i).clone();
                boolean mapLoad = b[0] == Opcodes.LDDW && (b[2] == Opcodes.PSEUDO_MAP_FD || b[2] == Opcodes.PSEUDO_MAP_VALUE);
                if (mapLoad) {
                    a[4] = b[4] = 0;
                    ours.get(i + 1)[4] = theirs.get(i + 1)[4] = 0;
                }
                assertThat(a).as(fixture + " against " + (targetBtf == null ? "vmlinux" : targetBtf) + ": " + p.name()
                        + " slot " + i + " (code dst src off imm)").containsExactly(b);
                compared++;
            }
        }
        return compared;
    }

    private static List<long[]> slots(byte[] code) {
        ByteBuffer b = ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN);
        List<long[]> out = new ArrayList<>();
        for (int p = 0; p < code.length; p += 8) {
            int regs = b.get(p + 1) & 0xff;
            out.add(new long[] {b.get(p) & 0xff, regs & 0xf, regs >>> 4, b.getShort(p + 2), b.getInt(p + 4)});
        }
        return out;
    }

    private static Path harness() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(Path.of("/usr/include/bpf/libbpf.h")), "needs libbpf-dev (bpf/libbpf.h)");
        Path dir = Files.createDirectories(Path.of("target", "scratch", "core"));
        Path exe = dir.resolve("libbpf_insns").toAbsolutePath();
        if (!Files.isExecutable(exe)) {
            Process p = new ProcessBuilder("cc", "-O1", "-o", exe.toString(), "src/test/c/libbpf_insns.c", "-lbpf")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assumeTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "cannot build the libbpf harness with cc: "
                    + out);
        }
        return exe;
    }

    /** What libbpf loads for each program: slots of {code, dst, src, off, imm}. */
    private static Map<String, List<long[]>> libbpfInstructions(Path obj, Path targetBtf) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(harness().toString(), obj.toString()));
        if (targetBtf != null) {
            cmd.add(targetBtf.toString());
        }
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        Map<String, List<long[]>> programs = new LinkedHashMap<>();
        List<long[]> current = null;
        for (String line : out.split("\n")) {
            String[] f = line.trim().split(" ");
            if (f[0].equals("program")) {
                current = new ArrayList<>();
                programs.put(f[1], current);
            } else if (f.length == 5 && current != null) {
                long[] v = new long[5];
                for (int i = 0; i < 5; i++) {
                    v[i] = Long.parseLong(f[i]);
                }
                current.add(v);
            }
        }
        assertThat(programs).as("libbpf printed no program: " + err).isNotEmpty();
        return programs;
    }

    /**
     * libbpf's own account of each relocation ({@code bpftool -d prog loadall}: "patched insn #N ... A -> B",
     * "substituting insn #N w/ invalid insn") against bpfj's, for the CO-RE fixtures and for the objects
     * Debian installs (xdp-tools' xdpdump reads struct xdp_buff, xdp_rxq_info and net_device through
     * CO-RE), which libbpf relocates even where it cannot load them (fentry programs without a target).
     */
    @Test
    void everyRelocationAsLibbpfsDebugLogTellsIt() throws Exception {
        List<Path> objects = new ArrayList<>(List.of(FIXTURES.resolve("core_relo.o"), FIXTURES.resolve("core_vmlinux.o"),
                FIXTURES.resolve("rejected/core_relo_poison.o")));
        for (Path dir : List.of(Path.of("/usr/lib/x86_64-linux-gnu/bpf"), Path.of("/usr/lib/bpf"))) {
            if (Files.isDirectory(dir)) {
                try (var s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".o")).sorted().forEach(objects::add);
                }
            }
        }
        int compared = 0;
        List<String> withCoRe = new ArrayList<>();
        for (Path obj : objects) {
            ReadResult r = ElfReader.read(obj, ReadOptions.DEFAULT);
            if (r.coreRelocations().isEmpty()) {
                continue;
            }
            withCoRe.add(obj.getFileName().toString());
            List<String> theirs = libbpfLog(obj);
            List<String> ours = new ArrayList<>();
            for (var a : r.coreRelocations()) {
                String value = switch (a.after().cls()) {
                    case Opcodes.LDX, Opcodes.ST, Opcodes.STX -> "off " + a.after().offset();
                    case Opcodes.LD -> "imm " + a.after().imm();
                    default -> "imm " + a.after().imm32();
                };
                ours.add(a.function() + " #" + a.insn() + " " + (a.poisoned() ? "poisoned" : value));
            }
            assertThat(ours).as("%s: bpfj's relocations against libbpf's log", obj).containsExactlyElementsOf(theirs);
            compared += ours.size();
        }
        System.out.println("CO-RE vs libbpf's debug log: " + compared + " relocations alike in " + withCoRe);
        assertThat(compared).isGreaterThanOrEqualTo(35);
    }

    /** "FUNCTION #INSN off|imm VALUE" or "FUNCTION #INSN poisoned", from libbpf's debug log. */
    private static List<String> libbpfLog(Path obj) throws Exception {
        Path pins = Path.of("/sys/fs/bpf", "bpfj_core_" + ProcessHandle.current().pid());
        Process p;
        try {
            p = new ProcessBuilder("bpftool", "-d", "prog", "loadall", obj.toString(), pins.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "cannot run bpftool: " + e.getMessage());
            throw e;
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        new ProcessBuilder("rm", "-rf", pins.toString()).start().waitFor(10, TimeUnit.SECONDS);
        assumeTrue(log.contains("libbpf:"), "bpftool -d gives no libbpf log here: " + log.lines().findFirst().orElse(""));
        java.util.regex.Pattern patched = java.util.regex.Pattern.compile(
                "prog '(\\w+)': relo #\\d+: patched insn #(\\d+) \\(([A-Z0-9/]+)\\) (?:imm|off|imm64) (\\d+) -> (\\d+)");
        java.util.regex.Pattern poisoned = java.util.regex.Pattern.compile(
                "prog '(\\w+)': relo #\\d+: substituting insn #(\\d+) w/ invalid insn");
        List<String> out = new ArrayList<>();
        int skipSecondSlot = -1;
        for (String line : log.split("\n")) {
            var m = patched.matcher(line);
            if (m.find()) {
                String cls = m.group(3);
                java.math.BigInteger v = new java.math.BigInteger(m.group(5));
                String value = cls.equals("LDX/ST/STX") ? "off " + (short) v.longValue()
                        : cls.equals("LDIMM64") ? "imm " + v.longValue() : "imm " + (int) v.longValue();
                out.add(m.group(1) + " #" + m.group(2) + " " + value);
                continue;
            }
            var q = poisoned.matcher(line);
            if (q.find()) {
                int insn = Integer.parseInt(q.group(2));
                if (insn != skipSecondSlot) {
                    out.add(q.group(1) + " #" + insn + " poisoned");
                }
                // a poisoned lddw is logged once per slot
                skipSecondSlot = insn + 1;
            }
        }
        return out;
    }

    /** An Ethernet + IPv4 (ttl 64, id 0x1234) + UDP frame 10.0.0.1 -> 10.0.0.2:53. */
    static byte[] udp() {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) 50).putShort((short) 0x1234).putShort((short) 0)
                .put((byte) 64).put((byte) 17).putShort((short) 0);
        b.put(new byte[] {10, 0, 0, 1, 10, 0, 0, 2});
        b.putShort((short) 1234).putShort((short) 53).putShort((short) 30).putShort((short) 0);
        return b.array();
    }

    @Test
    void theRelocatedObjectLoadsAndReadsTheKernelsLayout() {
        byte[] frame = udp();
        long[] out = new long[16];
        try (LoadedObject o = LoadedObject.load(read("core_relo", ReadOptions.DEFAULT))) {
            LoadResult r = o.result("xdp_core");
            assertThat(r.accepted()).as(r.verdict().log()).isTrue();
            assertThat(o.program("xdp_core").run(frame).retval()).as("bpf_core_enum_value(XDP_PASS)").isEqualTo(2);
            assertThat(o.result("xdp_core_sub").accepted()).as(o.result("xdp_core_sub").verdict().log()).isTrue();
            assertThat(o.program("xdp_core_sub").run(frame).retval()).isEqualTo(2);
            for (int i = 0; i < out.length; i++) {
                byte[] key = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(i).array();
                out[i] = ByteBuffer.wrap(o.map("core_out").lookup(key).orElseThrow()).order(ByteOrder.LITTLE_ENDIAN).getLong();
            }
        }
        int saddr = ByteBuffer.wrap(frame, 26, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(out[0]).as("h_proto (big-endian 0x0800 read little-endian)").isEqualTo(0x0008);
        assertThat(out[1]).as("version").isEqualTo(4);
        assertThat(out[2]).as("ihl").isEqualTo(5);
        assertThat(out[3]).as("protocol").isEqualTo(17);
        assertThat(out[4]).as("saddr").isEqualTo(saddr & 0xffffffffL);
        assertThat(out[5]).as("ttl").isEqualTo(64);
        assertThat(out[6]).as("sizeof(struct ethhdr)").isEqualTo(14);
        assertThat(out[7]).as("the kernel has no bpfj_missing").isZero();
        assertThat(out[9]).as("XDP_PASS").isEqualTo(2);
        assertThat(out[12]).as("sizeof(saddr)").isEqualTo(4);
        assertThat(out[13]).as("offsetof(daddr)").isEqualTo(16);
        int totLen = ByteBuffer.wrap(frame, 16, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
        assertThat(out[15]).as("tot_len + ttl, read in a subprogram").isEqualTo(totLen + 64);
    }

    @Test
    void aReachablePoisonedInstructionIsRejectedAsLibbpfsIs() {
        try (LoadedObject o = LoadedObject.load(read("rejected/core_relo_poison", ReadOptions.DEFAULT))) {
            LoadResult r = o.result("xdp_core_poison");
            assertThat(r.accepted()).isFalse();
            assertThat(r.verdict().log()).contains("invalid func unknown#195896080");
        }
    }
}
