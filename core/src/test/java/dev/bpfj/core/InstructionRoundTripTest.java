package dev.bpfj.core;

import static dev.bpfj.core.Opcodes.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstructionRoundTripTest {

    /** One or more well-formed instructions for every opcode Linux knows, with every variant field. */
    static List<Instruction> everyForm() {
        List<Instruction> out = new ArrayList<>();
        for (int code = 0; code < 256; code++) {
            if (!Opcodes.isKnown(code)) {
                continue;
            }
            int cls = Opcodes.cls(code);
            int op = Opcodes.op(code);
            boolean x = (code & X) != 0;
            switch (cls) {
                case ALU, ALU64 -> {
                    if (op == NEG) {
                        out.add(new Instruction(code, 3, 0, 0, 0));
                    } else if (op == END) {
                        for (int bits : new int[] {16, 32, 64}) {
                            out.add(new Instruction(code, 4, 0, 0, bits));
                        }
                    } else if (op == MOV && x) {
                        out.add(new Instruction(code, 1, 2, 0, 0));
                        for (int sx : cls == ALU ? new int[] {8, 16} : new int[] {8, 16, 32}) {
                            out.add(new Instruction(code, 1, 2, sx, 0));
                        }
                    } else if (x) {
                        out.add(new Instruction(code, 5, 9, 0, 0));
                        if (op == DIV || op == MOD) {
                            out.add(new Instruction(code, 5, 9, 1, 0));
                        }
                    } else {
                        out.add(new Instruction(code, 6, 0, 0, -7));
                        out.add(new Instruction(code, 6, 0, 0, Integer.MAX_VALUE));
                        if (op == DIV || op == MOD) {
                            out.add(new Instruction(code, 6, 0, 1, 3));
                        }
                    }
                }
                case JMP, JMP32 -> {
                    if (op == JA) {
                        out.add(cls == JMP ? new Instruction(code, 0, 0, -5, 0) : new Instruction(code, 0, 0, 0, 100000));
                    } else if (op == CALL) {
                        out.add(new Instruction(code, 0, 0, 0, 1));
                        out.add(new Instruction(code, 0, 0, 0, 9999));
                        out.add(new Instruction(code, 0, PSEUDO_CALL, 0, 12));
                        out.add(new Instruction(code, 0, PSEUDO_KFUNC_CALL, 0, 54321));
                    } else if (op == EXIT) {
                        out.add(new Instruction(code, 0, 0, 0, 0));
                    } else if (op == JCOND) {
                        out.add(new Instruction(code, 0, 0, 3, 0));
                    } else {
                        out.add(x ? new Instruction(code, 1, 7, 24, 0) : new Instruction(code, 2, 0, -3, -1));
                    }
                }
                case LD -> {
                    if (code == LDDW) {
                        out.add(new Instruction(code, 1, 0, 0, 0x123456789abcdefL));
                        out.add(new Instruction(code, 1, 0, 0, -1L));
                        out.add(new Instruction(code, 2, PSEUDO_MAP_FD, 0, 0, "counters", null));
                        out.add(new Instruction(code, 2, PSEUDO_MAP_VALUE, 0, 16L << 32, ".rodata", null));
                        out.add(new Instruction(code, 2, PSEUDO_MAP_IDX, 0, 3));
                        out.add(new Instruction(code, 2, PSEUDO_MAP_IDX_VALUE, 0, (8L << 32) | 3));
                        out.add(new Instruction(code, 2, PSEUDO_BTF_ID, 0, 77));
                        out.add(new Instruction(code, 2, PSEUDO_FUNC, 0, 5));
                    } else if (Opcodes.mode(code) == ABS) {
                        out.add(new Instruction(code, 0, 0, 0, 12));
                    } else {
                        out.add(new Instruction(code, 0, 3, 0, -2));
                    }
                }
                case LDX -> out.add(new Instruction(code, 0, 10, -8, 0));
                case ST -> out.add(new Instruction(code, 10, 0, -16, -5));
                case STX -> {
                    if (Opcodes.mode(code) == MEM) {
                        out.add(new Instruction(code, 10, 1, -24, 0));
                    } else {
                        int size = Opcodes.size(code);
                        for (AtomicOp a : AtomicOp.values()) {
                            boolean rmw = a != AtomicOp.LOAD_ACQ && a != AtomicOp.STORE_REL;
                            if (rmw && size != W && size != DW) {
                                continue;
                            }
                            int dst = a == AtomicOp.LOAD_ACQ ? 4 : 1;
                            int src = a == AtomicOp.LOAD_ACQ ? 6 : 2;
                            out.add(new Instruction(code, dst, src, 8, a.imm()));
                        }
                    }
                }
                default -> throw new AssertionError(code);
            }
        }
        return out;
    }

    @Test
    void everyKnownOpcodeHasAForm() {
        List<Instruction> forms = everyForm();
        for (int code = 0; code < 256; code++) {
            int c = code;
            if (Opcodes.isKnown(code)) {
                assertThat(forms).as("opcode %02x", code).anyMatch(i -> i.opcode() == c);
            }
        }
        assertThat(forms).hasSizeGreaterThan(150);
    }

    @Test
    void everyFormIsWellFormed() {
        for (Instruction i : everyForm()) {
            assertThat(InstructionChecks.check(i)).as("%s", i).isNull();
        }
    }

    @Test
    void encodeThenDecodeGivesTheSameInstructions() {
        List<Instruction> forms = everyForm();
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            byte[] bytes = InstructionCodec.encode(forms, order);
            assertThat(bytes).hasSize(InstructionCodec.slotCount(forms) * 8);
            List<Instruction> back = InstructionCodec.decode(bytes, 0, bytes.length, order, true);
            assertThat(back).hasSameSizeAs(forms);
            for (int i = 0; i < forms.size(); i++) {
                assertThat(back.get(i).sameEncoding(forms.get(i))).as("%s", forms.get(i)).isTrue();
            }
        }
    }

    @Test
    void disassembleThenParseGivesTheSameInstructions() {
        for (Instruction i : everyForm()) {
            String text = Disassembler.format(i);
            Instruction back = AsmParser.parseInstruction(text);
            assertThat(back.sameEncoding(i)).as("'%s' parsed back as '%s'", text, back).isTrue();
            assertThat(back.reference()).as(text).isEqualTo(i.reference());
        }
    }

    @Test
    void littleEndianWireFormatMatchesTheRfc() {
        // mov64 r1, 2 ; r0 = *(u32 *)(r1 + 4) ; lddw r2, 0x1122334455667788
        byte[] bytes = InstructionCodec.encode(AsmParser.parse("""
                r1 = 2
                r0 = *(u32 *)(r1 + 4)
                r2 = 0x1122334455667788 ll
                """));
        assertThat(bytes).containsExactly(
                0xb7, 0x01, 0, 0, 2, 0, 0, 0,
                0x61, 0x10, 4, 0, 0, 0, 0, 0,
                0x18, 0x02, 0, 0, 0x88, 0x77, 0x66, 0x55,
                0, 0, 0, 0, 0x44, 0x33, 0x22, 0x11);
    }
}
