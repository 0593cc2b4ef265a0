package dev.bpfj.testing;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.Coverage;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.interpreter.TypedMap;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;

/**
 * AssertJ entry points for BPF tests; import statically next to (or instead of) AssertJ's.
 *
 * <pre>{@code
 * import static dev.bpfj.testing.BpfAssertions.assertThat;
 *
 * assertThat(xdp.run(packet)).returns(XdpAction.DROP);
 * assertThat(vm.map("drops")).containsEntry(0, 1L);
 * }</pre>
 */
public final class BpfAssertions {
    private BpfAssertions() {}

    public static RunResultAssert assertThat(RunResult actual) {
        return new RunResultAssert(actual);
    }

    public static BpfMapAssert assertThat(BpfMap actual) {
        return new BpfMapAssert(actual);
    }

    /** A typed map as a Java map, with AssertJ's map assertions. */
    public static <K, V> MapAssert<K, V> assertThat(TypedMap<K, V> actual) {
        return Assertions.assertThat(actual.toMap());
    }

    public static CoverageAssert assertThat(Coverage actual) {
        return new CoverageAssert(actual);
    }

    public static ObjectSpecAssert assertThat(ObjectSpec actual) {
        return new ObjectSpecAssert(actual);
    }

    /** Packet bytes, with failures that show the packets decoded. */
    public static PacketAssert assertThatPacket(byte[] actual) {
        return new PacketAssert(actual);
    }
}
