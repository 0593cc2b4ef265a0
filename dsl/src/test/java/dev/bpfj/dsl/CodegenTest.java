package dev.bpfj.dsl;

import static dev.bpfj.dsl.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.interpreter.Interpreter;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Register pressure, loops, full checksums and the remaining helpers, checked on the kernel and the interpreter. */
class CodegenTest {

    /** Twelve values live across a helper call: more than r6..r9 hold, so some are spilled to the stack. */
    static final class Spilling extends XdpProgram {
        @Override
        protected void body() {
            var h = packet().header(14, Ipv4.LAYOUT).orReturn(XdpAction.ABORTED);
            Value[] v = new Value[12];
            for (int i = 0; i < v.length; i++) {
                v[i] = h.get(Ipv4.SRC).raw().add(i * 3 + 1);
            }
            var now = ktimeGetNs();
            Value sum = now.and(0);
            for (int i = 0; i < v.length; i++) {
                sum = sum.add(v[i].mul(i + 1));
            }
            h.set(Ipv4.DST, sum.as(ScalarType.U32).network());
            ret(XdpAction.PASS);
        }
    }

    @Test
    void valuesLiveAcrossCallsAreSpilledAndRestored() {
        ObjectSpec spec = new Spilling().build();
        String listing = spec.programs().get(0).toString();
        assertThat(listing).contains("*(u64 *)(r10 -");
        byte[] pkt = eth(0x0800, ipv4(17, 0x01020304, 0, 64, new byte[0]));
        long raw = Integer.toUnsignedLong(Integer.reverseBytes(0x01020304));
        int expected = 0;
        for (int i = 0; i < 12; i++) {
            expected += (int) ((raw + i * 3 + 1) * (i + 1));
        }
        byte[] out = Interpreter.load(spec).program().run(pkt).output();
        assertThat(ByteBuffer.wrap(out).getInt(30)).isEqualTo(expected);
        try (var o = KernelRunner.load(spec)) {
            assertThat(ByteBuffer.wrap(o.program("spilling").run(pkt).dataOut()).getInt(30)).isEqualTo(expected);
        }
    }

    /** Zeroes the IPv4 checksum, recomputes it, and sums the header bytes in a bounded loop. */
    static final class Checksums extends XdpProgram {
        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            var ip = eth.next(Ipv4.LAYOUT).orReturn(XdpAction.PASS);
            ip.set(Ipv4.TTL, 7);
            checksum().ipv4Header(ip);
            var count = local(ScalarType.U32, 0);
            loop(0, 5, i -> count.increment(i));
            ip.set(Ipv4.ID, count);
            checksum().replace16(ip, Ipv4.CHECKSUM, Value.of(ScalarType.BE16, 0), Value.of(ScalarType.BE16, 10));
            ret(XdpAction.TX);
        }
    }

    @Test
    void checksumsHoldForExtremeAndRandomHeaders() {
        Interpreter vm = Interpreter.load(new Checksums().build());
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] header = ipv4(17, random.nextInt(), random.nextInt(), 64, new byte[8]);
            if (i < 3) { // every byte that counts set: the largest sums the folds must carry
                for (int b = 1; b < 20; b++) {
                    header[b] = (byte) 0xff;
                }
            } else {
                header[1] = (byte) random.nextInt();
                header[6] = (byte) random.nextInt();
                header[7] = (byte) random.nextInt();
            }
            byte[] out = vm.program().run(eth(0x0800, header)).output();
            assertThat(verifies(out, 14, 20)).as("header %d", i).isTrue();
        }
    }

    @Test
    void fullAndIncrementalIpv4ChecksumsVerify() {
        ObjectSpec spec = new Checksums().build();
        byte[] pkt = eth(0x0800, ipv4(17, ip(192, 168, 1, 1), ip(10, 1, 2, 3), 64, new byte[8]));
        byte[] out = Interpreter.load(spec).program().run(pkt).output();
        assertThat(out[22]).isEqualTo((byte) 7);
        assertThat(u16(out, 18)).isEqualTo(10);
        assertThat(verifies(out, 14, 20)).isTrue();
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("checksums").run(pkt).dataOut()).isEqualTo(out);
        }
    }

    record FlowKey(int saddr, int daddr, short sport, short dport, byte proto) {}

    @Test
    void recordLayoutsFollowCAlignment() {
        Layout<FlowKey> l = Layout.of(FlowKey.class);
        assertThat(l.name()).isEqualTo("flow_key");
        assertThat(l.size()).isEqualTo(16);
        assertThat(l.field("dport").offset()).isEqualTo(10);
        assertThat(l.field("proto").offset()).isEqualTo(12);
        assertThat(l.btf().toString()).isEqualTo("struct flow_key { __u32 saddr; __u32 daddr; __u16 sport; __u16 dport; __u8 proto; }");
        FlowKey k = new FlowKey(0x0a000001, 0x0a000002, (short) 1234, (short) 80, (byte) 6);
        byte[] bytes = l.codec().encode(k);
        assertThat(bytes).hasSize(16);
        assertThat(bytes[0]).isEqualTo((byte) 1); // little-endian u32
        assertThat(l.codec().decode(bytes)).isEqualTo(k);
    }

    /** Copies 4 packet bytes with bpf_xdp_load_bytes and writes them back 4 bytes further with store_bytes. */
    static final class Bytes extends XdpProgram {
        static final Layout.Builder<Bytes> B = Layout.builder("four");
        static final Field<Bytes> W = B.u32("w");
        static final Layout<Bytes> FOUR = B.build();

        @Override
        protected void body() {
            var buf = struct(FOUR);
            when(loadBytes(Value.of(14), buf).ne(0)).ret(XdpAction.ABORTED);
            when(storeBytes(Value.of(18), buf).ne(0)).ret(XdpAction.ABORTED);
            ret(buffLen().as(ScalarType.U32));
        }
    }

    @Test
    void loadAndStoreBytes() {
        byte[] pkt = eth(0x0800, new byte[] {1, 2, 3, 4, 0, 0, 0, 0});
        ObjectSpec spec = new Bytes().build();
        try (var o = KernelRunner.load(spec)) {
            var r = o.program("bytes").run(pkt);
            assertThat(r.retval()).isEqualTo(pkt.length);
            assertThat(java.util.Arrays.copyOfRange(r.dataOut(), 18, 22)).containsExactly(1, 2, 3, 4);
        }
    }

    /** Tail-calls slot 0 of a program array; falls through to DROP when the slot is empty. */
    static final class TailCaller extends XdpProgram {
        final ProgArray jumps = progArray("jumps", 4);
        final PerfEventArray events = perfEventArray("events", 128);

        static final Layout.Builder<TailCaller> B = Layout.builder("event");
        static final Field<TailCaller> LEN = B.u32("len");
        static final Layout<TailCaller> EVENT = B.build();

        @Override
        protected void body() {
            var e = struct(EVENT);
            e.set(LEN, packet().length());
            events.output(e);
            jumps.tailCall(0);
            ret(XdpAction.DROP);
        }
    }

    @Test
    void tailCallsAndPerfOutputLoad() {
        ObjectSpec spec = new TailCaller().build();
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("tail_caller").run(eth(0x0800, new byte[20])).retval()).isEqualTo(1);
        }
        assertThat(Interpreter.load(spec).program().run(eth(0x0800, new byte[20])).returnValue()).isEqualTo(1);
    }
}
