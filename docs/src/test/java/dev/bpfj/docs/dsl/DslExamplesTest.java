package dev.bpfj.docs.dsl;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static dev.bpfj.testing.BpfAssertions.assertThatPacket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.codec.Codecs;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RecordCodec;
import dev.bpfj.interpreter.XdpInput;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

/** The DSL guide's programs do what the guide says, and bpfj's verifier accepts each of them. */
class DslExamplesTest {

    static Interpreter load(ObjectSpec spec) {
        assertThat(spec).verifies();
        return Interpreter.load(spec);
    }

    static PacketBuilder.Tcp tcp(String src, int port) {
        return PacketBuilder.ethernet().ipv4().src(src).tcp().dstPort(port);
    }

    @Test
    void synGuardLetsConnectionsOpenOnlyToAllowedPorts() {
        var vm = load(new SynGuard().build());
        var xdp = vm.program();
        assertThat(xdp.run(tcp("192.0.2.7", 443).syn().build())).passes();
        assertThat(xdp.run(tcp("192.0.2.7", 25).syn().build())).drops();
        assertThat(xdp.run(tcp("192.0.2.7", 25).syn().ack(1).build())).passes();   // not an opening
        assertThat(xdp.run(tcp("192.0.2.7", 8080).syn().build())).drops();
        assertThat(xdp.run(tcp("10.1.2.3", 8080).syn().build())).passes();
        assertThat(xdp.run(PacketBuilder.ethernet().ipv4().udp().dstPort(25).build())).passes();
        byte[] truncated = java.util.Arrays.copyOf(tcp("192.0.2.7", 443).syn().build(), 40);
        assertThat(xdp.run(truncated)).drops();
    }

    /** The key as the map holds it: network-order fields, read with RecordCodec's @BigEndian. */
    record Key(@RecordCodec.BigEndian int saddr, @RecordCodec.BigEndian int daddr,
               @RecordCodec.BigEndian short sport, @RecordCodec.BigEndian short dport) {}

    @Test
    void flowCounterCountsPacketsAndBytesPerFlow() {
        var vm = load(new FlowCounter().build());
        byte[] a = PacketBuilder.ethernet().ipv4().src("10.0.0.1").dst("10.0.0.2").udp().srcPort(1000).dstPort(53)
                .payload("hello").build();
        byte[] b = PacketBuilder.ethernet().ipv4().src("10.0.0.3").dst("10.0.0.2").udp().srcPort(1000).dstPort(53).build();
        vm.program().run(a);
        vm.program().run(a);
        vm.program().run(b);
        var flows = vm.map("flows").as(RecordCodec.of(Key.class), FlowCounter.STATS.codec());
        assertThat(flows).hasSize(2)
                .containsEntry(new Key(0x0a000001, 0x0a000002, (short) 1000, (short) 53),
                        new FlowCounter.FlowStats(2, 2L * a.length))
                .containsEntry(new Key(0x0a000003, 0x0a000002, (short) 1000, (short) 53),
                        new FlowCounter.FlowStats(1, b.length));
    }

    @Test
    void udpEchoAnswersInPlaceBehindVlanTags() {
        var vm = load(new UdpEcho().build());
        byte[] request = PacketBuilder.ethernet().src("02:00:00:00:00:0a").dst("02:00:00:00:00:0b").qinq(100, 200)
                .ipv4().src("192.0.2.1").dst("192.0.2.2").udp().srcPort(40000).dstPort(7).payload("ping").build();
        byte[] reply = PacketBuilder.ethernet().src("02:00:00:00:00:0b").dst("02:00:00:00:00:0a").qinq(100, 200)
                .ipv4().src("192.0.2.2").dst("192.0.2.1").udp().srcPort(7).dstPort(40000).payload("ping").build();
        assertThat(vm.program().run(request)).transmits().outputPacket().isEqualTo(reply).hasValidChecksums();
        assertThat(vm.program().run(PacketBuilder.ethernet().vlan(1).vlan(2).vlan(3).ipv4().udp().dstPort(7).build()))
                .passes();
    }

    @Test
    void forwarderDecrementsTheTtlAndRedirectsToThePairedInterface() {
        var vm = load(new Forwarder().build());
        vm.map("ports").put(3, 4);
        vm.environment().time(5_000);
        byte[] p = PacketBuilder.ethernet().ipv4().ttl(64).udp().build();
        assertThat(vm.program().run(XdpInput.of(p).ingress(3))).redirectsTo(4)
                .outputPacket().hasIpv4Ttl(63).hasValidChecksums();
        assertThat(vm.map("last_forward").lookupLong(0)).isEqualTo(5_000);
        assertThat(vm.program().run(XdpInput.of(p).ingress(9))).passes();
        assertThat(vm.program().run(XdpInput.of(PacketBuilder.ethernet().ipv4().ttl(1).udp().build()).ingress(3)))
                .passes().printed("ttl expired on 3\n");
    }

    @Test
    void loopsFunctionsAndBpfLoop() {
        var vm = load(new Loops().build());
        assertThat(vm.program().run(PacketBuilder.ethernet().dst("01:02:03:04:05:06").build())).passes();
        var stats = vm.map("stats");
        assertThat(stats.lookupLong(0)).isEqualTo(1 + 2 + 3 + 4 + 5 + 6);
        assertThat(stats.lookupLong(1)).isEqualTo(1);
        assertThat(stats.lookupLong(2)).isEqualTo(4);
        assertThat(stats.lookupLong(3)).isEqualTo(9);
        assertThat(stats.lookupLong(6)).isEqualTo(1000);
        assertThat(stats.lookupLong(7)).isEqualTo(999L * 1000 / 2);
        assertThat(vm.spec().programs().get(0).functions()).extracting(f -> f.name())
                .containsExactly("loops", "square", "loops_loop0");
    }

    @Test
    void dualStackParsesUdpOnceForBothFamilies() {
        var vm = load(new DualStack().build());
        vm.program().run(PacketBuilder.ethernet().ipv4().options(new byte[] {1, 1, 1, 1}).udp().dstPort(53).build());
        vm.program().run(PacketBuilder.ethernet().ipv6().udp().dstPort(53).build());
        vm.program().run(PacketBuilder.ethernet().ipv6().udp().dstPort(54).build());
        vm.program().run(PacketBuilder.ethernet().ipv6().tcp().dstPort(53).build());
        assertThat(vm.map("dns")).hasSum(4, 1).hasSum(6, 1);
    }

    @Test
    void popCountDropsPacketsWithMoreThanFourTosBits() {
        var vm = load(new PopCount().build());
        assertThat(vm.program().run(PacketBuilder.ethernet().ipv4().tos(0b1011_0001).udp().build())).passes();
        assertThat(vm.program().run(PacketBuilder.ethernet().ipv4().tos(0b1011_1001).udp().build())).drops();
    }

    @Test
    void eventsSendsOneRecordPerIpv4Packet() {
        var vm = load(new Events().build());
        byte[] p = PacketBuilder.ethernet().ipv4().src("192.0.2.1").udp().build();
        assertThat(vm.program().run(p)).passes().ringBufRecords().hasSize(1);
        vm.program().run(PacketBuilder.ethernet().ipv6().udp().build());
        var records = vm.map("events").drain();
        assertThat(records).hasSize(1);
        assertThat(Events.EVENT.codec().decode(records.get(0))).isEqualTo(new Events.Event(0xc0000201, p.length, (short) 17));
        assertThat(Codecs.U32.decode(records.get(0))).isEqualTo(0xc0000201);
    }
}
