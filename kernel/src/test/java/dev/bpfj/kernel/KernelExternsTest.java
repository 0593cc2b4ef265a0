package dev.bpfj.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Objects with kfuncs, ksyms and kconfig values loaded through {@link LoadedObject} the way libbpf
 * loads them, and compared with libbpf itself ({@code bpftool prog loadall}).
 */
class KernelExternsTest {
    static final Path FIXTURES = Path.of("../fixtures");

    @BeforeEach
    void needsKernel() {
        String reason = Kernel.unavailableReason();
        if (reason != null) {
            System.out.println("skipped: " + reason);
        }
        assumeTrue(reason == null, reason);
    }

    static ObjectSpec fixture(String name) {
        ReadResult r = ElfReader.read(FIXTURES.resolve(name + ".o"));
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return r.object();
    }

    /** An Ethernet + IPv4 + UDP frame 10.0.0.1:1234 -> 10.0.0.2:{dport}. */
    static byte[] udp(int dport) {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[] {2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) 50).putInt(0).put((byte) 64).put((byte) 17).putShort((short) 0);
        b.put(new byte[] {10, 0, 0, 1, 10, 0, 0, 2});
        b.putShort((short) 1234).putShort((short) dport).putShort((short) 30).putShort((short) 0);
        return b.array();
    }

    private static long u64(byte[] v) {
        return ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private static byte[] key(int k) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(k).array();
    }

    @Test
    void kconfigKsymsAndWeakExternsResolveAsLibbpfResolvesThem() throws Exception {
        long[] ours = new long[10];
        try (LoadedObject o = LoadedObject.load(fixture("kfunc_config"))) {
            assertThat(o.result("xdp_config").accepted()).as(o.result("xdp_config").verdict().log()).isTrue();
            assertThat(o.program("xdp_config").run(udp(53)).retval()).isEqualTo(2);
            for (int i = 0; i < ours.length; i++) {
                ours[i] = u64(o.map("config_out").lookup(key(i)).orElseThrow());
            }
        }
        assertThat(ours[0]).as("LINUX_KERNEL_VERSION").isEqualTo(Kconfig.system().kernelVersion());
        assertThat(ours[1]).as("CONFIG_HZ").isEqualTo(Long.parseLong(Kconfig.system().config().get("CONFIG_HZ")));
        assertThat(ours[2]).as("CONFIG_BPF_SYSCALL").isEqualTo(1);
        assertThat(ours[5]).as("a weak option no kernel has").isZero();
        assertThat(ours[6]).as("bpf_map_put's address is a kernel address").isEqualTo(1);
        assertThat(ours[7]).as("a weak ksym no kernel has").isZero();
        assertThat(ours[8]).as("a missing weak kfunc's call is dead code").isZero();
        assertThat(ours[9]).isEqualTo(6);

        long[] libbpf = runWithBpftool("kfunc_config", "xdp_config", "config_out", 10);
        assertThat(ours).as("bpfj's loader and libbpf fill in the same values").isEqualTo(libbpf);
    }

    @Test
    void conntrackLookupRunsWithReferenceTracking() {
        try (LoadedObject o = LoadedObject.load(fixture("kfunc_ct"))) {
            LoadResult r = o.result("xdp_ct_lookup");
            assertThat(r.accepted()).as(r.verdict().log()).isTrue();
            LoadedProgram p = o.program("xdp_ct_lookup");
            assertThat(p.run(udp(9)).retval()).as("discard port").isEqualTo(1);
            assertThat(p.run(udp(53)).retval()).isEqualTo(2);
            assertThat(u64(o.map("ct_stats").lookup(key(1)).orElseThrow())).as("misses").isEqualTo(2);
            assertThat(u64(o.map("ct_stats").lookup(key(2)).orElseThrow())).as("opts.error").isEqualTo(-2); // -ENOENT
        }
    }

    @Test
    void metadataKfuncsNeedADeviceBoundProgram() throws Exception {
        ObjectSpec spec = fixture("kfunc_metadata");
        try (LoadedObject o = LoadedObject.load(spec)) {
            assertThat(o.result("xdp_rx_metadata").verdict().message())
                    .isEqualTo("metadata kfuncs require device-bound program");
        }
        String veth = "bpfjkf" + ProcessHandle.current().pid() % 100000;
        assumeTrue(sh("ip", "link", "add", veth, "type", "veth", "peer", "name", veth + "p") == 0,
                "cannot create a veth pair to bind the program to");
        try {
            int ifindex = Integer.parseInt(Files.readString(Path.of("/sys/class/net", veth, "ifindex")).strip());
            try (LoadedObject o = LoadedObject.load(spec, LoadOptions.DEFAULT.withDevBound(ifindex))) {
                LoadResult r = o.result("xdp_rx_metadata");
                assertThat(r.accepted()).as(r.verdict().log()).isTrue();
                assertThatThrownBy(() -> o.program("xdp_rx_metadata").run(udp(53))).isInstanceOf(KernelException.class)
                        .hasMessageContaining("EINVAL");
            }
        } finally {
            sh("ip", "link", "del", veth);
        }
    }

    @Test
    void strongExternsTheKernelLacksRefuseTheObjectAsLibbpfDoes() {
        BtfType.FuncProto proto = new BtfType.FuncProto(BtfType.Int.S32, List.of());
        ObjectSpec missing = new ObjectSpec(List.of(ProgramSpec.of("p", "xdp", AsmParser.parse(
                "call kfunc[bpfj_missing]\nr0 = 2\nexit"))), List.of(), "GPL",
                List.of(ExternSpec.kfunc(new BtfType.Func("bpfj_missing", proto, BtfType.Linkage.EXTERN), false)));
        assertThatThrownBy(() -> LoadedObject.load(missing)).isInstanceOf(KernelException.class)
                .hasMessageContaining("extern (func ksym) 'bpfj_missing': not found in kernel or module BTFs");
        // bpf_ct_release takes one pointer, not an integer and another argument
        BtfType.FuncProto wrong = new BtfType.FuncProto(BtfType.Void.INSTANCE, List.of(
                new BtfType.Param("", BtfType.Int.U32), new BtfType.Param("", BtfType.Int.U32)));
        ObjectSpec incompatible = new ObjectSpec(List.of(ProgramSpec.of("p", "xdp", AsmParser.parse(
                "r1 = 0\nr2 = 0\ncall kfunc[bpf_ct_release]\nr0 = 2\nexit"))), List.of(), "GPL",
                List.of(ExternSpec.kfunc(new BtfType.Func("bpf_ct_release", wrong, BtfType.Linkage.EXTERN), false)));
        assertThatThrownBy(() -> LoadedObject.load(incompatible)).isInstanceOf(KernelException.class)
                .hasMessageContaining("extern (func ksym) 'bpf_ct_release': func_proto incompatible with vmlinux");
    }

    @Test
    void aReachableCallOfAMissingWeakKfuncIsPoisonedAsLibbpfPoisonsIt() {
        BtfType.FuncProto proto = new BtfType.FuncProto(BtfType.Int.S32, List.of());
        ObjectSpec weak = new ObjectSpec(List.of(ProgramSpec.of("p", "xdp", AsmParser.parse(
                "call kfunc[bpfj_missing]\nr0 = 2\nexit"))), List.of(), "GPL",
                List.of(ExternSpec.kfunc(new BtfType.Func("bpfj_missing", proto, BtfType.Linkage.EXTERN), true)));
        try (LoadedObject o = LoadedObject.load(weak)) {
            assertThat(o.result("p").verdict().message()).isEqualTo("invalid func unknown#2002000000");
        }
    }

    @Test
    void kernelBtfNamesTheKfuncsXdpProgramsCall() {
        KernelBtf btf = KernelBtf.vmlinux();
        for (String kfunc : List.of("bpf_xdp_ct_lookup", "bpf_ct_release", "bpf_dynptr_from_xdp", "bpf_dynptr_slice",
                "bpf_xdp_metadata_rx_timestamp")) {
            assertThat(btf.function(kfunc)).as(kfunc).isPresent();
        }
        assertThat(btf.function("bpfj_no_such_function")).isEmpty();
    }

    /** Loads with libbpf (bpftool), runs once on a UDP frame and reads a u64 array map. */
    private static long[] runWithBpftool(String fixture, String program, String map, int entries) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "scratch"));
        Path pins = Path.of("/sys/fs/bpf", "bpfj_kext_" + ProcessHandle.current().pid());
        Path maps = Path.of(pins + "_maps");
        Path packet = dir.resolve("udp.bin");
        Files.write(packet, udp(53));
        try {
            assumeTrue(sh("bpftool", "prog", "loadall", FIXTURES.resolve(fixture + ".o").toString(), pins.toString(),
                    "pinmaps", maps.toString()) == 0, "bpftool cannot load " + fixture);
            assertThat(sh("bpftool", "prog", "run", "pinned", pins.resolve(program).toString(), "data_in",
                    packet.toString(), "repeat", "1")).isZero();
            String dump = output("bpftool", "-j", "map", "dump", "pinned", maps.resolve(map).toString());
            long[] out = new long[entries];
            Matcher m = Pattern.compile("\"key\":(\\d+),\"value\":(-?\\d+)").matcher(dump.replace(" ", ""));
            int found = 0;
            while (m.find()) {
                out[Integer.parseInt(m.group(1))] = Long.parseUnsignedLong(m.group(2));
                found++;
            }
            assertThat(found).as(dump).isEqualTo(entries);
            return out;
        } finally {
            sh("rm", "-rf", pins.toString(), maps.toString());
        }
    }

    private static int sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String output(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
