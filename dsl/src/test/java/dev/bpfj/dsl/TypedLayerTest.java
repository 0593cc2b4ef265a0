package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.Disassembler;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.dsl.headers.EtherType;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.dsl.headers.Ipv4;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Golden instruction sequences of the typed layer, and its build errors with their Java lines. */
class TypedLayerTest {

    private static List<String> listing(XdpProgram p) {
        ProgramSpec spec = p.build().programs().get(0);
        return spec.instructions().stream().map(Disassembler::format).toList();
    }

    private static int line() {
        return new Throwable().getStackTrace()[1].getLineNumber();
    }

    /** A program whose body is given as a lambda, for short tests. */
    static final class Inline extends XdpProgram {
        private final java.util.function.Consumer<Inline> body;
        private final String license;

        Inline(java.util.function.Consumer<Inline> body) {
            this(body, "GPL");
        }

        Inline(java.util.function.Consumer<Inline> body, String license) {
            this.body = body;
            this.license = license;
        }

        @Override
        public String license() {
            return license;
        }

        @Override
        protected void body() {
            body.accept(this);
        }

    }

    @Test
    void networkOrderConstantsAreSwappedAtBuildTime() {
        var code = listing(new Inline(p -> {
            var eth = p.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            p.when(eth.get(Ethernet.TYPE).eq(EtherType.IPV6)).ret(XdpAction.DROP);
            p.ret(XdpAction.PASS);
        }));
        assertThat(code).containsExactly(
                "r3 = *(u32 *)(r1 + 0)",
                "r2 = *(u32 *)(r1 + 4)",
                "r1 = r3",
                "r1 += 14",
                "if r1 > r2 goto +2",
                "r1 = *(u16 *)(r3 + 12)",
                "if r1 == 56710 goto +2",   // 0x86dd in network order is 0xdd86
                "r0 = 2",
                "exit",
                "r0 = 1",
                "exit");
    }

    @Test
    void arithmeticOnNetworkOrderFieldsConvertsToHostOrder() {
        var code = listing(new Inline(p -> {
            var eth = p.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            var ip = eth.next(Ipv4.LAYOUT).orReturn(XdpAction.PASS);
            p.when(ip.get(Ipv4.TOTAL_LENGTH).sub(20).gt(1000)).ret(XdpAction.DROP);
            p.ret(XdpAction.PASS);
        }));
        assertThat(code).containsSubsequence("r1 = *(u16 *)(r3 + 16)", "r1 = be16 r1", "w1 -= 20", "if r1 > 1000 goto +2");
    }

    @Test
    void conditionsShortCircuit() {
        var code = listing(new Inline(p -> {
            var eth = p.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            var t = eth.get(Ethernet.TYPE);
            p.when(t.eq(EtherType.IPV4).or(t.eq(EtherType.IPV6))).ret(XdpAction.DROP);
            p.ret(XdpAction.PASS);
        }));
        assertThat(code).containsSubsequence("if r1 == 8 goto +3", "if r1 == 56710 goto +2", "r0 = 2", "exit", "r0 = 1", "exit");
    }

    @Test
    void variablesCarryValuesOutOfBranches() {
        var code = listing(new Inline(p -> {
            var eth = p.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            var v = p.local(ScalarType.U32, 2);
            p.when(eth.get(Ethernet.TYPE).eq(EtherType.ARP), () -> v.set(1));
            p.ret(v);
        }));
        assertThat(code).containsSubsequence("r0 = 2", "if r1 != 1544 goto +1", "r0 = 1", "exit");
    }

    @Test
    void perCpuIncrementIsPlainSharedIsAtomic() {
        class Counters extends XdpProgram {
            final ArrayMap perCpu = perCpuArray("a", ScalarType.U64, 1);
            final ArrayMap shared = array("b", ScalarType.U64, 1);

            @Override
            protected void body() {
                perCpu.lookup(0).ifPresent(Ref::increment);
                shared.lookup(0).ifPresent(Ref::increment);
                ret(PASS);
            }
        }
        var code = listing(new Counters());
        assertThat(code).containsSubsequence("r1 = *(u64 *)(r0 + 0)", "r1 += 1", "*(u64 *)(r0 + 0) = r1",
                "r1 = 1", "lock *(u64 *)(r0 + 0) += r1");
    }

    @Test
    void aFieldReadAgainIsNotLoadedAgainUnlessMemoryChanged() {
        var once = listing(new Inline(p -> {
            var eth = p.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            p.when(eth.get(Ethernet.TYPE).eq(1)).ret(XdpAction.DROP);
            p.ret(eth.get(Ethernet.TYPE));
        }));
        assertThat(once.stream().filter(l -> l.matches(".*= \\*\\(u16 \\*\\)\\(r\\d \\+ 12\\)"))).hasSize(1);
        var twice = listing(new Inline(p -> {
            var eth = p.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            p.when(eth.get(Ethernet.TYPE).eq(1)).ret(XdpAction.DROP);
            eth.set(Ethernet.TYPE, eth.get(Ethernet.TYPE).add(1)); // a store: the next read loads again
            p.ret(eth.get(Ethernet.TYPE));
        }));
        assertThat(twice.stream().filter(l -> l.matches(".*= \\*\\(u16 \\*\\)\\(r\\d \\+ 12\\)"))).hasSize(2);
    }

    @Test
    void everyInstructionCarriesAJavaLineOfTheProgram() {
        ObjectSpec o = new DropPort().build();
        for (Instruction i : o.programs().get(0).instructions()) {
            assertThat(i.source()).isNotNull();
            assertThat(i.source().fileName()).isEqualTo("DropPort.java");
            assertThat(i.source().text()).isNotBlank();
        }
    }

    @Test
    void buildsAreDeterministic() {
        assertThat(new DropPort().build()).isEqualTo(new DropPort().build());
        assertThat(new FunctionsTest.WithFunctions().build().programs().get(0).instructions())
                .isEqualTo(new FunctionsTest.WithFunctions().build().programs().get(0).instructions());
    }

    // ---------------------------------------------------------------- build errors

    @Test
    void aViewUsedAfterAdjustHeadIsABuildError() {
        AtomicInteger at = new AtomicInteger();
        AtomicInteger moved = new AtomicInteger();
        var p = new Inline(x -> {
            var eth = x.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            moved.set(line() + 1);
            x.adjustHead(-4);
            at.set(line() + 1);
            eth.get(Ethernet.TYPE);
        });
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .satisfies(e -> assertThat(((BpfBuildException) e).where().line()).isEqualTo(at.get()))
                .hasMessageContaining("ethhdr view")
                .hasMessageContaining("is dead: the packet was moved at TypedLayerTest.java:" + moved.get())
                .hasMessageContaining("take a new view from packet()");
    }

    @Test
    void aValueFromInsideABlockCannotBeUsedOutside() {
        AtomicInteger at = new AtomicInteger();
        var p = new Inline(x -> {
            var eth = x.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            Value[] leak = new Value[1];
            x.when(eth.get(Ethernet.TYPE).eq(1), () -> leak[0] = eth.get(Ethernet.TYPE).add(1));
            at.set(line() + 1);
            x.when(leak[0].eq(3)).ret(XdpAction.DROP);
            x.ret(XdpAction.PASS);
        });
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessageStartingWith("TypedLayerTest.java:" + at.get() + ": the value computed at TypedLayerTest.java:")
                .hasMessageContaining("declare a Var before the block");
    }

    @Test
    void gplOnlyHelpersNeedAGplLicense() {
        AtomicInteger at = new AtomicInteger();
        var p = new Inline(x -> {
            at.set(line() + 1);
            x.trace("hello");
            x.ret(XdpAction.PASS);
        }, "MIT");
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessage("TypedLayerTest.java:" + at.get() + ": bpf_trace_printk is GPL-only and this program's license"
                        + " \"MIT\" is not GPL-compatible; declare license = \"GPL\" (or \"Dual MIT/GPL\", \"Dual BSD/GPL\")");
        assertThat(new Inline(x -> {
            x.trace("hello %d", Value.of(7));
            x.ret(XdpAction.PASS);
        }).build().programs().get(0).slotCount()).isGreaterThan(4);
    }

    @Test
    void aBodyThatCanFallOffItsEndIsABuildError() {
        var p = new Inline(x -> {
            var eth = x.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            x.when(eth.get(Ethernet.TYPE).eq(1)).ret(XdpAction.DROP);
        });
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("can reach the end of body() without returning; end it with ret(XdpAction.PASS)");
    }

    @Test
    void runningOutOfStackIsABuildError() {
        Layout.Builder<Object> b = Layout.builder("big");
        b.bytes("blob", 300);
        Layout<Object> big = b.build();
        AtomicInteger at = new AtomicInteger();
        var p = new Inline(x -> {
            x.struct(big);
            at.set(line() + 1);
            x.struct(big);
            x.ret(XdpAction.PASS);
        });
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessageStartingWith("TypedLayerTest.java:" + at.get() + ": the program needs 608 bytes of stack, more than the kernel's 512");
    }

    @Test
    void arrayElementsCannotBeDeleted() {
        class Deleting extends XdpProgram {
            final ArrayMap counts = perCpuArray("counts", ScalarType.U64, 4);

            @Override
            protected void body() {
                counts.delete(Value.of(1));
                ret(PASS);
            }
        }
        var p = new Deleting();
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("elements of percpu_array map counts cannot be deleted");
    }

    @Test
    void otherwiseMustFollowItsBlock() {
        var p = new Inline(x -> {
            var eth = x.packet().header(Ethernet.LAYOUT).orReturn(XdpAction.PASS);
            var o = x.when(eth.get(Ethernet.TYPE).eq(1), () -> x.ret(XdpAction.DROP));
            x.local(ScalarType.U32, 1);
            o.otherwise(() -> x.ret(XdpAction.TX));
            x.ret(XdpAction.PASS);
        });
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("must directly follow its block");
    }

    @Test
    void egressIfindexOnlyInDevmapPrograms() {
        var p = new Inline(x -> x.ret(x.egressIfindex()));
        assertThatThrownBy(p::build).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("egress_ifindex is readable only in xdp/devmap programs");
    }

    @Test
    void programsCompileByClassName() {
        ObjectSpec o = Programs.compile("dev.bpfj.dsl.DropPort", getClass().getClassLoader());
        assertThat(o.programs()).extracting(ProgramSpec::name).containsExactly("drop_port");
        assertThat(o.maps()).extracting(m -> m.name()).containsExactly("drops");
        assertThat(o.license()).isEqualTo("GPL");
        assertThatThrownBy(() -> Programs.compile("java.lang.String", getClass().getClassLoader()))
                .hasMessageContaining("does not extend XdpProgram");
    }

    private enum XdpAction {
        ;
        static final dev.bpfj.core.XdpAction PASS = dev.bpfj.core.XdpAction.PASS;
        static final dev.bpfj.core.XdpAction DROP = dev.bpfj.core.XdpAction.DROP;
        static final dev.bpfj.core.XdpAction TX = dev.bpfj.core.XdpAction.TX;
    }
}
