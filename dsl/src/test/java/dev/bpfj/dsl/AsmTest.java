package dev.bpfj.dsl;

import static dev.bpfj.core.Register.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.AtomicOp;
import dev.bpfj.core.Disassembler;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.InstructionChecks;
import dev.bpfj.core.JumpOp;
import dev.bpfj.core.MapType;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.Size;
import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AsmTest {

    private static List<String> listing(ProgramSpec p) {
        return p.instructions().stream().map(Disassembler::format).collect(Collectors.toList());
    }

    private static int lineOf(Throwable t) {
        return ((BpfBuildException) t).where().line();
    }

    @Test
    void passAll() {
        ProgramSpec p = Asm.program("pass", "xdp").mov(R0, 2).exit().build();
        assertThat(listing(p)).containsExactly("r0 = 2", "exit");
        assertThat(p.type()).isEqualTo(ProgramType.XDP);
        assertThat(p.functions()).containsExactly(new FunctionInfo("pass", 0));
    }

    @Test
    void everyAluForm() {
        Asm a = Asm.program("alu", "xdp");
        a.mov(R1, R2).mov(R1, 7).mov32(R1, R2).mov32(R1, -1)
                .add(R1, R2).add(R1, -3).add32(R1, R2).add32(R1, 3)
                .sub(R1, R2).sub(R1, 1).sub32(R1, R2).sub32(R1, 1)
                .mul(R1, R2).mul(R1, 3).mul32(R1, R2).mul32(R1, 3)
                .div(R1, R2).div(R1, 3).div32(R1, R2).div32(R1, 3)
                .sdiv(R1, R2).sdiv(R1, 3).sdiv32(R1, R2).sdiv32(R1, 3)
                .mod(R1, R2).mod(R1, 3).mod32(R1, R2).mod32(R1, 3)
                .smod(R1, R2).smod(R1, 3).smod32(R1, R2).smod32(R1, 3)
                .or(R1, R2).or(R1, 1).or32(R1, R2).or32(R1, 1)
                .and(R1, R2).and(R1, 1).and32(R1, R2).and32(R1, 1)
                .xor(R1, R2).xor(R1, 1).xor32(R1, R2).xor32(R1, 1)
                .lsh(R1, R2).lsh(R1, 3).lsh32(R1, R2).lsh32(R1, 3)
                .rsh(R1, R2).rsh(R1, 3).rsh32(R1, R2).rsh32(R1, 3)
                .arsh(R1, R2).arsh(R1, 3).arsh32(R1, R2).arsh32(R1, 3)
                .neg(R1).neg32(R1)
                .movsx(R1, R2, 8).movsx(R1, R2, 16).movsx(R1, R2, 32).movsx32(R1, R2, 8).movsx32(R1, R2, 16)
                .be(R1, 16).be(R1, 32).be(R1, 64).le(R1, 16).bswap(R1, 16).bswap(R1, 32).bswap(R1, 64)
                .alu(AluOp.XOR, R3, R4).alu32(AluOp.ADD, R3, 9)
                .exit();
        ProgramSpec p = a.build();
        assertThat(listing(p)).containsExactly(
                "r1 = r2", "r1 = 7", "w1 = w2", "w1 = -1",
                "r1 += r2", "r1 += -3", "w1 += w2", "w1 += 3",
                "r1 -= r2", "r1 -= 1", "w1 -= w2", "w1 -= 1",
                "r1 *= r2", "r1 *= 3", "w1 *= w2", "w1 *= 3",
                "r1 /= r2", "r1 /= 3", "w1 /= w2", "w1 /= 3",
                "r1 s/= r2", "r1 s/= 3", "w1 s/= w2", "w1 s/= 3",
                "r1 %= r2", "r1 %= 3", "w1 %= w2", "w1 %= 3",
                "r1 s%= r2", "r1 s%= 3", "w1 s%= w2", "w1 s%= 3",
                "r1 |= r2", "r1 |= 1", "w1 |= w2", "w1 |= 1",
                "r1 &= r2", "r1 &= 1", "w1 &= w2", "w1 &= 1",
                "r1 ^= r2", "r1 ^= 1", "w1 ^= w2", "w1 ^= 1",
                "r1 <<= r2", "r1 <<= 3", "w1 <<= w2", "w1 <<= 3",
                "r1 >>= r2", "r1 >>= 3", "w1 >>= w2", "w1 >>= 3",
                "r1 s>>= r2", "r1 s>>= 3", "w1 s>>= w2", "w1 s>>= 3",
                "r1 = -r1", "w1 = -w1",
                "r1 = (s8)r2", "r1 = (s16)r2", "r1 = (s32)r2", "w1 = (s8)w2", "w1 = (s16)w2",
                "r1 = be16 r1", "r1 = be32 r1", "r1 = be64 r1", "r1 = le16 r1",
                "r1 = bswap16 r1", "r1 = bswap32 r1", "r1 = bswap64 r1",
                "r3 ^= r4", "w3 += 9",
                "exit");
        for (Instruction i : p.instructions()) {
            assertThat(InstructionChecks.check(i)).as(i.toString()).isNull();
        }
    }

    @Test
    void wideConstantsAreLddwTransparently() {
        ProgramSpec p = Asm.program("c", "xdp")
                .mov(R1, 0x7fffffffL).mov(R2, 0x80000000L).mov(R3, -1L).mov(R4, 0x123456789aL)
                .lddw(R5, 1).ldMap(R1, "m").ldMapValue(R2, ".rodata", 8)
                .mov(R0, 0).exit().build();
        assertThat(listing(p)).containsExactly("r1 = 2147483647", "r2 = 0x80000000 ll", "r3 = -1",
                "r4 = 0x123456789a ll", "r5 = 0x1 ll", "r1 = map[m] ll", "r2 = map_value[.rodata]+8 ll", "r0 = 0", "exit");
        assertThat(p.slotCount()).isEqualTo(14);
        assertThat(p.mapReferences()).containsExactly("m", ".rodata");
    }

    @Test
    void loadsStoresAndAtomics() {
        ProgramSpec p = Asm.program("mem", "xdp")
                .ldxb(R2, R1, 0).ldxh(R2, R1, 2).ldxw(R2, R1, 4).ldxdw(R2, R1, 8)
                .ldxs(Size.B, R2, R1, 1).ldxs(Size.H, R2, R1, 2).ldxs(Size.W, R2, R1, 4)
                .stxb(R10, -1, R2).stxh(R10, -2, R2).stxw(R10, -4, R2).stxdw(R10, -8, R2)
                .stb(R10, -1, 1).sth(R10, -2, 2).stw(R10, -4, 3).stdw(R10, -8, -4)
                .atomicAdd(Size.DW, R1, 0, R2).atomicOr(Size.W, R1, 0, R2).atomicAnd(Size.W, R1, 0, R2)
                .atomicXor(Size.DW, R1, 0, R2).fetchAdd(Size.DW, R1, 8, R2).fetchOr(Size.W, R1, 0, R2)
                .fetchAnd(Size.DW, R1, 0, R2).fetchXor(Size.W, R1, 0, R2)
                .xchg(Size.DW, R1, 0, R2).cmpxchg(Size.W, R1, 4, R2)
                .atomic(AtomicOp.ADD, Size.W, R1, 4, R3)
                .mov(R0, 0).exit().build();
        assertThat(listing(p)).containsExactly(
                "r2 = *(u8 *)(r1 + 0)", "r2 = *(u16 *)(r1 + 2)", "r2 = *(u32 *)(r1 + 4)", "r2 = *(u64 *)(r1 + 8)",
                "r2 = *(s8 *)(r1 + 1)", "r2 = *(s16 *)(r1 + 2)", "r2 = *(s32 *)(r1 + 4)",
                "*(u8 *)(r10 - 1) = r2", "*(u16 *)(r10 - 2) = r2", "*(u32 *)(r10 - 4) = r2", "*(u64 *)(r10 - 8) = r2",
                "*(u8 *)(r10 - 1) = 1", "*(u16 *)(r10 - 2) = 2", "*(u32 *)(r10 - 4) = 3", "*(u64 *)(r10 - 8) = -4",
                "lock *(u64 *)(r1 + 0) += r2", "lock *(u32 *)(r1 + 0) |= w2", "lock *(u32 *)(r1 + 0) &= w2",
                "lock *(u64 *)(r1 + 0) ^= r2", "r2 = atomic_fetch_add((u64 *)(r1 + 8), r2)",
                "w2 = atomic_fetch_or((u32 *)(r1 + 0), w2)", "r2 = atomic_fetch_and((u64 *)(r1 + 0), r2)",
                "w2 = atomic_fetch_xor((u32 *)(r1 + 0), w2)", "r2 = xchg_64(r1 + 0, r2)",
                "w0 = cmpxchg32_32(r1 + 4, w0, w2)", "lock *(u32 *)(r1 + 4) += w3",
                "r0 = 0", "exit");
    }

    @Test
    void labelsForwardAndBackwardCountLddwAsTwoSlots() {
        ProgramSpec p = Asm.program("j", "xdp")
                .mov(R1, 0)
                .label("top")
                .add(R1, 1)
                .jeq(R1, 5, "out")             // forward over an lddw
                .lddw(R2, 0x100000000L)
                .jlt(R1, R2, "top")            // backward
                .ja("top")
                .label("out")
                .mov(R0, R1)
                .exit().build();
        assertThat(listing(p)).containsExactly("r1 = 0", "r1 += 1", "if r1 == 5 goto +4", "r2 = 0x100000000 ll",
                "if r1 < r2 goto -5", "goto -6", "r0 = r1", "exit");
    }

    @Test
    void everyJumpForm() {
        Asm a = Asm.program("jumps", "xdp");
        for (JumpOp op : JumpOp.values()) {
            if (op != JumpOp.JA) {
                a.jump(op, R1, 1, "end").jump(op, R1, R2, "end").jump32(op, R1, 1, "end").jump32(op, R1, R2, "end");
            }
        }
        a.jeq(R1, 0, "end").jne(R1, R2, "end").jgt(R1, 1, "end").jge(R1, R2, "end").jlt(R1, 1, "end")
                .jle(R1, R2, "end").jsgt(R1, 1, "end").jsge(R1, R2, "end").jslt(R1, 1, "end").jsle(R1, R2, "end")
                .jset(R1, 8, "end").jeq32(R1, 0, "end").jne32(R1, R2, "end").jgt32(R1, 1, "end").jge32(R1, R2, "end")
                .jlt32(R1, 1, "end").jle32(R1, R2, "end").jsgt32(R1, 1, "end").jsge32(R1, R2, "end")
                .jslt32(R1, 1, "end").jsle32(R1, R2, "end").jset32(R1, 8, "end")
                .gotol("end").mayGoto("end").ja("end")
                .label("end").mov(R0, 0).exit();
        ProgramSpec p = a.build();
        List<String> l = listing(p);
        assertThat(l.get(0)).isEqualTo("if r1 == 1 goto +68");
        assertThat(l.get(3)).isEqualTo("if w1 == w2 goto +65");
        assertThat(l).contains("if r1 & 8 goto +14", "if w1 s<= w2 goto +4", "gotol +2", "may_goto +1", "goto +0");
        for (Instruction i : p.instructions()) {
            assertThat(InstructionChecks.check(i)).as(i.toString()).isNull();
        }
    }

    @Test
    void localFunctionsAreLaidOutInLoadedForm() {
        ProgramSpec p = Asm.program("main", "xdp")
                .mov(R1, 1)
                .call("twice")
                .ldFunc(R2, "callback")
                .exit()
                .function("unused")                 // never called: not in the program
                .mov(R0, 9).exit()
                .function("twice")
                .mov(R0, R1).call("addOne").add(R0, R0).exit()
                .function("addOne")
                .mov(R0, R1).add(R0, 1).exit()
                .function("callback")
                .mov(R0, 0).exit()
                .build();
        assertThat(listing(p)).containsExactly(
                "r1 = 1", "call pc+3", "r2 = func[pc+9] ll", "exit",     // twice at slot 5
                "r0 = r1", "call pc+2", "r0 += r0", "exit",                   // addOne at slot 9
                "r0 = r1", "r0 += 1", "exit",
                "r0 = 0", "exit");
        assertThat(p.functions()).extracting(FunctionInfo::name, FunctionInfo::slot)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("main", 0), org.assertj.core.groups.Tuple.tuple("twice", 5),
                        org.assertj.core.groups.Tuple.tuple("addOne", 9), org.assertj.core.groups.Tuple.tuple("callback", 12));
        Instruction ld = p.instructions().get(2);
        assertThat(ld.imm()).isEqualTo(12 - 3);
        assertThat(ld.reference()).isEqualTo("callback");
        assertThat(p.instructions().get(1).reference()).isEqualTo("twice");
    }

    @Test
    void callsHelpersAndKfuncs() {
        ProgramSpec p = Asm.program("calls", "xdp")
                .call(Helpers.KTIME_GET_NS).callKfunc(1234).mov(R0, 2).exit().build();
        assertThat(listing(p).get(0)).isEqualTo("call bpf_ktime_get_ns");
        assertThat(p.instructions().get(1).isKfuncCall()).isTrue();
        assertThat(p.instructions().get(1).imm()).isEqualTo(1234);
    }

    @Test
    void everyInstructionRecordsTheJavaLine() {
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        Asm a = Asm.program("src", "xdp").mov(R0, 2);
        a.exit();
        ProgramSpec p = a.build();
        assertThat(p.instructions().get(0).source().fileName()).isEqualTo("AsmTest.java");
        assertThat(p.instructions().get(0).source().file()).isEqualTo("dev/bpfj/dsl/AsmTest.java");
        assertThat(p.instructions().get(0).source().line()).isEqualTo(line);
        assertThat(p.instructions().get(1).source().line()).isEqualTo(line + 1);
        assertThat(p.instructions().get(1).source().text()).isEqualTo("a.exit();");
    }

    @Test
    void parseDelegatesToTheCoreParser() {
        assertThat(Asm.parse("r0 = 2\nexit")).extracting(Instruction::toString).containsExactly("r0 = 2", "exit");
        ProgramSpec p = Asm.program("t", "xdp").emit("r0 = 1\nif r0 == 1 goto +1\nr0 = 2").exit().build();
        assertThat(listing(p)).containsExactly("r0 = 1", "if r0 == 1 goto +1", "r0 = 2", "exit");
        assertThat(p.instructions().get(0).source().fileName()).isEqualTo("AsmTest.java");
    }

    @Test
    void unboundLabelNamesTheJumpsLine() {
        Asm a = Asm.program("e", "xdp");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        a.jeq(R1, 0, "nowhere");
        a.mov(R0, 0).exit();
        assertThatThrownBy(a::build).isInstanceOf(BpfBuildException.class)
                .hasMessage("AsmTest.java:" + line + ": jump to label 'nowhere', which is never bound; bind it with label(\"nowhere\")")
                .satisfies(t -> assertThat(lineOf(t)).isEqualTo(line));
    }

    @Test
    void jumpBeyond16BitsSuggestsGotol() {
        Asm a = Asm.program("far", "xdp");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        a.ja("end");
        for (int i = 0; i < 40000; i++) {
            a.mov(R0, i);
        }
        a.label("end").exit();
        assertThatThrownBy(a::build).isInstanceOf(BpfBuildException.class)
                .hasMessageStartingWith("AsmTest.java:" + line + ": jump to 'end' spans 40000 instructions")
                .hasMessageContaining("use gotol(\"end\")");
        Asm b = Asm.program("far", "xdp").gotol("end");
        for (int i = 0; i < 40000; i++) {
            b.mov(R0, i);
        }
        ProgramSpec p = b.label("end").exit().build();
        assertThat(p.instructions().get(0).toString()).isEqualTo("gotol +40000");
    }

    @Test
    void writingR10IsRefusedAtOnce() {
        Asm a = Asm.program("r10", "xdp");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        assertThatThrownBy(() -> a.add(R10, -8)).isInstanceOf(BpfBuildException.class)
                .hasMessage("AsmTest.java:" + line + ": 'r10 += -8' writes r10, the read-only frame pointer;"
                        + " copy it first (mov(R2, R10)) and change the copy");
        assertThatThrownBy(() -> a.ldxdw(R10, R1, 0)).isInstanceOf(BpfBuildException.class);
        assertThatThrownBy(() -> a.fetchAdd(Size.DW, R1, 0, R10)).isInstanceOf(BpfBuildException.class);
        // storing through r10 is how the stack is used, and fine
        a.stxdw(R10, -8, R1).mov(R0, 0).exit().build();
    }

    @Test
    void unknownMapIsReportedWithItsLine() {
        Asm a = Asm.program("maps", "xdp");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        a.ldMap(R1, "countrs");
        a.mov(R0, 0).exit();
        MapSpec counters = MapSpec.builder("counters", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(1).build();
        assertThatThrownBy(() -> ObjectBuilder.license("GPL").map(counters).program(a).build())
                .isInstanceOf(BpfBuildException.class)
                .hasMessage("AsmTest.java:" + line + ": unknown map 'countrs'; declared maps: counters");
    }

    @Test
    void duplicateLabelNamesBothPlaces() {
        Asm a = Asm.program("dup", "xdp").label("x").mov(R0, 0);
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        assertThatThrownBy(() -> a.label("x")).isInstanceOf(BpfBuildException.class)
                .hasMessageStartingWith("AsmTest.java:" + line + ": label 'x' is already bound at AsmTest.java:" + (line - 2));
    }

    @Test
    void fallingOffAFunctionIsAnError() {
        Asm a = Asm.program("fall", "xdp").mov(R0, 0);
        assertThatThrownBy(a::build).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("would fall off its end; end it with exit() or a jump");
    }

    @Test
    void jumpsCannotCrossFunctions() {
        Asm a = Asm.program("cross", "xdp").call("f").jeq(R0, 0, "inside").exit()
                .function("f").label("inside").mov(R0, 0).exit();
        assertThatThrownBy(a::build).isInstanceOf(BpfBuildException.class)
                .hasMessageContaining("jumps stay inside one function");
    }

    @Test
    void buildersAreSingleUse() {
        Asm a = Asm.program("once", "xdp").mov(R0, 0).exit();
        a.build();
        assertThatThrownBy(a::build).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> a.exit()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void constantErrorsTheKernelWouldReport() {
        Asm a = Asm.program("k", "xdp");
        assertThatThrownBy(() -> a.div(R1, 0)).hasMessageContaining("div by zero");
        assertThatThrownBy(() -> a.lsh(R1, 64)).hasMessageContaining("invalid shift 64");
        assertThatThrownBy(() -> a.rsh32(R1, 32)).hasMessageContaining("invalid shift 32");
        assertThatThrownBy(() -> a.be(R1, 8)).hasMessageContaining("16, 32 or 64");
        assertThatThrownBy(() -> a.atomicAdd(Size.B, R1, 0, R2)).hasMessageContaining("4 or 8 bytes");
    }

    @Test
    void objectBuilderCollectsProgramsAndMaps() {
        MapSpec m = MapSpec.builder("counters", MapType.PERCPU_ARRAY).keySize(4).valueSize(8).maxEntries(4).build();
        ObjectSpec o = ObjectBuilder.license("GPL").map(m)
                .program(Asm.program("a", "xdp").ldMap(R1, "counters").mov(R0, 2).exit())
                .program(Asm.program("b", "xdp/devmap").mov(R0, 2).exit())
                .build();
        assertThat(o.programs()).extracting(ProgramSpec::name).containsExactly("a", "b");
        assertThat(o.maps()).containsExactly(m);
        assertThat(o.isGplCompatible()).isTrue();
    }
}
