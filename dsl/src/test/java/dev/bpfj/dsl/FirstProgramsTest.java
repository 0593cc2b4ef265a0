package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.samples.DropUdpPort;
import dev.bpfj.samples.PassAll;
import org.junit.jupiter.api.Test;

class FirstProgramsTest {
    @Test
    void passAll() {
        ObjectSpec o = new PassAll().build();
        System.out.println(o.programs().get(0));
        assertThat(o.programs().get(0).slotCount()).isEqualTo(2);
    }

    @Test
    void dropUdp() {
        ObjectSpec o = new DropUdpPort().build();
        System.out.println(o.programs().get(0));
        try (LoadedObject lo = KernelRunner.load(o)) {
            var p = lo.program("drop_udp_port");
            byte[] hit = Packets.eth(0x0800, Packets.udp4(Packets.ip(10, 0, 0, 1), Packets.ip(10, 0, 0, 2), 1234, 9999, new byte[10]));
            byte[] miss = Packets.eth(0x0800, Packets.udp4(Packets.ip(10, 0, 0, 1), Packets.ip(10, 0, 0, 2), 1234, 53, new byte[10]));
            assertThat(p.run(hit).retval()).isEqualTo(1);
            assertThat(p.run(miss).retval()).isEqualTo(2);
            System.out.println(p.verdict().processedInsns());
        }
    }
}
