package dev.bpfj.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecodeErrorsTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void unknownOpcodeNamesTheInstructionIndex() {
        byte[] code = bytes(0xb7, 0, 0, 0, 0, 0, 0, 0, 0x8e, 0, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> InstructionCodec.decode(code))
                .isInstanceOf(BpfFormatException.class)
                .hasMessageContaining("insn 1")
                .hasMessageContaining("unknown opcode 8e");
    }

    @Test
    void lddwWithoutSecondSlotIsRejected() {
        assertThatThrownBy(() -> InstructionCodec.decode(bytes(0x18, 1, 0, 0, 1, 0, 0, 0)))
                .isInstanceOf(BpfFormatException.class)
                .hasMessageContaining("insn 0")
                .hasMessageContaining("invalid bpf_ld_imm64 insn");
    }

    @Test
    void lddwWithBusySecondSlotIsRejected() {
        byte[] code = bytes(0xb7, 0, 0, 0, 0, 0, 0, 0, 0x18, 1, 0, 0, 1, 0, 0, 0, 0x95, 0, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> InstructionCodec.decode(code))
                .isInstanceOf(BpfFormatException.class)
                .hasMessageContaining("insn 1")
                .hasMessageContaining("second slot");
    }

    @Test
    void reservedFieldsAreRejectedWithTheKernelsMessage() {
        // exit with dst = 1
        assertThatThrownBy(() -> InstructionCodec.decode(bytes(0x95, 1, 0, 0, 0, 0, 0, 0)))
                .hasMessageContaining("BPF_EXIT uses reserved fields");
        // add64 r0, r1 with imm = 1
        assertThatThrownBy(() -> InstructionCodec.decode(bytes(0x0f, 0x10, 0, 0, 1, 0, 0, 0)))
                .hasMessageContaining("BPF_ALU uses reserved fields");
        // ldxw with imm
        assertThatThrownBy(() -> InstructionCodec.decode(bytes(0x61, 0x10, 0, 0, 1, 0, 0, 0)))
                .hasMessageContaining("BPF_LDX uses reserved fields");
        // lenient decoding keeps it
        assertThat(InstructionCodec.decode(bytes(0x95, 1, 0, 0, 0, 0, 0, 0), 0, 8, ByteOrder.LITTLE_ENDIAN, false))
                .hasSize(1);
    }

    @Test
    void lengthNotAMultipleOfEightIsRejected() {
        assertThatThrownBy(() -> InstructionCodec.decode(new byte[12]))
                .isInstanceOf(BpfFormatException.class)
                .hasMessageContaining("not a multiple of 8");
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButTheTypedError() {
        Random random = new Random(42);
        int decoded = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] b = new byte[8 * (1 + random.nextInt(6))];
            random.nextBytes(b);
            try {
                decoded += InstructionCodec.decode(b).size();
            } catch (BpfFormatException expected) {
                assertThat(expected.getMessage()).startsWith("insn ");
            }
        }
        assertThat(decoded).isPositive();
    }
}
