package dev.bpfj.samples;

import static dev.bpfj.testing.BpfAssertions.assertThat;

import dev.bpfj.interpreter.BpfMap;
import dev.bpfj.interpreter.BpfProgram;
import dev.bpfj.interpreter.XdpInput;
import dev.bpfj.testing.BpfTest;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

@BpfTest(program = XskRedirect.class)
class XskRedirectTest {
    final byte[] packet = PacketBuilder.ethernet().ipv4().udp().build();

    @Test
    void handsPacketsToTheSocketOfTheirQueue(BpfProgram xdp, BpfMap xsks) {
        xsks.put(3, 42); // the AF_XDP socket bound to queue 3
        assertThat(xdp.run(XdpInput.of(packet).ingress(2, 3))).redirectsThrough("xsks_map", 3);
    }

    @Test
    void passesPacketsOfQueuesWithoutASocket(BpfProgram xdp, BpfMap xsks) {
        xsks.put(3, 42);
        assertThat(xdp.run(XdpInput.of(packet).ingress(2, 1))).passes();
    }
}
