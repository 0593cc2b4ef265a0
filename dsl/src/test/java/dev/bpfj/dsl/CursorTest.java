package dev.bpfj.dsl;

import static dev.bpfj.dsl.Packets.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.XdpAction;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;
import dev.bpfj.dsl.headers.Udp;
import dev.bpfj.interpreter.Interpreter;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Cursors: one position moved in several branches, parsed once after they merge. */
class CursorTest {

    /** Returns the UDP destination port's low byte (as the action) for IPv4 and IPv6, parsed by one UDP parser. */
    static final class PortLowByte extends XdpProgram {
        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(ABORTED);
            var type = eth.get(Ethernet.TYPE);
            var l4 = eth.cursorAfter();
            var proto = local(ScalarType.U8, 0);
            when(type.eq(EtherType.IPV4), () -> {
                var ip = l4.header(Ipv4.LAYOUT).orReturn(ABORTED);
                proto.set(ip.get(Ipv4.PROTOCOL));
                l4.setAfter(ip);
            }).orWhen(type.eq(EtherType.IPV6), () -> {
                var ip6 = l4.header(Ipv6.LAYOUT).orReturn(ABORTED);
                proto.set(ip6.get(Ipv6.NEXT_HEADER));
                l4.setAfter(ip6);
            });
            when(proto.ne(IpProto.UDP)).ret(ABORTED);
            var udp = l4.header(Udp.LAYOUT).orReturn(ABORTED);
            l4.advance(8); // the view stays where it was taken
            ret(udp.get(Udp.DEST).host().and(0xff));
        }
    }

    static byte[] udp(int port) {
        return new byte[] {0, 1, (byte) (port >> 8), (byte) port, 0, 8, 0, 0};
    }

    static byte[] ipv6(int next, byte[] payload) {
        byte[] h = new byte[40 + payload.length];
        h[0] = 0x60;
        h[5] = (byte) payload.length;
        h[6] = (byte) next;
        h[7] = 64;
        System.arraycopy(payload, 0, h, 40, payload.length);
        return h;
    }

    static byte[] withOptions(byte[] ip, int words) {
        byte[] out = new byte[ip.length + 4 * words];
        System.arraycopy(ip, 0, out, 0, 20);
        out[0] = (byte) (0x45 + words);
        System.arraycopy(ip, 20, out, 20 + 4 * words, ip.length - 20);
        return out;
    }

    @Test
    void bothFamiliesReachTheSameParserAtTheRightPlace() {
        Interpreter vm = Interpreter.load(new PortLowByte().build());
        assertThat(vm.program().run(eth(0x0800, ipv4(17, 1, 2, 64, udp(0x0102)))).returnValue()).isEqualTo(2);
        assertThat(vm.program().run(eth(0x0800, withOptions(ipv4(17, 1, 2, 64, udp(0x0103)), 2))).returnValue()).isEqualTo(3);
        assertThat(vm.program().run(eth(0x86dd, ipv6(17, udp(0x0104)))).returnValue()).isEqualTo(4);
        assertThat(vm.program().run(eth(0x86dd, ipv6(6, udp(0x0104)))).action()).isEqualTo(XdpAction.ABORTED);
        assertThat(vm.program().run(eth(0x0806, udp(0x0105))).action()).isEqualTo(XdpAction.ABORTED);
    }

    @Test
    void aCursorDiesWhenThePacketMoves() {
        AtomicInteger at = new AtomicInteger();
        var p = new TypedLayerTest.Inline(x -> {
            var c = x.packet().cursor();
            x.adjustHead(4);
            at.set(new Throwable().getStackTrace()[0].getLineNumber() + 1);
            c.header(Ethernet.LAYOUT);
        });
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .satisfies(e -> assertThat(((BpfBuildException) e).where().line()).isEqualTo(at.get()))
                .hasMessageContaining("this cursor (made at CursorTest.java:")
                .hasMessageContaining("is dead: the packet was moved at");
    }

    @Test
    void aCursorMadeInsideABlockStaysThere() {
        var p = new TypedLayerTest.Inline(x -> {
            var eth = x.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            Cursor[] leak = new Cursor[1];
            x.when(eth.get(Ethernet.TYPE).eq(1), () -> leak[0] = eth.cursorAfter());
            leak[0].advance(4);
            x.ret(XdpAction.PASS);
        });
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("inside a block and is used outside it; make it before the block and move it inside");
    }

    @Test
    void aComputedAdvanceIsBoundedForTheVerifier() {
        var p = new TypedLayerTest.Inline(x -> {
            var eth = x.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            var c = x.packet().cursor();
            c.advance(eth.get(Ethernet.TYPE).host());
            var next = c.header(Udp.LAYOUT).orReturn(XdpAction.PASS);
            x.ret(next.get(Udp.SOURCE).host().and(0xff));
        });
        var spec = p.build();
        var vm = Interpreter.load(spec);
        byte[] packet = new byte[64];
        packet[13] = 20; // EtherType 20: the cursor moves 20 bytes; source port at 20..21
        packet[21] = 3;
        assertThat(vm.program().run(packet).returnValue()).isEqualTo(3);
        assertThat(spec.programs().get(0).toString()).contains("&= 1023");
    }
}
