package dev.bpfj.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

/**
 * libbpf loads every object bpfj-maven-plugin wrote (through {@code bpftool prog loadall}, as xdp-loader
 * and {@code ip link} load them: BTF-defined maps, func_info, line_info), and the loaded program returns
 * what the interpreter returns.
 */
class LibbpfLoadTest {
    @Test
    void libbpfLoadsEveryWrittenObject() throws Exception {
        Bpftool.assumeAvailable();
        byte[] packet = PacketBuilder.ethernet().ipv4().udp().dstPort(9999).build();
        for (Class<? extends XdpProgram> sample : Samples.ALL) {
            String name = Samples.name(sample);
            ObjectSpec spec = Samples.written(name);
            try (Bpftool b = Bpftool.loadAll(Samples.writtenBytes(name), name)) {
                assertThat(b.pinned("programs")).as(name).containsExactly(name);
                assertThat(b.pinned("maps")).as(name).containsExactlyInAnyOrderElementsOf(
                        spec.maps().stream().map(MapSpec::name).toList());
                long expected = Interpreter.load(spec).program().run(packet).returnValue();
                assertThat(b.run(name, packet)).as(name).isEqualTo(expected);
            }
        }
    }
}
