package dev.bpfj.testing;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.core.codec.Codecs;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.RecordCodec;
import dev.bpfj.interpreter.TypedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A clang-built object from the class path, through the programmatic extension and typed maps. */
class ClangObjectTest {
    @RegisterExtension
    final BpfExtension bpf = BpfExtension.ofResource("fixtures/hash_percpu.o");

    /** {@code struct flow_stats} of hash_percpu.c. */
    record FlowStats(long packets, long bytes, int blocked, int pad) {}

    static byte[] from(String src, int length) {
        return PacketBuilder.ethernet().ipv4().src(src).udp().payloadOfLength(length - 42).build();
    }

    @Test
    void countsPerSourceAndDropsBlockedOnes() {
        BpfProgram xdp = bpf.program();
        TypedMap<Integer, FlowStats> flows = bpf.map("flows").as(Codecs.BE32, RecordCodec.of(FlowStats.class));
        assertThat(xdp.run(from("10.0.0.7", 100))).passes();
        assertThat(xdp.run(from("10.0.0.7", 60))).passes();
        assertThat(flows).containsEntry(0x0a000007, new FlowStats(2, 160, 0, 0));
        flows.put(0x0a000008, new FlowStats(0, 0, 1, 0));
        assertThat(xdp.run(from("10.0.0.8", 64))).returns(XdpAction.DROP);
        BpfMap packets = bpf.map("packets");
        assertThat(packets).hasSum(0, 3);
    }

    @Test
    void coverageShowsWhatTheTestsReached() {
        BpfProgram xdp = bpf.program();
        var first = xdp.run(dev.bpfj.interpreter.XdpInput.of(from("10.0.0.1", 64)).withCoverage()).coverage();
        var second = xdp.run(dev.bpfj.interpreter.XdpInput.of(from("10.0.0.1", 64)).withCoverage()).coverage();
        var both = first.merge(second);
        assertThat(both.ratio()).isGreaterThan(first.ratio());
        assertThat(both.lines()).isNotEmpty();
        assertThat(both.lines().keySet()).anyMatch(l -> l.fileName().equals("hash_percpu.c"));
        assertThat(both).coversAtLeast(0.5);
    }
}
