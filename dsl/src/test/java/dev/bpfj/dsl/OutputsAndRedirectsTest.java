package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.MapType;
import dev.bpfj.core.XdpAction;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Tcp;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Ring buffer records kept or discarded, perf event output, redirects through cpumaps and devmap hashes,
 * and bit-field writes — each run on the interpreter and, where bpf() is permitted, in the kernel.
 */
class OutputsAndRedirectsTest {
    static final Layout.Builder<OutputsAndRedirectsTest> B = Layout.builder("event");
    static final Field<OutputsAndRedirectsTest> TYPE = B.u32("type");
    static final Field<OutputsAndRedirectsTest> LENGTH = B.u32("length");
    static final Layout<OutputsAndRedirectsTest> EVENT = B.build();

    static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }

    /** Records IPv4 frames in a ring buffer; discards the record of others, and drops ARP after discarding. */
    static final class Recorder extends XdpProgram {
        final RingBuf events = ringBuf("events", 4096);

        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            var type = eth.get(Ethernet.TYPE);
            var length = packet().length();
            events.reserve(EVENT, rec -> {
                rec.set(TYPE, type.host());
                when(type.eq(0x0806), () -> events.discardAndReturn(DROP));
                when(type.ne(0x0800), () -> events.discard());
                rec.set(LENGTH, length);
            });
            ret(PASS);
        }
    }

    @Test
    void ringBufferRecordsAreSubmittedOrDiscarded() {
        var spec = new Recorder().build();
        Interpreter vm = Interpreter.load(spec);
        assertThat(vm.program().run(Packets.eth(0x0800, new byte[20])).action()).isEqualTo(XdpAction.PASS);
        assertThat(vm.program().run(Packets.eth(0x86dd, new byte[40])).action()).isEqualTo(XdpAction.PASS);
        assertThat(vm.program().run(Packets.eth(0x0806, new byte[28])).action()).isEqualTo(XdpAction.DROP);
        var records = vm.map("events").drain();
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).isEqualTo(new byte[] {0, 8, 0, 0, 34, 0, 0, 0});
        try (var o = KernelRunner.load(spec)) {
            var p = o.program("recorder");
            assertThat(p.run(Packets.eth(0x0800, new byte[20])).retval()).isEqualTo(2);
            assertThat(p.run(Packets.eth(0x0806, new byte[28])).retval()).isEqualTo(1);
        }
    }

    @Test
    void discardOutsideAReservationIsABuildError() {
        class Stray extends XdpProgram {
            final RingBuf events = ringBuf("events", 4096);

            @Override
            protected void body() {
                events.discard();
                ret(PASS);
            }
        }
        assertThatThrownBy(() -> new Stray().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("discard() works inside a reserve(...) block of ring buffer events");
    }

    /** Sends an event with the first 14 packet bytes to user space; returns what the helper returned (0 or -errno). */
    static final class Perf extends XdpProgram {
        final PerfEventArray events = perfEventArray("perf_events", 4);

        @Override
        protected void body() {
            var e = struct(EVENT);
            e.set(TYPE, 7);
            e.set(LENGTH, packet().length());
            var rc = events.output(e, 14);
            ret(rc.neg().as(ScalarType.U32)); // 0 when sent, the errno otherwise
        }
    }

    @Test
    void perfEventOutputCarriesTheRecordAndPacketBytes() {
        var spec = new Perf().build();
        Interpreter vm = Interpreter.load(spec);
        byte[] packet = Packets.eth(0x0800, new byte[20]);
        RunResult r = vm.program().run(packet);
        assertThat(r.returnValue()).isZero();
        assertThat(r.perfOutputs()).hasSize(1);
        byte[] data = r.perfOutputs().get(0).data();
        assertThat(java.util.Arrays.copyOf(data, 8)).isEqualTo(new byte[] {7, 0, 0, 0, 34, 0, 0, 0});
        assertThat(java.util.Arrays.copyOfRange(data, 8, 22)).isEqualTo(java.util.Arrays.copyOf(packet, 14));
        // with no perf event behind the CPU's slot, Linux answers -ENOENT; so do the interpreter and the kernel
        vm.map("perf_events").bindPerfSlot(0, -1);
        assertThat(vm.program().run(packet).returnValue()).isEqualTo(2);
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("perf").run(packet).retval()).isEqualTo(2);
        }
    }

    /** Spreads packets over CPUs by the first byte of the source MAC, or to an interface found by ifindex. */
    static final class Spread extends XdpProgram {
        final RedirectMap cpus = cpuMap("cpus", 4);
        final RedirectMap ports = devMapHash("ports", 16);

        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            var first = eth.get(Ethernet.TYPE).host();
            when(first.eq(0x0800)).ret(cpus.redirect(Value.of(1), PASS));
            ret(ports.redirect(ingressIfindex(), DROP));
        }
    }

    @Test
    void cpumapsAndDevmapHashesRedirect() {
        var spec = new Spread().build();
        assertThat(spec.map("cpus").orElseThrow().type()).isEqualTo(MapType.CPUMAP);
        assertThat(spec.map("ports").orElseThrow().type()).isEqualTo(MapType.DEVMAP_HASH);
        Interpreter vm = Interpreter.load(spec);
        byte[] ipv4 = Packets.eth(0x0800, new byte[20]);
        byte[] ipv6 = Packets.eth(0x86dd, new byte[40]);
        assertThat(vm.program().run(ipv4).action()).isEqualTo(XdpAction.PASS);
        assertThat(vm.program().run(ipv6).action()).isEqualTo(XdpAction.DROP);
        vm.map("cpus").put(1, 192); // queue size
        vm.map("ports").put(1, 1); // ifindex 1 (where test runs arrive) -> ifindex 1
        RunResult toCpu = vm.program().run(ipv4);
        assertThat(toCpu.action()).isEqualTo(XdpAction.REDIRECT);
        assertThat(toCpu.redirect().mapType()).isEqualTo(MapType.CPUMAP);
        assertThat(toCpu.redirect().target()).isEqualTo(1);
        RunResult toPort = vm.program().run(ipv6);
        assertThat(toPort.action()).isEqualTo(XdpAction.REDIRECT);
        assertThat(toPort.redirect().ifindex()).isEqualTo(1);
        try (var o = KernelRunner.load(spec)) {
            var p = o.program("spread");
            assertThat(p.run(ipv4).retval()).isEqualTo(2);
            assertThat(p.run(ipv6).retval()).isEqualTo(1);
            o.map("cpus").put(le32(1), le32(192));
            o.map("ports").put(le32(1), le32(1));
            assertThat(p.run(ipv4).retval()).isEqualTo(4);
            assertThat(p.run(ipv6).retval()).isEqualTo(4);
        }
    }

    /** Rewrites bit fields: IPv4 version 4 / ihl 5 from whatever was there, TCP data offset 5 (flags kept). */
    static final class BitFields extends XdpProgram {
        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            ip.set(Ipv4.IHL, 5);
            ip.set(Ipv4.VERSION, 4);
            var tcp = ip.next(Tcp.LAYOUT).orReturn(PASS);
            tcp.set(Tcp.DOFF, tcp.get(Tcp.DOFF).add(1));
            ret(PASS);
        }
    }

    @Test
    void bitFieldWritesKeepTheOtherBits() {
        var spec = new BitFields().build();
        byte[] in = Packets.eth(0x0800, new byte[40]);
        in[14] = (byte) 0x6f; // version 6, ihl 15
        in[14 + 20 + 12] = (byte) 0x5a; // doff 5, reserved bits 1010
        byte[] out = Interpreter.load(spec).program().run(in).packet();
        assertThat(out[14]).isEqualTo((byte) 0x45);
        assertThat(out[14 + 20 + 12]).isEqualTo((byte) 0x6a);
        in[14 + 20 + 12] = (byte) 0xf0; // doff 15 + 1 wraps to 0 within its 4 bits
        assertThat(Interpreter.load(spec).program().run(in).packet()[14 + 20 + 12]).isEqualTo((byte) 0x00);
        try (var o = KernelRunner.load(spec)) {
            in[14 + 20 + 12] = (byte) 0x5a;
            assertThat(o.program("bit_fields").run(in).dataOut()).isEqualTo(out);
        }
    }
}
