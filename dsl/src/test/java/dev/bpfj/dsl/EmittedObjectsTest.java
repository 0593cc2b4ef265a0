package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every sample, written as an ELF object by the emitter, is loaded by libbpf (bpftool) and runs. */
class EmittedObjectsTest {
    @Test
    void libbpfLoadsEverySample() throws Exception {
        byte[] pkt = Packets.eth(0x0800, Packets.udp4(Packets.ip(10, 0, 0, 1), Packets.ip(10, 0, 0, 2), 1, 2, new byte[4]));
        for (Supplier<XdpProgram> s : SampleSizesTest.SAMPLES) {
            ObjectSpec spec = s.get().build();
            String name = spec.programs().get(0).name();
            try (Bpftool b = Bpftool.load(spec)) {
                int rc = b.run(name, pkt);
                assertThat(rc).as(name).isBetween(0, 4);
            }
        }
    }
}
