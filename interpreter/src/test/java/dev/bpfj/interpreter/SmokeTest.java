package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void passAll() {
        RunResult r = Programs.run("r0 = 2\nexit");
        assertThat(r.action()).isEqualTo(XdpAction.PASS);
        assertThat(r.output()).isEqualTo(Programs.PACKET);
        assertThat(r.instructions()).isEqualTo(2);
    }

    @Test
    void readsPacket() {
        RunResult r = Programs.run("""
                r2 = *(u32 *)(r1 + 0)
                r3 = *(u32 *)(r1 + 4)
                r4 = r2
                r4 += 14
                if r4 > r3 goto out
                r0 = *(u16 *)(r2 + 12)
                exit
                out:
                r0 = 0
                exit
                """);
        assertThat(r.r0()).isEqualTo(8);
    }
}
