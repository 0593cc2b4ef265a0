package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every instruction form with the edge cases RFC 9669 and the kernel pin down: each case is a
 * program and the R0 it must leave.
 */
class IsaTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // ---- immediates are sign-extended for ALU64, taken as 32 bits for ALU ----
                c("mov64 negative imm", "r0 = -10", 0xFFFF_FFFF_FFFF_FFF6L),
                c("mov32 negative imm zero-extends", "w0 = -10", 0xFFFF_FFF6L),
                c("add64 negative imm", "r0 = 1\nr0 += -1", 0),
                c("add32 wraps and zero-extends", "r0 = -1\nw0 += 2", 1),
                c("and64 with imm -1 is a no-op", "r0 = 0x123456789abcdef0 ll\nr0 &= -1", 0x1234_5678_9abc_def0L),
                c("and64 with 0xffffffff as imm is a no-op too", "r0 = 0x123456789abcdef0 ll\nr0 &= 0xffffffff",
                        0x1234_5678_9abc_def0L),
                c("lddw keeps both halves unsigned", "r0 = 0xffffffff ll", 0xFFFF_FFFFL),
                c("lddw full 64 bits", "r0 = 0x8000000000000001 ll", 0x8000_0000_0000_0001L),
                c("sub64", "r0 = 3\nr1 = 5\nr0 -= r1", -2),
                c("sub32", "r0 = 3\nr1 = 5\nw0 -= w1", 0xFFFF_FFFEL),
                c("mul64", "r0 = 0x100000001 ll\nr0 *= 3", 0x3_0000_0003L),
                c("mul32 truncates", "r0 = 0x10000\nw0 *= 0x10000", 0),
                c("mul32 INT_MIN * -1", "w0 = 0x80000000\nw0 *= -1", 0x8000_0000L),
                c("mul64 INT_MIN * -1", "r0 = 0x8000000000000000 ll\nr0 *= -1", Long.MIN_VALUE),
                c("or/xor", "r0 = 0xf0\nr0 |= 0x0f\nr0 ^= 0x3c", 0xc3),
                c("or32 clears the upper half", "r0 = -1\nw0 |= 0", 0xFFFF_FFFFL),
                // ---- division and modulo ----
                c("div64 unsigned", "r0 = -1\nr0 /= 2", 0x7FFF_FFFF_FFFF_FFFFL),
                c("div64 by negative imm divides by the sign-extended value", "r0 = 100\nr0 /= -10", 0),
                c("div64 max by negative imm", "r0 = -1\nr0 /= -10", 1),
                c("div32 by -1 imm divides by 0xffffffff", "w0 = -1\nw0 /= -1", 1),
                c("div64 by zero register is 0", "r0 = 77\nr1 = 0\nr0 /= r1", 0),
                c("div32 by zero register is 0", "r0 = -1\nr1 = 0\nw0 /= w1", 0),
                c("div32 uses the low half of the divisor", "r0 = 100\nr1 = 0x100000000 ll\nw0 /= w1", 0),
                c("mod64 unsigned", "r0 = -1\nr0 %= 10", Long.remainderUnsigned(-1L, 10)),
                c("mod64 by zero keeps the dividend", "r0 = 0x123456789 ll\nr1 = 0\nr0 %= r1", 0x1_2345_6789L),
                c("mod32 by zero keeps the low half, clears the upper", "r0 = 0x100000003 ll\nr1 = 0\nw0 %= w1", 3),
                c("sdiv64", "r0 = -7\nr1 = 2\nr0 s/= r1", -3),
                c("sdiv64 INT_MIN by -1", "r0 = 0x8000000000000000 ll\nr1 = -1\nr0 s/= r1", Long.MIN_VALUE),
                c("sdiv64 imm INT_MIN by -1", "r0 = 0x8000000000000000 ll\nr0 s/= -1", Long.MIN_VALUE),
                c("sdiv32 INT_MIN by -1", "w0 = 0x80000000\nw1 = -1\nw0 s/= w1", 0x8000_0000L),
                c("sdiv32 by zero is 0", "w0 = -5\nw1 = 0\nw0 s/= w1", 0),
                c("sdiv64 by zero is 0", "r0 = -5\nr1 = 0\nr0 s/= r1", 0),
                c("smod64 -13 by 3", "r0 = -13\nr0 s%= 3", -1),
                c("smod32 -13 by 3", "w0 = -13\nw0 s%= 3", 0xFFFF_FFFFL),
                c("smod64 by -1 is 0", "r0 = 0x8000000000000000 ll\nr1 = -1\nr0 s%= r1", 0),
                c("smod32 INT_MIN by -1 is 0", "w0 = 0x80000000\nw0 s%= -1", 0),
                c("smod32 -10 by 0 keeps the low half", "r0 = -10\nr1 = 0\nw0 s%= w1", 0xFFFF_FFF6L),
                c("smod64 -10 by 0 keeps the dividend", "r0 = -10\nr1 = 0\nr0 s%= r1", -10),
                c("smod64 positive by negative", "r0 = 13\nr0 s%= -3", 1),
                // ---- shifts ----
                c("lsh64 by register 64 is masked to 0", "r0 = 1\nr1 = 64\nr0 <<= r1", 1),
                c("lsh64 by register 65 is masked to 1", "r0 = 1\nr1 = 65\nr0 <<= r1", 2),
                c("lsh32 by register 33 is masked to 1", "r0 = 1\nr1 = 33\nw0 <<= w1", 2),
                c("lsh32 drops bits and zero-extends", "r0 = 0x80000001 ll\nw0 <<= 1", 2),
                c("rsh64 is logical", "r0 = -1\nr0 >>= 60", 0xf),
                c("rsh32 works on the low half", "r0 = -1\nw0 >>= 28", 0xf),
                c("arsh64", "r0 = -16\nr0 s>>= 2", -4),
                c("arsh32 of 0x80000000 by 4", "w0 = 0x80000000\nw0 s>>= 4", 0xF800_0000L),
                c("arsh32 by register masks to 31", "w0 = 0x80000000\nw1 = 36\nw0 s>>= w1", 0xF800_0000L),
                // ---- neg ----
                c("neg64", "r0 = 5\nr0 = -r0", -5),
                c("neg32", "r0 = 5\nw0 = -w0", 0xFFFF_FFFBL),
                c("neg64 INT_MIN", "r0 = 0x8000000000000000 ll\nr0 = -r0", Long.MIN_VALUE),
                c("neg32 INT_MIN", "w0 = 0x80000000\nw0 = -w0", 0x8000_0000L),
                // ---- mov and movsx ----
                c("mov32 register zero-extends", "r1 = -1\nw0 = w1", 0xFFFF_FFFFL),
                c("movsx64 s8", "r1 = 0x80\nr0 = (s8)r1", 0xFFFF_FFFF_FFFF_FF80L),
                c("movsx64 s16", "r1 = 0x8000\nr0 = (s16)r1", 0xFFFF_FFFF_FFFF_8000L),
                c("movsx64 s32", "r1 = 0x80000000 ll\nr0 = (s32)r1", 0xFFFF_FFFF_8000_0000L),
                c("movsx32 s8 zero-extends to 64", "r1 = 0x80\nw0 = (s8)w1", 0xFFFF_FF80L),
                c("movsx32 s16", "r1 = 0x18000\nw0 = (s16)w1", 0xFFFF_8000L),
                c("movsx64 s8 of a positive byte", "r1 = 0x17f\nr0 = (s8)r1", 0x7f),
                // ---- byte swaps with garbage above ----
                c("le16", "r0 = 0x1122334455667788 ll\nr0 = le16 r0", 0x7788),
                c("le32", "r0 = 0x1122334455667788 ll\nr0 = le32 r0", 0x5566_7788L),
                c("le64", "r0 = 0x1122334455667788 ll\nr0 = le64 r0", 0x1122_3344_5566_7788L),
                c("be16", "r0 = 0x1122334455667788 ll\nr0 = be16 r0", 0x8877),
                c("be32", "r0 = 0x1122334455667788 ll\nr0 = be32 r0", 0x8877_6655L),
                c("be64", "r0 = 0x1122334455667788 ll\nr0 = be64 r0", 0x8877_6655_4433_2211L),
                c("bswap16", "r0 = 0x1122334455667788 ll\nr0 = bswap16 r0", 0x8877),
                c("bswap32", "r0 = 0x1122334455667788 ll\nr0 = bswap32 r0", 0x8877_6655L),
                c("bswap64", "r0 = 0x1122334455667788 ll\nr0 = bswap64 r0", 0x8877_6655_4433_2211L),
                // ---- jumps ----
                c("jeq K compares with the sign-extended imm", "r1 = 0xffffffff80000000 ll\nr0 = 1\n"
                        + "if r1 == -2147483648 goto +1\nr0 = 0", 1),
                c("jeq K does not match the zero-extended value", "r1 = 0x80000000 ll\nr0 = 1\n"
                        + "if r1 == -2147483648 goto +1\nr0 = 0", 0),
                c("jgt K unsigned against sign-extended imm", "r1 = 5\nr0 = 1\nif r1 > -1 goto +1\nr0 = 0", 0),
                c("jsgt K signed", "r1 = 5\nr0 = 1\nif r1 s> -1 goto +1\nr0 = 0", 1),
                c("jge/jlt/jle", "r1 = 5\nr0 = 0\nif r1 >= 5 goto +1\nexit\nif r1 < 6 goto +1\nexit\n"
                        + "if r1 <= 5 goto +1\nexit\nr0 = 1", 1),
                c("jsge/jslt/jsle", "r1 = -5\nr0 = 0\nif r1 s>= -5 goto +1\nexit\nif r1 s< -4 goto +1\nexit\n"
                        + "if r1 s<= -5 goto +1\nexit\nr0 = 1", 1),
                c("jset", "r1 = 6\nr0 = 0\nif r1 & 2 goto +1\nexit\nif r1 & 1 goto +1\nr0 = 1", 1),
                c("jne X", "r1 = 6\nr2 = 7\nr0 = 0\nif r1 != r2 goto +1\nexit\nr0 = 1", 1),
                c("X-form unsigned compares", "r1 = -1\nr2 = 1\nr0 = 0\nif r1 > r2 goto +1\nexit\n"
                        + "if r2 < r1 goto +1\nexit\nif r1 s< r2 goto +1\nexit\nr0 = 1", 1),
                c("jmp32 compares the low halves", "r1 = 0x100000005 ll\nr0 = 0\nif w1 == 5 goto +1\nexit\nr0 = 1", 1),
                c("jmp32 signed", "r1 = 0xffffffff ll\nr0 = 0\nif w1 s< 0 goto +1\nexit\nr0 = 1", 1),
                c("jmp32 unsigned imm as u32", "r1 = 0xfffffffe ll\nr0 = 0\nif w1 < -1 goto +1\nexit\nr0 = 1", 1),
                c("jmp32 X", "r1 = 0x100000003 ll\nr2 = 0x200000003 ll\nr0 = 0\nif w1 == w2 goto +1\nexit\nr0 = 1", 1),
                c("jmp32 jset", "r1 = 0x100000000 ll\nr0 = 1\nif w1 & -1 goto +1\nr0 = 0", 0),
                c("ja backwards", "r0 = 0\ngoto +2\nr0 += 1\nexit\nr0 += 10\nif r0 < 30 goto -2\nexit", 30),
                c("gotol", "r0 = 1\ngotol +1\nr0 = 2\nexit", 1),
                // ---- loads and stores ----
                c("stw/ldxw", "*(u32 *)(r10 - 4) = -2\nr0 = *(u32 *)(r10 - 4)", 0xFFFF_FFFEL),
                c("stdw stores the sign-extended imm", "*(u64 *)(r10 - 8) = -2\nr0 = *(u64 *)(r10 - 8)", -2),
                c("sth truncates", "*(u16 *)(r10 - 2) = 0x12345\nr0 = *(u16 *)(r10 - 2)", 0x2345),
                c("stb truncates", "*(u8 *)(r10 - 1) = 0x1ff\nr0 = *(u8 *)(r10 - 1)", 0xff),
                c("stx little-endian bytes", "r1 = 0x0102030405060708 ll\n*(u64 *)(r10 - 8) = r1\n"
                        + "r0 = *(u8 *)(r10 - 8)", 8),
                c("ldxh zero-extends", "r1 = -1\n*(u64 *)(r10 - 8) = r1\nr0 = *(u16 *)(r10 - 6)", 0xffff),
                c("memsx b", "*(u8 *)(r10 - 1) = 0x80\nr0 = *(s8 *)(r10 - 1)", -128),
                c("memsx h", "*(u16 *)(r10 - 2) = 0x8001\nr0 = *(s16 *)(r10 - 2)", 0xFFFF_FFFF_FFFF_8001L),
                c("memsx w", "*(u32 *)(r10 - 4) = 0x80000000\nr0 = *(s32 *)(r10 - 4)", 0xFFFF_FFFF_8000_0000L),
                c("misaligned stack access (RFC: defined; Linux's verifier refuses it)",
                        "r1 = 0x0102030405060708 ll\n*(u64 *)(r10 - 11) = r1\nr0 = *(u32 *)(r10 - 9)", 0x03040506),
                c("memsx of a positive value", "*(u16 *)(r10 - 2) = 0x7fff\nr0 = *(s16 *)(r10 - 2)", 0x7fff),
                // ---- atomics ----
                c("atomic add", "*(u64 *)(r10 - 8) = 40\nr1 = 2\nlock *(u64 *)(r10 - 8) += r1\n"
                        + "r0 = *(u64 *)(r10 - 8)", 42),
                c("atomic or/and/xor 32", "*(u32 *)(r10 - 4) = 0xf0\nr1 = 0x0f\nlock *(u32 *)(r10 - 4) |= r1\n"
                        + "r1 = 0x3c\nlock *(u32 *)(r10 - 4) &= r1\nr1 = 0xff\nlock *(u32 *)(r10 - 4) ^= r1\n"
                        + "r0 = *(u32 *)(r10 - 4)", 0xc3),
                c("fetch add writes the old value to src", "*(u64 *)(r10 - 8) = 7\nr1 = 3\n"
                        + "r1 = atomic_fetch_add((u64 *)(r10 - 8), r1)\nr0 = *(u64 *)(r10 - 8)\nr0 <<= 8\nr0 |= r1", 0xa07),
                c("fetch add 32 zero-extends the old value", "*(u32 *)(r10 - 4) = -1\nr1 = 1\n"
                        + "w1 = atomic_fetch_add((u32 *)(r10 - 4), w1)\nr0 = r1", 0xFFFF_FFFFL),
                c("fetch and/or/xor", "*(u64 *)(r10 - 8) = 12\nr1 = 10\nr1 = atomic_fetch_and((u64 *)(r10 - 8), r1)\n"
                        + "r2 = 1\nr2 = atomic_fetch_or((u64 *)(r10 - 8), r2)\nr3 = 3\n"
                        + "r3 = atomic_fetch_xor((u64 *)(r10 - 8), r3)\nr0 = *(u64 *)(r10 - 8)\n"
                        + "r0 <<= 8\nr0 |= r1\nr0 <<= 8\nr0 |= r2\nr0 <<= 8\nr0 |= r3", 0x0a0c0809L),
                c("xchg", "*(u64 *)(r10 - 8) = 5\nr1 = 9\nr1 = xchg_64(r10 - 8, r1)\nr0 = *(u64 *)(r10 - 8)\n"
                        + "r0 <<= 8\nr0 |= r1", 0x905),
                c("xchg32 zero-extends", "*(u32 *)(r10 - 4) = -1\nr1 = 9\nw1 = xchg32_32(r10 - 4, w1)\nr0 = r1",
                        0xFFFF_FFFFL),
                c("cmpxchg success: R0 gets the old value", "*(u64 *)(r10 - 8) = 5\nr0 = 5\nr1 = 9\n"
                        + "r0 = cmpxchg_64(r10 - 8, r0, r1)\nr1 = *(u64 *)(r10 - 8)\nr1 <<= 8\nr0 |= r1", 0x905),
                c("cmpxchg failure: memory kept, R0 gets the old value", "*(u64 *)(r10 - 8) = 5\nr0 = 6\nr1 = 9\n"
                        + "r0 = cmpxchg_64(r10 - 8, r0, r1)\nr1 = *(u64 *)(r10 - 8)\nr1 <<= 8\nr0 |= r1", 0x505),
                c("cmpxchg32 compares the low half of R0", "*(u32 *)(r10 - 4) = 5\nr0 = 0x100000005 ll\nr1 = 9\n"
                        + "w0 = cmpxchg32_32(r10 - 4, w0, w1)\nr1 = *(u32 *)(r10 - 4)\nr1 <<= 8\nr0 |= r1", 0x905),
                c("cmpxchg32 zero-extends R0", "*(u32 *)(r10 - 4) = -1\nr0 = 0\nr1 = 9\n"
                        + "w0 = cmpxchg32_32(r10 - 4, w0, w1)", 0xFFFF_FFFFL),
                c("load_acquire", "*(u64 *)(r10 - 8) = -3\nr0 = load_acquire((u64 *)(r10 - 8))", -3),
                c("load_acquire of a byte zero-extends", "*(u8 *)(r10 - 1) = 0xf0\nr0 = load_acquire((u8 *)(r10 - 1))",
                        0xf0),
                c("store_release", "r1 = 0x1234567 ll\nstore_release((u16 *)(r10 - 2), w1)\nr0 = *(u16 *)(r10 - 2)",
                        0x4567),
                // ---- calls ----
                c("local call keeps r6-r9", """
                        r6 = 6
                        r7 = 7
                        r8 = 8
                        r9 = 9
                        r1 = 100
                        call f
                        r0 += r6
                        r0 += r7
                        r0 += r8
                        r0 += r9
                        exit
                        f:
                        r6 = 1000
                        r7 = 1000
                        r0 = r1
                        r0 += 1
                        exit
                        """, 131),
                c("each frame has its own stack", """
                        *(u64 *)(r10 - 8) = 1
                        call f
                        r0 = *(u64 *)(r10 - 8)
                        exit
                        f:
                        *(u64 *)(r10 - 8) = 2
                        r0 = 0
                        exit
                        """, 1),
                c("a callee can use a caller's stack pointer", """
                        *(u64 *)(r10 - 8) = 1
                        r1 = r10
                        r1 += -8
                        call f
                        r0 = *(u64 *)(r10 - 8)
                        exit
                        f:
                        *(u64 *)(r1 + 0) = 42
                        r0 = 0
                        exit
                        """, 42),
                c("a subprogram may return without setting r0 when its caller ignores it", """
                        r1 = 5
                        call f
                        r0 = 3
                        exit
                        f:
                        r1 += 1
                        exit
                        """, 3),
                c("may_goto falls through while the budget lasts", "r0 = 0\nloop:\nmay_goto +2\nr0 += 1\ngoto loop\nexit",
                        8L * 1024 * 1024));
    }

    private static Arguments c(String name, String body, long expected) {
        return Arguments.of(name, body, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void computes(String name, String body, long expected) {
        String asm = body + "\nexit";
        for (boolean compiled : new boolean[] {true, false}) {
            Interpreter.Builder b = Interpreter.builder(Programs.object(asm)).instructionLimit(100_000_000L);
            Interpreter vm = (compiled ? b.compileAfter(0) : b.compile(false)).build();
            assertThat(vm.isCompiled("test")).as(vm.whyInterpreted("test")).isEqualTo(compiled);
            long r0 = vm.program().run(Programs.PACKET).r0();
            assertThat(r0).as("%s (%s): r0=0x%x, expected 0x%x", name, compiled ? "compiled" : "interpreted", r0,
                    expected).isEqualTo(expected);
        }
    }
}
