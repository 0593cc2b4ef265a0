package dev.bpfj.testing;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.ArrayMap;
import dev.bpfj.dsl.HashTable;
import dev.bpfj.dsl.ScalarType;
import dev.bpfj.dsl.Value;
import dev.bpfj.dsl.Xdp;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Icmp;
import dev.bpfj.dsl.headers.IpProto;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.dsl.headers.Ipv6;
import dev.bpfj.dsl.headers.Udp;
import dev.bpfj.dsl.headers.Vlan;
import dev.bpfj.interpreter.RandomPackets;
import dev.bpfj.interpreter.Twin;
import dev.bpfj.interpreter.XdpInput;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs written with bpfj's Java DSL — so emitted by bpfj, not clang — run on generated packets
 * in Linux and in the interpreter: same verdicts, output packets and maps.
 */
class DslParityTest {
    static final int PACKETS = 600;

    /** Drops UDP to 9999, counting drops per CPU and packets per IPv4 source. */
    @Xdp(name = "count_drop", license = "GPL")
    static final class CountDrop extends XdpProgram {
        final ArrayMap drops = perCpuArray("drops", ScalarType.U64, 1);
        final HashTable sources = hash("sources", ScalarType.U32, ScalarType.U64, 32);

        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            var src = ip.get(Ipv4.SRC);
            sources.lookup(src).ifPresent(c -> c.increment())
                    .otherwise(() -> sources.update(src, Value.of(ScalarType.U64, 1), 1));
            when(ip.get(Ipv4.PROTOCOL).ne(IpProto.UDP)).ret(PASS);
            var udp = ip.payload(Udp.LAYOUT).orReturn(PASS);
            when(udp.get(Udp.DEST).eq(9999), () -> {
                drops.lookup(0).ifPresent(c -> c.increment());
                ret(DROP);
            });
            ret(PASS);
        }
    }

    /** Answers ICMP echo requests: type becomes reply, checksum patched, addresses swapped, XDP_TX. */
    @Xdp(name = "echo", license = "GPL")
    static final class Echo extends XdpProgram {
        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            when(eth.get(Ethernet.TYPE).ne(EtherType.IPV4)).ret(PASS);
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            when(ip.get(Ipv4.PROTOCOL).ne(IpProto.ICMP)).ret(PASS);
            var icmp = ip.payload(Icmp.LAYOUT).orReturn(PASS);
            when(icmp.get(Icmp.TYPE).ne(Icmp.ECHO_REQUEST)).ret(PASS);
            icmp.set(Icmp.TYPE, Icmp.ECHO_REPLY);
            checksum().replace16(icmp, Icmp.CHECKSUM, Value.of(ScalarType.BE16, Icmp.ECHO_REQUEST << 8),
                    Value.of(ScalarType.BE16, Icmp.ECHO_REPLY << 8));
            var src = ip.get(Ipv4.SRC);
            ip.set(Ipv4.SRC, ip.get(Ipv4.DST));
            ip.set(Ipv4.DST, src);
            eth.swap(Ethernet.SRC, Ethernet.DST);
            ret(TX);
        }
    }

    /** Pops an 802.1Q tag with bpf_xdp_adjust_head; counts IPv6 packets it sees. */
    @Xdp(name = "vlan_pop", license = "GPL")
    static final class VlanPopCount extends XdpProgram {
        final ArrayMap seen = array("seen", ScalarType.U64, 2);

        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            when(eth.get(Ethernet.TYPE).eq(EtherType.IPV6), () -> {
                var ip6 = eth.next(Ipv6.LAYOUT).orReturn(PASS);
                when(ip6.get(Ipv6.NEXT_HEADER).eq(IpProto.ICMPV6)).then(() -> seen.lookup(1).ifPresent(c -> c.increment()));
                seen.lookup(0).ifPresent(c -> c.increment());
                ret(PASS);
            });
            when(eth.get(Ethernet.TYPE).ne(EtherType.VLAN)).ret(PASS);
            var tag = eth.next(Vlan.LAYOUT).orReturn(PASS);
            var inner = tag.get(Vlan.ENCAPSULATED_PROTO);
            var moved = packet().header(4, Ethernet.LAYOUT).orReturn(PASS);
            moved.copyFrom(eth, Ethernet.DST, Ethernet.SRC);
            moved.set(Ethernet.TYPE, inner);
            when(adjustHead(4).ne(0)).ret(ABORTED);
            ret(PASS);
        }
    }

    static Stream<Arguments> programs() {
        return Stream.of(
                Arguments.of("count_drop", (Supplier<ObjectSpec>) () -> new CountDrop().build()),
                Arguments.of("echo", (Supplier<ObjectSpec>) () -> new Echo().build()),
                Arguments.of("vlan_pop", (Supplier<ObjectSpec>) () -> new VlanPopCount().build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void dslProgramAgreesWithTheKernel(String name, Supplier<ObjectSpec> build) {
        Twin.requireKernel();
        ObjectSpec o = build.get();
        Random r = new Random(name.hashCode());
        try (Twin t = new Twin(o)) {
            for (int i = 0; i < PACKETS; i++) {
                t.assertSame(name, XdpInput.of(RandomPackets.next(r)));
            }
            t.assertMapsSame();
        }
    }
}
