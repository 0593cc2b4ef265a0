package dev.bpfj.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The end of getting-started.md on a real kernel: the object the getting-started project wrote is
 * attached with {@code ip link} to a veth pair, datagrams sent from the other namespace to port 9999 are
 * dropped and counted, others arrive, and the counter reads right in {@code bpftool map dump}.
 */
class GettingStartedIT {

    @Test
    void theObjectDropsAndCountsDatagramsToPort9999OnAVethPair() throws Exception {
        VethPair.assumeUsable("ip", "bpftool", "bash");
        try (VethPair veth = new VethPair();
             DatagramSocket other = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(veth.prefix + "1"), 7777))) {
            DocScript script = veth.gettingStarted;
            script.run("attach", VethPair.PROJECT).ok();
            String link = script.run("show", VethPair.PROJECT).ok().out();
            assertThat(link).contains("xdpgeneric").containsPattern("prog/xdp id \\d+ name drop_udp");

            script.run("send", VethPair.PROJECT).ok();
            script.run("send-other", VethPair.PROJECT).ok();
            other.setSoTimeout(3000);
            int received = 0;
            try {
                while (received < 3) {
                    other.receive(new DatagramPacket(new byte[64], 64));
                    received++;
                }
            } catch (SocketTimeoutException e) {
                // counted below
            }
            assertThat(received).as("datagrams to port 7777 that got through").isEqualTo(3);

            // another test may hold a map named "drops" too: dump this program's map by id
            int map = VethPair.firstMap(veth.attachedProgram());
            String dump = Shell.bash(script.own("dump").replace("name drops", "id " + map), VethPair.PROJECT).ok().out();
            assertThat(dump).contains("\"key\": 0");
            assertThat(VethPair.sumOfValues(dump)).as("drops counted over all CPUs").isEqualTo(5);

            script.run("detach", VethPair.PROJECT).ok();
            assertThat(script.run("show", VethPair.PROJECT).ok().out()).doesNotContain("prog/xdp");
        }
    }
}
