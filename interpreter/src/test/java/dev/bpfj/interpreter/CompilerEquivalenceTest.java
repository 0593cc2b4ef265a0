package dev.bpfj.interpreter;

import static dev.bpfj.core.Opcodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JVM-bytecode translation and the decoding loop agree on random programs — including ones
 * that fault (out-of-bounds stack offsets, NULL dereferences, helper misuse), which Linux would not
 * load and so kernel parity cannot cover: same R0 and maps, or the same fault at the same
 * instruction with the same registers. Runs anywhere, no root needed.
 */
class CompilerEquivalenceTest {
    static final int PROGRAMS = 400;

    /** One random instruction that may fault, or a helper call. */
    private static Instruction hazard(Random r) {
        int d = r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> new Instruction(LDX | MEM | DW, d, 10, -8 * (1 + r.nextInt(70)), 0); // may leave the stack
            case 1 -> new Instruction(STX | MEM | W, 10, d, -4 * r.nextInt(140) + 4, 0);
            case 2 -> new Instruction(LDX | MEM | B, d, r.nextInt(10), r.nextInt(64), 0); // a scalar as pointer
            case 3 -> new Instruction(CALL_OP, 0, 0, 0, 5); // ktime: clobbers r1-r5
            case 4 -> new Instruction(CALL_OP, 0, 0, 0, 7); // prandom
            default -> new Instruction(LDX | MEM | W, d, 1, 4 * r.nextInt(8), 0); // ctx fields, some invalid
        };
    }

    /** A tc hazard: LD_ABS/LD_IND in and out of the packet, __sk_buff loads and stores, some invalid. */
    private static Instruction tcHazard(Random r) {
        int d = r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> new Instruction(LD | ABS | H, 0, 0, 0, r.nextInt(120) - 4);
            case 1 -> new Instruction(LD | IND | B, 0, r.nextInt(10), 0, r.nextInt(40));
            case 2 -> new Instruction(LD | ABS | W, 0, 0, 0, -0x100000 + r.nextInt(60));
            case 3 -> new Instruction(STX | MEM | W, 1, d, 4 * r.nextInt(48), 0);
            case 4 -> new Instruction(LDX | MEM | H, d, 1, 2 * r.nextInt(96), 0);
            default -> hazard(r);
        };
    }

    private static String outcome(Interpreter vm) {
        try {
            RunResult r = vm.program().run(Programs.PACKET);
            return "r0=" + Long.toHexString(r.r0()) + " insns=" + r.instructions() + " map="
                    + java.util.HexFormat.of().formatHex(vm.map("out").get(0));
        } catch (BpfRuntimeException e) {
            return e.kind() + " at " + e.slot() + ": " + e.problem() + " | " + e.registers();
        }
    }

    @Test
    void compiledAndLoopingAgree() {
        agree("xdp", 4242);
    }

    /** The same for tc programs on an skb, with LD_ABS/LD_IND and __sk_buff accesses among the hazards. */
    @Test
    void compiledAndLoopingAgreeOnTcPrograms() {
        agree("tc", 4343);
    }

    private static void agree(String section, long seed) {
        boolean tc = section.equals("tc");
        Random r = new Random(seed);
        MapSpec out = MapSpec.builder("out", MapType.ARRAY).keySize(4).valueSize(144).maxEntries(1).build();
        int compiled = 0;
        int faulted = 0;
        for (int i = 0; i < PROGRAMS; i++) {
            List<Instruction> body = new ArrayList<>(AluFuzzParityTest.randomBody(r, true));
            int hazards = r.nextInt(3);
            for (int h = 0; h < hazards; h++) {
                body.add(10 + 16 + r.nextInt(body.size() - 26), tc ? tcHazard(r) : hazard(r));
            }
            body.addAll(AluFuzzParityTest.epilogue());
            ObjectSpec o = new ObjectSpec(List.of(ProgramSpec.of("p", section, body)), List.of(out), "GPL");
            Interpreter fast = Interpreter.builder(o).compileAfter(0).build();
            Interpreter loop = Interpreter.builder(o).compile(false).build();
            String a = outcome(fast);
            String b = outcome(loop);
            assertThat(a).as("program %d:%n%s", i, o.programs().get(0)).isEqualTo(b);
            compiled += fast.isCompiled("p") ? 1 : 0;
            faulted += a.startsWith("r0=") ? 0 : 1;
        }
        assertThat(compiled).as("programs compiled").isGreaterThan(PROGRAMS / 2);
        assertThat(faulted).as("programs that faulted").isGreaterThan(PROGRAMS / 20);
    }
}
