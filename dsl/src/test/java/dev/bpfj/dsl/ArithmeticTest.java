package dev.bpfj.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.XdpAction;
import dev.bpfj.dsl.headers.Ethernet;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.interpreter.RunResult;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The typed layer computes what Java computes: expressions over values read from the packet are
 * written back into it, run on the interpreter, and compared with the same expression in Java.
 */
class ArithmeticTest {
    /** Reads u32 a at byte 14 and b at 18 (network order), writes f(a, b) as a be32 at 22 and a u64 at 26 (LE). */
    static final class Expr extends XdpProgram {
        static final Layout.Builder<Expr> B = Layout.<Expr>builder("operands").packed();
        static final Field<Expr> A = B.be32("a");
        static final Field<Expr> BB = B.be32("b");
        static final Field<Expr> OUT32 = B.be32("out32");
        static final Field<Expr> OUT64 = B.u64("out64");
        static final Layout<Expr> L = B.build();

        private final BiFunction<Value, Value, Value> f;

        Expr(BiFunction<Value, Value, Value> f) {
            this.f = f;
        }

        @Override
        protected void body() {
            var h = packet().header(14, L).orReturn(XdpAction.ABORTED);
            Value r = f.apply(h.get(A), h.get(BB));
            h.set(OUT32, r.as(ScalarType.U32));
            h.set(OUT64, r.as(ScalarType.U64));
            ret(XdpAction.PASS);
        }
    }

    private static long[] run(BiFunction<Value, Value, Value> f, int a, int b) {
        var i = Interpreter.load(new Expr(f).build());
        byte[] pkt = new byte[14 + 20];
        ByteBuffer.wrap(pkt).putInt(14, a).putInt(18, b);
        RunResult r = i.program().run(pkt);
        assertThat(r.returnValue()).isEqualTo(2);
        ByteBuffer out = ByteBuffer.wrap(r.output());
        return new long[] {Integer.toUnsignedLong(out.getInt(22)), out.order(ByteOrder.LITTLE_ENDIAN).getLong(26)};
    }

    @Test
    void unsigned32BitArithmeticWrapsLikeJavaInts() {
        Random rnd = new Random(42);
        for (int k = 0; k < 10; k++) {
            int a = rnd.nextInt();
            int b = rnd.nextInt() | 1;
            check((x, y) -> x.add(y), a, b, a + b);
            check((x, y) -> x.sub(y), a, b, a - b);
            check((x, y) -> x.mul(y), a, b, a * b);
            check((x, y) -> x.div(y), a, b, Integer.divideUnsigned(a, b));
            check((x, y) -> x.mod(y), a, b, Integer.remainderUnsigned(a, b));
            check((x, y) -> x.and(y).or(x.xor(y)), a, b, (a & b) | (a ^ b));
            check((x, y) -> x.shl(3).add(y.shr(5)), a, b, (a << 3) + (b >>> 5));
            check((x, y) -> x.add(7).mul(3).sub(y.and(0xff)), a, b, (a + 7) * 3 - (b & 0xff));
            check((x, y) -> x.not(), a, b, ~a);
            check((x, y) -> x.neg(), a, b, -a);
        }
    }

    @Test
    void sixtyFourBitValuesKeepTheirHighHalf() {
        int a = 0xfedcba98;
        int b = 0x12345678;
        long wide = Integer.toUnsignedLong(a) * Integer.toUnsignedLong(b);
        long[] r = run((x, y) -> x.as(ScalarType.U64).mul(y.as(ScalarType.U64)), a, b);
        assertThat(r[1]).isEqualTo(wide);
        assertThat(r[0]).isEqualTo(wide & 0xffffffffL);
        long[] s = run((x, y) -> x.as(ScalarType.U64).shl(32).or(y.as(ScalarType.U64)), a, b);
        assertThat(s[1]).isEqualTo(((long) a << 32) | Integer.toUnsignedLong(b));
    }

    @Test
    void constantsFoldAtBuildTime() {
        Value c = Value.of(ScalarType.U32, 40).add(2).mul(Value.of(ScalarType.U32, 10));
        assertThat(c.isConstant()).isTrue();
        assertThat(c.constant()).isEqualTo(420);
        assertThat(Value.of(ScalarType.U32, 0xffffffffL).add(1).constant()).isZero();
        assertThat(Value.of(ScalarType.U8, 300).constant()).isEqualTo(44);
    }

    @Test
    void networkOrderValuesAreConvertedOnArithmeticAndNotOnEquality() {
        int a = 0x00001234;
        check((x, y) -> x.add(1), a, 0, a + 1);
        long[] r = run((x, y) -> x.raw(), a, 0);
        // raw() reinterprets the loaded bytes as a host number: written back as be32 they come out swapped
        assertThat(r[0]).isEqualTo(Integer.toUnsignedLong(Integer.reverseBytes(a)));
    }

    @Test
    void divisionByConstantZeroIsABuildError() {
        assertThatThrownBy(() -> new Expr((x, y) -> x.div(0)).build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("division by the constant 0");
    }

    private static void check(BiFunction<Value, Value, Value> f, int a, int b, int expected) {
        long[] r = run(f, a, b);
        assertThat(r[0]).as("32-bit result for %08x, %08x", a, b).isEqualTo(Integer.toUnsignedLong(expected));
        assertThat(r[1]).as("as u64 for %08x, %08x", a, b).isEqualTo(Integer.toUnsignedLong(expected));
    }

    @Test
    void ringBufferReservationsCannotReturnInside() {
        class Leaky extends XdpProgram {
            final RingBuf events = ringBuf("events", 4096);

            @Override
            protected void body() {
                events.reserve(Expr.L, rec -> ret(DROP));
                ret(PASS);
            }
        }
        assertThatThrownBy(() -> new Leaky().build()).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("return inside a ring buffer reservation block");
    }

    @Test
    void ringBufferReservationsLoadInTheKernel() {
        class Events extends XdpProgram {
            final RingBuf events = ringBuf("events", 4096);

            @Override
            protected void body() {
                var eth = packet().header(Ethernet.LAYOUT).orReturn(PASS);
                var type = eth.get(Ethernet.TYPE);
                events.reserve(Expr.L, rec -> {
                    rec.set(Expr.A, type);
                    rec.set(Expr.OUT64, 7);
                });
                ret(PASS);
            }
        }
        try (var o = KernelRunner.load(new Events().build())) {
            assertThat(o.program("events").run(Packets.eth(0x0800, new byte[20])).retval()).isEqualTo(2);
        }
    }
}
