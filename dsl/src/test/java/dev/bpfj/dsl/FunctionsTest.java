package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;
import dev.bpfj.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

/** bpf-to-bpf functions and bpf_loop bodies: laid out as subprograms, accepted and run by the kernel. */
class FunctionsTest {

    /** Returns XDP_DROP when the EtherType's first byte plus 2 equals 10 (IPv4, ARP: 0x08 + 2), computed by functions. */
    static final class WithFunctions extends XdpProgram {
        final ArrayMap sums = array("sums", ScalarType.U64, 1);

        final Function addTwo = function("add_two", ScalarType.U32, args -> ret(args.get(0).add(args.get(1))),
                ScalarType.U32, ScalarType.U32);

        final Function etherLow = function("ether_low", ScalarType.U32, args -> {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);  // returns 2 from the function
            ret(eth.get(Ethernet.TYPE).raw().and(0xff));
        });

        @Override
        protected void body() {
            var low = etherLow.call();
            var sum = addTwo.call(low, Value.of(2));
            // bpf_loop adds 0 + 1 + ... + 9 into the map
            bpfLoop(10, i -> sums.lookup(0).ifPresent(v -> v.add(i)));
            when(sum.eq(10)).ret(DROP);
            ret(PASS);
        }
    }

    @Test
    void functionsAreSubprogramsInLoadedForm() {
        ProgramSpec p = new WithFunctions().build().programs().get(0);
        assertThat(p.functions()).extracting(FunctionInfo::name)
                .containsExactly("with_functions", "ether_low", "add_two", "with_functions_loop0");
        assertThat(p.instructions().stream().filter(i -> i.isLocalCall()).count()).isEqualTo(2);
        assertThat(p.instructions().stream().filter(i -> i.opcode() == 0x18 && i.src() == 4).count()).isEqualTo(1);
    }

    @Test
    void functionsAndLoopsRunInTheKernel() {
        // subprograms need BTF func_info, which the kernel loader passes as libbpf does
        try (var o = KernelRunner.load(new WithFunctions().build())) {
            var p = o.program("with_functions");
            byte[] ipv4 = Packets.eth(0x0800, new byte[20]);
            byte[] ipv6 = Packets.eth(0x86dd, new byte[40]); // first byte 0x86
            assertThat(p.run(ipv4).retval()).isEqualTo(1);
            assertThat(p.run(ipv6).retval()).isEqualTo(2);
            byte[] sum = o.map("sums").lookup(new byte[4]).orElseThrow();
            assertThat(sum[0]).isEqualTo((byte) 90); // 0 + 1 + ... + 9 = 45 per run, two runs
        }
    }

    /** Decrements the TTL in a function that receives the IPv4 view; sums five values passed in a struct. */
    static final class ViewsAndStructs extends XdpProgram {
        static final Layout.Builder<ViewsAndStructs> B = Layout.builder("five");
        static final Field<ViewsAndStructs> A = B.u32("a");
        static final Field<ViewsAndStructs> B2 = B.u32("b");
        static final Field<ViewsAndStructs> C = B.u32("c");
        static final Field<ViewsAndStructs> D = B.u32("d");
        static final Field<ViewsAndStructs> E = B.u32("e");
        static final Field<ViewsAndStructs> SUM = B.u32("sum");
        static final Layout<ViewsAndStructs> FIVE = B.build();

        final Function decrementTtl = function("dec_ttl", ScalarType.U32, args -> {
            var ip = args.header(0, Ipv4.LAYOUT);
            ret(checksum().decrementTtl(ip));
        }, Param.header(Ipv4.LAYOUT));

        final Function sum = function("sum_five", ScalarType.U32, args -> {
            var s = args.struct(0, FIVE);
            var total = s.get(A).add(s.get(B2)).add(s.get(C)).add(s.get(D)).add(s.get(E)).add(args.get(1));
            s.set(SUM, total);
            ret(0);
        }, Param.struct(FIVE), ScalarType.U32);

        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            var ttl = decrementTtl.call(ip);
            var five = struct(FIVE);
            five.set(A, 1).set(B2, 2).set(C, 3).set(D, 4).set(E, ttl);
            sum.call(five, 100);
            ip.set(Ipv4.ID, five.get(SUM)); // the caller's view still works, and sees what the function wrote
            ret(PASS);
        }
    }

    @Test
    void functionsTakeHeaderViewsAndStructs() {
        var spec = new ViewsAndStructs().build();
        byte[] in = Packets.eth(0x0800, Packets.ipv4(17, 1, 2, 64, new byte[8]));
        byte[] out = Interpreter.load(spec).program().run(in).packet();
        assertThat(out[22]).isEqualTo((byte) 63);
        assertThat(Packets.u16(out, 18)).isEqualTo(1 + 2 + 3 + 4 + 63 + 100);
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("views_and_structs").run(in).dataOut()).isEqualTo(out);
        }
    }

    /** A function parses the transport header at a cursor the caller moved past IPv4 (options included). */
    static final class CursorArgument extends XdpProgram {
        final Function destPort = function("dest_port", ScalarType.U32, args -> {
            var l4 = args.cursor(0);
            var udp = l4.header(dev.bpfj.dsl.headers.Udp.LAYOUT).orReturn(PASS);   // checked in the function
            l4.advance(8);                                          // its own copy: the caller's stays
            ret(udp.get(dev.bpfj.dsl.headers.Udp.DEST).host());
        }, Param.cursor());

        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            var ip = eth.next(Ipv4.LAYOUT).orReturn(PASS);
            var l4 = eth.cursorAfter();
            l4.setAfter(ip);
            when(destPort.call(l4).eq(9999)).ret(DROP);
            var again = l4.header(dev.bpfj.dsl.headers.Udp.LAYOUT).orReturn(PASS);   // still at the UDP header
            when(again.get(dev.bpfj.dsl.headers.Udp.DEST).eq(53)).ret(TX);
            ret(PASS);
        }
    }

    @Test
    void cursorsArePassedToFunctionsByValue() {
        var spec = new CursorArgument().build();
        byte[] toDrop = Packets.eth(0x0800, Packets.ipv4(17, 1, 2, 64, new byte[] {0, 1, 0x27, 0x0f, 0, 8, 0, 0}));
        byte[] toTx = Packets.eth(0x0800, Packets.ipv4(17, 1, 2, 64, new byte[] {0, 1, 0, 53, 0, 8, 0, 0}));
        byte[] tooShort = Packets.eth(0x0800, Packets.ipv4(17, 1, 2, 64, new byte[4]));
        var program = Interpreter.load(spec).program();
        assertThat(program.run(toDrop).r0()).isEqualTo(1);
        assertThat(program.run(toTx).r0()).isEqualTo(3);
        assertThat(program.run(tooShort).r0()).isEqualTo(2);
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("cursor_argument").run(toDrop).retval()).isEqualTo(1);
            assertThat(o.program("cursor_argument").run(toTx).retval()).isEqualTo(3);
            assertThat(o.program("cursor_argument").run(tooShort).retval()).isEqualTo(2);
        }
    }

    @Test
    void aFunctionThatMovesThePacketKillsTheCallersViews() {
        class Moving extends XdpProgram {
            final Function pop = function("pop", ScalarType.S64, args -> ret(adjustHead(4)));

            @Override
            protected void body() {
                var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
                pop.call();
                when(eth.get(Ethernet.TYPE).eq(1)).ret(DROP);
                ret(PASS);
            }
        }
        assertThatThrownBy(() -> new Moving().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("ethhdr view").hasMessageContaining("is dead: the packet was moved at");
    }

    @Test
    void recursionIsABuildError() {
        class Recursive extends XdpProgram {
            Function self;

            {
                self = function("self", ScalarType.U32, args -> ret(self.call(args.get(0))), ScalarType.U32);
            }

            @Override
            protected void body() {
                ret(self.call(1));
            }
        }
        assertThatThrownBy(() -> new Recursive().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("function self calls itself").hasMessageContaining("BPF has no recursion");
    }

    @Test
    void argumentsAreCheckedAgainstTheParameters() {
        class Wrong extends XdpProgram {
            final Function f = function("f", ScalarType.U32, args -> ret(0), Param.header(Ipv4.LAYOUT));

            @Override
            protected void body() {
                var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
                ret(f.call(eth));
            }
        }
        assertThatThrownBy(() -> new Wrong().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("argument #0 of f must be a header iphdr");
    }

    /** Sums the first 16 packet bytes in a bpf_loop body that reads the packet and the caller's Vars. */
    static final class SumBytes extends XdpProgram {
        static final Layout.Builder<SumBytes> B = Layout.<SumBytes>builder("one").packed();
        static final Field<SumBytes> BYTE = B.u8("byte");
        static final Layout<SumBytes> ONE = B.build();

        @Override
        protected void body() {
            var sum = local(ScalarType.U32, 0);
            var weight = packet().length().and(0); // a value of the caller's, read in the body
            var stopAt = local(ScalarType.U32, 12);
            bpfLoop(16, i -> {
                when(i.ge(stopAt), this::breakLoop);
                packet().header(i, ONE).ifPresent(b -> sum.set(sum.add(b.get(BYTE)).add(weight)));
            });
            ret(sum.and(0xff));
        }
    }

    @Test
    void loopBodiesReachThePacketAndTheCallersValues() {
        var spec = new SumBytes().build();
        byte[] in = new byte[60];
        for (int i = 0; i < in.length; i++) {
            in[i] = (byte) (i + 1);
        }
        int expected = (1 + 12) * 12 / 2; // bytes 1..12: the loop stops at index 12
        assertThat(Interpreter.load(spec).program().run(in).returnValue()).isEqualTo(expected);
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("sum_bytes").run(in).retval()).isEqualTo(expected);
        }
    }

    @Test
    void loopsNestAndSetTheVarsOfTheLoopAroundThem() {
        class Nested extends XdpProgram {
            @Override
            protected void body() {
                var total = local(ScalarType.U32, 0);
                bpfLoop(3, i -> {
                    var inner = local(ScalarType.U32, 0);
                    bpfLoop(4, j -> inner.set(inner.add(1)));
                    total.set(total.add(inner));
                });
                ret(total);
            }
        }
        var spec = new Nested().build();
        assertThat(Interpreter.load(spec).program().run(new byte[20]).returnValue()).isEqualTo(12);
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("nested").run(new byte[20]).retval()).isEqualTo(12);
        }
    }

    @Test
    void aLoopBodyReturnsOnlyGoOnOrStop() {
        class Returning extends XdpProgram {
            @Override
            protected void body() {
                bpfLoop(3, i -> packet().header(Ethernet.LAYOUT).orReturn(PASS));
                ret(PASS);
            }
        }
        assertThatThrownBy(() -> new Returning().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("a bpf_loop body returns 0 (go on) or 1 (stop the loop), not 2");
    }
}
