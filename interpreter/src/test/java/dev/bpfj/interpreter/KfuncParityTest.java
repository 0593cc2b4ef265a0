package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kfuncs whose answers {@code BPF_PROG_TEST_RUN} shows, run by Linux and the interpreter side by
 * side: conntrack lookups with every kind of argument the kernel checks, entries a program inserts
 * and finds again in both directions. The XDP RX metadata kfuncs, which Linux runs only in
 * device-bound programs (and those not in test runs), are checked against what the test says the
 * device reports.
 */
class KfuncParityTest {

    static ObjectSpec fixture(String name) {
        ReadResult r = ElfReader.read(Path.of("..", "fixtures", name + ".o"));
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return r.object();
    }

    /** A frame for {@code xdp_ct_params}: the choices of argument at 14..21, the tuple at 22..57. */
    static byte[] frame(int netns, int proto, int opts, int tuple, int reserved, int zoneId, int zoneDir,
                        byte[] tupleBytes, boolean insert) {
        byte[] f = new byte[64];
        f[12] = 0x08;
        f[14] = (byte) netns;
        f[15] = (byte) proto;
        f[16] = (byte) opts;
        f[17] = (byte) tuple;
        f[18] = (byte) reserved;
        f[19] = (byte) zoneId;
        f[20] = (byte) (zoneId >> 8);
        f[21] = (byte) zoneDir;
        System.arraycopy(tupleBytes, 0, f, 22, Math.min(36, tupleBytes.length));
        if (insert) {
            f[58] = 'b';
            f[59] = 'p';
            f[60] = 'f';
            f[61] = 'j';
        }
        return f;
    }

    /** {@code struct bpf_sock_tuple.ipv4}: addresses and ports in network byte order. */
    static byte[] ipv4Tuple(byte[] src, int sport, byte[] dst, int dport) {
        return ByteBuffer.allocate(36).order(ByteOrder.BIG_ENDIAN).put(src).put(dst).putShort((short) sport)
                .putShort((short) dport).array();
    }

    /** Addresses and ports no real connection of this machine uses, different for each test JVM. */
    private static final int PID = (int) (ProcessHandle.current().pid() & 0xffff);
    private static final byte[] A = {10, (byte) 254, (byte) (PID >> 8), (byte) PID};
    private static final byte[] B = {10, (byte) 253, (byte) (PID >> 8), (byte) PID};

    @Test
    void conntrackArgumentsAreCheckedAsTheKernelChecksThem() {
        Set<Long> outcomes = new HashSet<>();
        try (Twin t = new Twin(fixture("kfunc_ct_params"))) {
            byte[] tuple = ipv4Tuple(A, 40000 + PID % 1000, B, 9);
            for (int netns = 0; netns < 3; netns++) {
                for (int proto : new int[] {6, 17, 1}) {
                    for (int opts = 0; opts < 3; opts++) {
                        for (int size = 0; size < 3; size++) {
                            for (int reserved = 0; reserved < 2; reserved++) {
                                for (int zoneDir : new int[] {0, 1, 3}) {
                                    int zone = reserved == 0 ? 0 : 7;
                                    RunResult r = t.assertSame("xdp_ct_params", XdpInput.of(
                                            frame(netns, proto, opts, size, reserved, zone, zoneDir, tuple, false)));
                                    outcomes.add(r.returnValue());
                                }
                            }
                        }
                    }
                }
            }
            t.assertMapsSame();
        }
        // EINVAL (options size, reserved byte, zone of 12-byte options, netns), EPROTO, EAFNOSUPPORT, ENONET, ENOENT
        assertThat(outcomes).as("distinct outcomes").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void anInsertedEntryIsFoundInBothDirections() {
        try (Twin t = new Twin(fixture("kfunc_ct_params"))) {
            int sport = 41000 + PID % 1000;
            byte[] original = ipv4Tuple(A, sport, B, 80);
            byte[] reply = ipv4Tuple(B, 80, A, sport);
            // TCP, 16-byte options, IPv4 tuple
            assertThat(t.assertSame("xdp_ct_params", XdpInput.of(frame(0, 6, 0, 0, 0, 0, 0, original, true)))
                    .returnValue()).as("inserted").isEqualTo(0x800001);
            RunResult found = t.assertSame("xdp_ct_params", XdpInput.of(frame(0, 6, 0, 0, 0, 0, 0, original, false)));
            assertThat(found.returnValue() & 0x201).as("found in the original direction").isEqualTo(1);
            RunResult back = t.assertSame("xdp_ct_params", XdpInput.of(frame(0, 6, 0, 0, 0, 0, 0, reply, false)));
            assertThat(back.returnValue() & 0x201).as("found as the reply").isEqualTo(0x201);
            assertThat(t.assertSame("xdp_ct_params", XdpInput.of(frame(0, 6, 0, 0, 0, 0, 0, original, true)))
                    .returnValue()).as("a second insert of the same connection fails").isEqualTo(0x800000);
            assertThat(t.assertSame("xdp_ct_params", XdpInput.of(frame(0, 17, 0, 0, 0, 0, 0, original, false)))
                    .returnValue() & 1).as("UDP is another connection").isZero();
            assertThat(t.interpreter.environment().conntrack().entries()).extracting(ConntrackTable.Entry::timeoutMs)
                    .containsExactly(1000L);
        }
    }

    private static ObjectSpec devBound(ObjectSpec o) {
        ProgramSpec p = o.programs().get(0);
        return o.withPrograms(List.of(new ProgramSpec(p.name(), p.section(), p.type(), p.attachType(),
                p.progFlags() | (1 << 6), p.typeSource(), p.instructions(), p.functions())));
    }

    private static int[] rxMeta(Interpreter vm) {
        ByteBuffer b = ByteBuffer.wrap(vm.map("rx_meta").lookup(new byte[4]).orElseThrow()).order(ByteOrder.LITTLE_ENDIAN);
        return new int[] {(int) b.getLong(0), b.getInt(8), b.getInt(12), Short.toUnsignedInt(b.getShort(16)),
                Short.toUnsignedInt(b.getShort(18)), b.getInt(20), b.getInt(24), b.getInt(28)};
    }

    @Test
    void metadataKfuncsAnswerWhatTheDeviceReports() {
        Interpreter vm = Interpreter.load(devBound(fixture("kfunc_metadata")));
        byte[] frame = new byte[64];
        vm.program("xdp_rx_metadata").run(frame);
        assertThat(rxMeta(vm)).as("a device without metadata: -EOPNOTSUPP").endsWith(-95, -95, -95);
        vm.environment().rxMetadata(RxMetadata.none());
        vm.program("xdp_rx_metadata").run(frame);
        assertThat(rxMeta(vm)).as("no metadata for this frame: -ENODATA").endsWith(-61, -61, -61);
        vm.environment().rxMetadata(RxMetadata.none().timestamp(123456789).hash(0xcafe, 1).vlan(0x8100, 42));
        vm.program("xdp_rx_metadata").run(frame);
        assertThat(rxMeta(vm)).containsExactly(123456789, 0xcafe, 1, 0x0081, 42, 0, 0, 0);
    }

    @Test
    void metadataKfuncsOfAProgramNotBoundToADeviceStopTheRun() {
        Interpreter vm = Interpreter.load(fixture("kfunc_metadata"));
        assertThatThrownBy(() -> vm.program("xdp_rx_metadata").run(new byte[64])).isInstanceOf(BpfRuntimeException.class)
                .hasMessageContaining("metadata kfuncs require device-bound program");
    }

    @Test
    void whatCannotBeLinkedSaysWhy() {
        BtfType.FuncProto proto = new BtfType.FuncProto(BtfType.Int.S32, List.of());
        ObjectSpec o = new ObjectSpec(List.of(
                ProgramSpec.of("rcu", "xdp", AsmParser.parse("call kfunc[bpf_rcu_read_lock]\nr0 = 2\nexit")),
                ProgramSpec.of("weak", "xdp", AsmParser.parse("call kfunc[bpfj_missing]\nr0 = 2\nexit")),
                ProgramSpec.of("sym", "xdp", AsmParser.parse("r0 = ksym[bpf_map_put] ll\nr0 = 2\nexit"))), List.of(), "GPL",
                List.of(ExternSpec.kfunc(new BtfType.Func("bpf_rcu_read_lock", proto, BtfType.Linkage.EXTERN), false),
                        ExternSpec.kfunc(new BtfType.Func("bpfj_missing", proto, BtfType.Linkage.EXTERN), true),
                        ExternSpec.ksym("bpf_map_put", BtfType.Void.INSTANCE, false)));
        Interpreter vm = Interpreter.load(o);
        assertThatThrownBy(() -> vm.program("rcu").run(new byte[64])).hasMessageContaining(
                "kfunc bpf_rcu_read_lock is not implemented by the interpreter");
        assertThatThrownBy(() -> vm.program("weak").run(new byte[64])).hasMessageContaining(
                "invalid func unknown#2002000002");
        assertThatThrownBy(() -> vm.program("sym").run(new byte[64])).hasMessageContaining(
                "ksym(\"bpf_map_put\", address)");
        Interpreter withAddress = Interpreter.builder(o).ksym("bpf_map_put", 0xffffffff814e4c90L).build();
        assertThat(withAddress.program("sym").run(new byte[64]).returnValue()).isEqualTo(2);
    }
}
