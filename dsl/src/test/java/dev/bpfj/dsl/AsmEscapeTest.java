package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.interpreter.Interpreter;
import org.junit.jupiter.api.Test;

/** Raw instructions inside a typed program: inputs in r1.., result in r0, r0..r5 only. */
class AsmEscapeTest {

    /** Counts the set bits of the EtherType's low byte with a hand-written loop, returns the count. */
    static final class PopCount extends XdpProgram {
        @Override
        protected void body() {
            var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
            var keep = eth.get(Ethernet.TYPE).host(); // a value living across the snippet
            var bits = asm(ScalarType.U32, a -> a
                    .mov(R0, 0)
                    .and(R1, 0xff)
                    .label("loop")
                    .jeq(R1, 0, "end")
                    .mov(R2, R1)
                    .and(R2, 1)
                    .add(R0, R2)
                    .rsh(R1, 1)
                    .ja("loop"), keep);
            when(keep.eq(0x0800)).ret(bits.add(100));
            ret(bits);
        }
    }

    @Test
    void aSnippetComputesWithTheProgramsValues() {
        var spec = new PopCount().build();
        Interpreter vm = Interpreter.load(spec);
        assertThat(vm.program().run(Packets.eth(0x86dd, new byte[40])).returnValue()).isEqualTo(Integer.bitCount(0xdd));
        assertThat(vm.program().run(Packets.eth(0x0800, new byte[20])).returnValue()).isEqualTo(100);
        try (var o = KernelRunner.load(spec)) {
            assertThat(o.program("pop_count").run(Packets.eth(0x86dd, new byte[40])).retval()).isEqualTo(Integer.bitCount(0xdd));
        }
        assertThat(spec.programs().get(0).instructions()).allSatisfy(i ->
                assertThat(i.source().fileName()).endsWith("AsmEscapeTest.java"));
    }

    @Test
    void snippetsKeepTheirRules() {
        class UsesR6 extends XdpProgram {
            @Override
            protected void body() {
                asm(null, a -> a.mov(dev.bpfj.core.Register.R6, 1));
                ret(PASS);
            }
        }
        assertThatThrownBy(() -> new UsesR6().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("an asm(...) snippet uses r0..r5 only; r6 holds the program's values");
        class Exits extends XdpProgram {
            @Override
            protected void body() {
                asm(null, a -> a.mov(R0, 1).exit());
                ret(PASS);
            }
        }
        assertThatThrownBy(() -> new Exits().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("cannot exit");
        class UnknownMap extends XdpProgram {
            @Override
            protected void body() {
                asm(null, a -> a.ldMap(R1, "nowhere"));
                ret(PASS);
            }
        }
        assertThatThrownBy(() -> new UnknownMap().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("unknown map 'nowhere'");
    }
}
