package dev.bpfj.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AsmParserTest {

    @Test
    void parsesLabelsForwardAndBackward() {
        List<Instruction> insns = AsmParser.parse("""
                start:
                    r0 = 0
                loop:
                    r0 += 1
                    if r0 < 10 goto loop
                    if r0 == 10 goto out   ; comment
                    r1 = 0x1 ll
                out:
                    exit
                """);
        assertThat(insns).extracting(Disassembler::format).containsExactly(
                "r0 = 0", "r0 += 1", "if r0 < 10 goto -2", "if r0 == 10 goto +2", "r1 = 0x1 ll", "exit");
    }

    @Test
    void acceptsLlvmObjdumpSyntax() {
        List<Instruction> insns = AsmParser.parse("""
                       0:	r7 = *(u32 *)(r1 + 0x4)
                       2:	*(u32 *)(r10 - 0x4) = 0x0
                       5:	r1 = 0x0 ll
                       7:	call 0x1
                       8:	if r0 == 0x0 goto +0xa <prog+0x98>
                      10:	lock *(u64 *)(r0 + 0x0) += r1
                      12:	r1 = atomic_fetch_or((u64 *)(r0 + 0x0), r1)
                      16:	r0 = cmpxchg_64(r3 + 0x0, r0, r2)
                      18:	r1 = xchg_64(r3 + 0x0, r1)
                      24:	w2 = (s8)w1
                      25:	if w2 s> -0x4 goto +0x2 <prog+0xe0>
                      33:	goto -0x7 <prog+0xd8>
                """);
        assertThat(insns).extracting(Disassembler::format).containsExactly(
                "r7 = *(u32 *)(r1 + 4)",
                "*(u32 *)(r10 - 4) = 0",
                "r1 = 0x0 ll",
                "call bpf_map_lookup_elem",
                "if r0 == 0 goto +10",
                "lock *(u64 *)(r0 + 0) += r1",
                "r1 = atomic_fetch_or((u64 *)(r0 + 0), r1)",
                "r0 = cmpxchg_64(r3 + 0, r0, r2)",
                "r1 = xchg_64(r3 + 0, r1)",
                "w2 = (s8)w1",
                "if w2 s> -4 goto +2",
                "goto -7");
    }

    @Test
    void objdumpAnnotationsAfterLessThanComparisons() {
        assertThat(AsmParser.parseInstruction("if w1 s< 0x3c goto +0x17 <xdp_sub_main+0xe8>").toString())
                .isEqualTo("if w1 s< 60 goto +23");
        assertThat(AsmParser.parseInstruction("if r2 <= r3 goto -0x2 <f>").toString()).isEqualTo("if r2 <= r3 goto -2");
    }

    @Test
    void acceptsKernelLogCallSyntax() {
        assertThat(AsmParser.parseInstruction("call bpf_xdp_adjust_head#44").imm()).isEqualTo(44);
        assertThat(AsmParser.parseInstruction("call xdp_adjust_head").imm()).isEqualTo(44);
    }

    @Test
    void localCallToALabel() {
        List<Instruction> insns = AsmParser.parse("""
                call helper_fn
                exit
                helper_fn:
                r0 = 1
                exit
                """);
        assertThat(insns.get(0).isLocalCall()).isTrue();
        assertThat(insns.get(0).imm()).isEqualTo(1);
        assertThat(insns.get(0).reference()).isEqualTo("helper_fn");
    }

    @Test
    void thirtyTwoBitImmediatesWrap() {
        assertThat(AsmParser.parseInstruction("w0 = 0xffffffff").imm()).isEqualTo(-1);
        assertThat(AsmParser.parseInstruction("r0 &= 0xffffffff").imm()).isEqualTo(-1);
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> AsmParser.parse("r0 = 1\nr0 +== 2\nexit"))
                .isInstanceOf(BpfParseException.class)
                .hasMessageContaining(":2:")
                .hasMessageContaining("r0 +== 2");
        assertThatThrownBy(() -> AsmParser.parse("goto nowhere\nexit"))
                .hasMessageContaining("undefined label 'nowhere'");
        assertThatThrownBy(() -> AsmParser.parse("r11 = 1"))
                .hasMessageContaining("no register r11");
        assertThatThrownBy(() -> AsmParser.parse("r0 += w1"))
                .hasMessageContaining("mix 64-bit");
    }

    @Test
    void recordsSourceLines() {
        AsmParser.Result r = AsmParser.parse("; header\nr0 = 2\n\nexit\n", "pass.s");
        assertThat(r.instructions()).extracting(i -> i.source().line()).containsExactly(2, 4);
        assertThat(r.instructions().get(0).source().toString()).isEqualTo("pass.s:2");
    }
}
