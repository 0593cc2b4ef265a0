package dev.bpfj.testing;

import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.TcAction;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import dev.bpfj.interpreter.SkbInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run assertions read as tc for tc results: TC_ACT_* actions, the skb's mark. */
class TcAssertionsTest {
    /** mark += 1; TC_ACT_SHOT for UDP to port 9999, TC_ACT_OK otherwise. */
    static final String TC = """
            r6 = r1
            r2 = *(u32 *)(r1 + 8)
            r2 += 1
            *(u32 *)(r1 + 8) = r2
            r0 = 0
            r0 = *(u16 *)skb[36]
            if r0 != 9999 goto ok
            r0 = 2
            exit
            ok:
            r0 = 0
            exit
            """;

    private static RunResult run(byte[] packet, int mark) {
        ObjectSpec o = new ObjectSpec(List.of(ProgramSpec.of("tc_mark", "tc", AsmParser.parse(TC))), List.of(), "GPL");
        return Interpreter.load(o).program("tc_mark").run(SkbInput.of(packet).mark(mark));
    }

    @Test
    void tcActionsAndMark() {
        assertThat(run(PacketBuilder.ethernet().ipv4().udp().dstPort(9999).build(), 4)).drops()
                .returns(TcAction.SHOT).hasMark(5);
        assertThat(run(PacketBuilder.ethernet().ipv4().udp().dstPort(53).build(), 0)).passes().hasMark(1);
    }

    @Test
    void failuresNameTheTcAction() {
        RunResult r = run(PacketBuilder.ethernet().ipv4().udp().dstPort(9999).build(), 0);
        assertThatThrownBy(() -> assertThat(r).passes())
                .hasMessageContaining("to return TC_ACT_OK but it returned TC_ACT_SHOT");
        assertThatThrownBy(() -> assertThat(r).hasMark(7)).hasMessageContaining("skb->mark = 0x7 but it is 0x1");
    }
}
