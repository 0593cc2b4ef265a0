package dev.bpfj.dsl;

import static dev.bpfj.dsl.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelMap;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.LoadedProgram;
import dev.bpfj.kernel.TestRunResult;
import dev.bpfj.samples.*;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every sample loads in the running kernel and does what its Javadoc says on real packets. */
class SamplesKernelTest {
    static final int A = ip(10, 0, 0, 1);
    static final int B = ip(10, 0, 0, 2);
    static final byte[] A6 = v6(1);
    static final byte[] B6 = v6(2);

    static byte[] v6(int last) {
        byte[] a = new byte[16];
        a[0] = (byte) 0xfd;
        a[15] = (byte) last;
        return a;
    }

    static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    static long sumPerCpu(byte[] values, int valueSize, int offset) {
        ByteBuffer b = ByteBuffer.wrap(values).order(ByteOrder.LITTLE_ENDIAN);
        long s = 0;
        int stride = (valueSize + 7) / 8 * 8;
        for (int i = 0; i + stride <= values.length; i += stride) {
            s += b.getLong(i + offset);
        }
        return s;
    }

    static LoadedProgram only(LoadedObject o) {
        return o.program(o.spec().programs().get(0).name());
    }

    @Test
    void passAll() {
        try (var o = KernelRunner.load(new PassAll().build())) {
            assertThat(only(o).run(eth(0x0800, udp4(A, B, 1, 2, new byte[4]))).retval()).isEqualTo(2);
        }
    }

    @Test
    void dropUdpPortCountsDrops() {
        ObjectSpec spec = new DropUdpPort().build();
        try (var o = KernelRunner.load(spec)) {
            var p = only(o);
            assertThat(p.run(eth(0x0800, udp4(A, B, 1234, 9999, new byte[10]))).retval()).isEqualTo(1);
            assertThat(p.run(eth(0x0800, udp4(A, B, 1234, 53, new byte[10]))).retval()).isEqualTo(2);
            assertThat(p.run(eth(0x86dd, new byte[40])).retval()).isEqualTo(2);
            assertThat(p.run(new byte[14]).retval()).isEqualTo(2);
            byte[] v = o.map("drops").lookup(le32(0)).orElseThrow();
            assertThat(sumPerCpu(v, 8, 0)).isEqualTo(1);
        }
    }

    @Test
    void protocolCounters() {
        try (var o = KernelRunner.load(new ProtocolCounters().build())) {
            var p = only(o);
            byte[] udp = eth(0x0800, udp4(A, B, 1, 2, new byte[6]));
            p.run(udp);
            p.run(udp);
            p.run(eth(0x86dd, ipv6(6, A6, B6, 64, tcp(1, 2, 0x02))));
            KernelMap m = o.map("proto_stats");
            byte[] v17 = m.lookup(le32(17)).orElseThrow();
            assertThat(sumPerCpu(v17, 16, 0)).isEqualTo(2);
            assertThat(sumPerCpu(v17, 16, 8)).isEqualTo(2L * udp.length);
            assertThat(sumPerCpu(m.lookup(le32(6)).orElseThrow(), 16, 0)).isEqualTo(1);
        }
    }

    @Test
    void parser() {
        try (var o = KernelRunner.load(new Parser().build())) {
            var p = only(o);
            assertThat(p.run(eth(0x0800, ipv4(6, A, B, 64, tcp(1, 23, 2)), 5, 6)).retval()).isEqualTo(1);
            assertThat(p.run(eth(0x0800, ipv4(6, A, B, 64, tcp(1, 80, 2)), 5)).retval()).isEqualTo(2);
            byte[] hopByHop = new byte[8];
            hopByHop[0] = 17;
            byte[] withExt = new byte[8 + 8];
            System.arraycopy(hopByHop, 0, withExt, 0, 8);
            System.arraycopy(udp(1, 23, new byte[0]), 0, withExt, 8, 8);
            assertThat(p.run(eth(0x86dd, ipv6(0, A6, B6, 64, withExt))).retval()).isEqualTo(1);
            assertThat(p.run(eth(0x86dd, ipv6(17, A6, B6, 64, udp(1, 53, new byte[0])))).retval()).isEqualTo(2);
            KernelMap m = o.map("l4_stats");
            assertThat(sumPerCpu(m.lookup(le32(1)).orElseThrow(), 8, 0)).isEqualTo(2);
            assertThat(sumPerCpu(m.lookup(le32(2)).orElseThrow(), 8, 0)).isEqualTo(2);
        }
    }

    @Test
    void portRewriteKeepsTheUdpChecksumValid() {
        try (var o = KernelRunner.load(new PortRewrite().build())) {
            byte[] in = eth(0x0800, udp4(A, B, 5555, 8080, "hello".getBytes()));
            TestRunResult r = only(o).run(in);
            assertThat(r.retval()).isEqualTo(2);
            byte[] out = r.dataOut();
            assertThat(u16(out, 14 + 20 + 2)).isEqualTo(80);
            int udpLen = out.length - 34;
            assertThat(verifies(out, 34, udpLen, pseudo4(A, B, 17, udpLen))).isTrue();
        }
    }

    @Test
    void vlanPopAndPush() {
        byte[] inner = udp4(A, B, 1, 2, new byte[4]);
        byte[] untagged = eth(0x0800, inner);
        byte[] tagged = eth(0x0800, inner, 100);
        try (var pop = KernelRunner.load(new VlanPop().build()); var push = KernelRunner.load(new VlanPush().build())) {
            TestRunResult r = only(pop).run(tagged);
            assertThat(r.retval()).isEqualTo(2);
            assertThat(r.dataOut()).isEqualTo(untagged);
            TestRunResult s = only(push).run(untagged);
            assertThat(s.retval()).isEqualTo(2);
            assertThat(s.dataOut()).isEqualTo(tagged);
        }
    }

    @Test
    void echoReplies() {
        try (var o = KernelRunner.load(new EchoReply().build())) {
            var p = only(o);
            byte[] req = eth(0x0800, ipv4(1, A, B, 64, icmpEcho(8, 7, 1, "ping".getBytes())));
            TestRunResult r = p.run(req);
            assertThat(r.retval()).isEqualTo(3);
            byte[] out = r.dataOut();
            assertThat(Arrays.copyOfRange(out, 0, 6)).isEqualTo(MAC_A);
            assertThat(out[34]).isEqualTo((byte) 0);
            assertThat(verifies(out, 34, out.length - 34, 0)).isTrue();
            assertThat(Arrays.copyOfRange(out, 26, 30)).isEqualTo(Arrays.copyOfRange(req, 30, 34));
            byte[] icmp6 = icmpEcho(128, 7, 1, "ping".getBytes()); // checksum is not checked by the program
            TestRunResult r6 = p.run(eth(0x86dd, ipv6(58, A6, B6, 64, icmp6)));
            assertThat(r6.retval()).isEqualTo(3);
            assertThat(r6.dataOut()[54] & 0xff).isEqualTo(129);
            assertThat(Arrays.copyOfRange(r6.dataOut(), 22, 38)).isEqualTo(B6);
            assertThat(u16(r6.dataOut(), 56)).isEqualTo((u16(icmp6, 2) - 0x0100) & 0xffff);
            assertThat(p.run(eth(0x0800, udp4(A, B, 1, 2, new byte[2]))).retval()).isEqualTo(2);
        }
    }

    @Test
    void devmapAndXskRedirectFallBackToPass() {
        try (var o = KernelRunner.load(new DevmapRedirect().build()); var x = KernelRunner.load(new XskRedirect().build())) {
            byte[] pkt = eth(0x0800, udp4(A, B, 1, 2, new byte[4]));
            assertThat(only(o).run(pkt).retval()).isEqualTo(2);
            o.map("tx_port").put(le32(0), le32(1)); // loopback
            assertThat(only(o).run(pkt).retval()).isEqualTo(4);
            assertThat(only(x).run(pkt).retval()).isEqualTo(2);
        }
    }

    @Test
    void routerPassesWhatTheFibCannotForward() {
        try (var o = KernelRunner.load(new Router().build())) {
            var p = only(o);
            // from loopback, a lookup of a non-local address does not yield a forwardable neighbour
            assertThat(p.run(eth(0x0800, udp4(A, B, 1, 2, new byte[4]))).retval()).isEqualTo(2);
            byte[] expiring = eth(0x0800, ipv4(17, A, B, 1, udp(1, 2, new byte[0])));
            assertThat(p.run(expiring).retval()).isEqualTo(2);
            assertThat(p.run(eth(0x86dd, ipv6(17, A6, B6, 64, udp(1, 2, new byte[0])))).retval()).isEqualTo(2);
        }
    }

    @Test
    void prefixBlocklist() {
        try (var o = KernelRunner.load(new PrefixBlocklist().build())) {
            var p = only(o);
            byte[] pkt = eth(0x0800, udp4(A, B, 1, 2, new byte[4]));
            assertThat(p.run(pkt).retval()).isEqualTo(2);
            o.map("blocked_v4").put(new byte[] {8, 0, 0, 0, 10, 0, 0, 0}, new byte[] {1});
            assertThat(p.run(pkt).retval()).isEqualTo(1);
            assertThat(p.run(eth(0x0800, udp4(ip(11, 0, 0, 1), B, 1, 2, new byte[4]))).retval()).isEqualTo(2);
            byte[] k6 = new byte[20];
            k6[0] = 16;
            k6[4] = (byte) 0xfd;
            o.map("blocked_v6").put(k6, new byte[] {1});
            assertThat(p.run(eth(0x86dd, ipv6(17, A6, B6, 64, udp(1, 2, new byte[0])))).retval()).isEqualTo(1);
        }
    }

    @Test
    void rateLimiterDropsPastTheLimit() {
        try (var o = KernelRunner.load(new RateLimiter().build())) {
            var p = only(o);
            byte[] pkt = eth(0x0800, udp4(A, B, 1, 2, new byte[4]));
            int passed = 0;
            for (int i = 0; i < RateLimiter.LIMIT + 20; i++) {
                if (p.run(pkt).retval() == 2) {
                    passed++;
                }
            }
            // one window at most rolls over during the loop
            assertThat(passed).isBetween(RateLimiter.LIMIT, 2 * RateLimiter.LIMIT);
            assertThat(o.map("rate").keys()).hasSize(1);
        }
    }

    @Test
    void tailTimestampGrowsThePacket() {
        try (var o = KernelRunner.load(new TailTimestamp().build())) {
            byte[] pkt = eth(0x0800, udp4(A, B, 1, 2, new byte[4]));
            TestRunResult r = only(o).run(pkt);
            assertThat(r.retval()).isEqualTo(2);
            assertThat(r.dataOut()).hasSize(pkt.length + 8);
            long ts = ByteBuffer.wrap(r.dataOut(), pkt.length, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            assertThat(ts).isPositive();
        }
    }
}
