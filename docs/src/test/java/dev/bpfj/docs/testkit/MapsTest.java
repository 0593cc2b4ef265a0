package dev.bpfj.docs.testkit;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.codec.Codec;
import dev.bpfj.core.codec.Codecs;
import dev.bpfj.core.spec.MapRef;
import dev.bpfj.docs.dsl.Events;
import dev.bpfj.docs.dsl.FlowCounter;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RecordCodec;
import dev.bpfj.interpreter.TypedMap;
import dev.bpfj.testing.BpfObjects;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

/** Seeding and reading maps: raw bytes, numbers, records, codecs, MapRef. */
class MapsTest {

    @Test
    void numbersAndBytes() {
        // tag::raw[]
        Interpreter vm = Interpreter.load(BpfObjects.fromClass(FlowCounter.class));
        BpfMap flows = vm.map("flows");
        vm.program().run(PacketBuilder.ethernet().ipv4().udp().build());

        assertThat(flows).hasSize(1);
        BpfMap.Entry entry = flows.entries().get(0);                // key and value as bytes
        assertThat(entry.key()).hasSize(12);
        assertThat(flows.lookup(entry.key())).isPresent();
        // end::raw[]
    }

    // tag::typed[]
    /** flow_key as the program lays it out: network-order fields. */
    record FlowKey(@RecordCodec.BigEndian int saddr, @RecordCodec.BigEndian int daddr,
                   @RecordCodec.BigEndian short sport, @RecordCodec.BigEndian short dport) {}

    static final MapRef<FlowKey, FlowCounter.FlowStats> FLOWS =
            new MapRef<>("flows", RecordCodec.of(FlowKey.class), FlowCounter.STATS.codec());

    @Test
    void recordsThroughCodecs() {
        Interpreter vm = Interpreter.load(BpfObjects.fromClass(FlowCounter.class));
        TypedMap<FlowKey, FlowCounter.FlowStats> flows = vm.map(FLOWS);
        FlowKey dns = new FlowKey(0xc0000201, 0xc6336401, (short) 1234, (short) 53);

        flows.put(dns, new FlowCounter.FlowStats(10, 1000));    // seed
        vm.program().run(PacketBuilder.ethernet().ipv4().udp().srcPort(1234).dstPort(53).payload("q").build());

        assertThat(flows.get(dns)).contains(new FlowCounter.FlowStats(11, 1000 + 43));
        assertThat(flows).containsOnlyKeys(dns);                  // AssertJ's map assertions
    }
    // end::typed[]

    @Test
    void perCpuValues() {
        // tag::percpu[]
        Interpreter vm = Interpreter.builder(BpfObjects.fromClass(com.example.counting.CountAll.class)).cpus(2).build();
        vm.program().run(PacketBuilder.ethernet().build());           // on CPU 0
        vm.environment().cpu(1);
        vm.program().run(PacketBuilder.ethernet().build());           // on CPU 1
        vm.program().run(PacketBuilder.ethernet().build());

        BpfMap packets = vm.map("packets");
        assertThat(packets).hasSum(0, 3);                              // summed over CPUs
        assertThat(packets.lookupPerCpu(0).orElseThrow()).hasSize(2);  // one value per CPU
        assertThat(packets.lookupLong(0)).isEqualTo(2);                // the current CPU's (1)
        // end::percpu[]
    }

    @Test
    void ringBufferRecords() {
        // tag::ringbuf[]
        Interpreter vm = Interpreter.load(BpfObjects.fromClass(Events.class));
        vm.program().run(PacketBuilder.ethernet().ipv4().src("192.0.2.9").udp().build());

        Codec<Events.Event> events = Events.EVENT.codec();
        assertThat(vm.map("events").drain()).map(events::decode)
                .containsExactly(new Events.Event(0xc0000209, 42, (short) 17));
        // end::ringbuf[]
        assertThat(Codecs.U32.size()).isEqualTo(4);
    }
}
