package dev.bpfj.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Individual checks, each on a small program, with the kernel's message. */
class VerifierTest {

    static Verdict verify(String asm) {
        return verify(asm, Profile.ROOT);
    }

    static Verdict verify(String asm, Profile profile) {
        String text = asm.contains("; section:") ? asm : "; section: xdp\n" + asm;
        ObjectSpec obj = AsmObject.parse(text, "Prog.s", "prog");
        return Verifier.create(profile).verify(obj, obj.programs().get(0));
    }

    private static final String PKT = """
            r2 = *(u32 *)(r1 + 0)
            r3 = *(u32 *)(r1 + 4)
            r4 = r2
            r4 += 14
            """;

    @Test
    void programTypesBpfjDoesNotModelAreNeitherAcceptedNorRejected() {
        var prog = dev.bpfj.core.spec.ProgramSpec.of("tp", "tracepoint/xdp/xdp_exception",
                dev.bpfj.core.AsmParser.parse("r0 = 0\nexit"));
        Verdict v = Verifier.create().verify(new ObjectSpec(java.util.List.of(prog), java.util.List.of(), "GPL"), prog);
        assertThat(v.accepted()).isFalse();
        assertThat(v.rejected()).isFalse();
        assertThat(v.unsupported()).isTrue();
        assertThat(v.message()).contains("tracepoint programs are not modelled");
        assertThat(v.render()).contains("not verified");
    }

    @Test
    void acceptsAMinimalProgram() {
        Verdict v = verify("r0 = 2\nexit\n");
        assertThat(v.accepted()).isTrue();
        assertThat(v.processedInsns()).isEqualTo(2);
        assertThat(v.message()).isNull();
    }

    @Test
    void packetReadPastTheCheckedRangeNamesOffsetsAndLine() {
        Verdict v = verify(PKT + "if r4 > r3 goto out\nr0 = *(u16 *)(r2 + 13)\nout:\nr0 = 2\nexit\n");
        assertThat(v.rejected()).isTrue();
        assertThat(v.details()).containsExactly("invalid access to packet, off=13 size=2, R2(id=0,off=13,r=14)",
                "R2 offset is outside of the packet");
        assertThat(v.message()).isEqualTo("R2 offset is outside of the packet");
        assertThat(v.insn()).isEqualTo(5);
        assertThat(v.source()).hasToString("Prog.s:7");
        assertThat(v.hint()).contains("data + 15 <= data_end");
        assertThat(v.path()).isEmpty();
        assertThat(v.registers()).contains("R2=pkt(r=14)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // orientation of the comparison | branch that is safe
        "if r4 > r3 goto out | fall",
        "if r3 < r4 goto out | fall",
        "if r4 <= r3 goto ok | jump",
        "if r3 >= r4 goto ok | jump",
    })
    void learnsPacketRangeFromEveryOrientation(String check, String safe) {
        String body = safe.equals("fall")
                ? PKT + check + "\nr0 = *(u8 *)(r2 + 13)\nout:\nr0 = 2\nexit\n"
                : PKT + check + "\nr0 = 2\nexit\nok:\nr0 = *(u8 *)(r2 + 13)\nr0 = 2\nexit\n";
        assertThat(verify(body).accepted()).as(check).isTrue();
    }

    @Test
    void rightOpenComparisonAllowsOneMoreByte() {
        assertThat(verify(PKT + "if r4 >= r3 goto out\nr0 = *(u8 *)(r2 + 14)\nout:\nr0 = 2\nexit\n").accepted()).isTrue();
        assertThat(verify(PKT + "if r4 >= r3 goto out\nr0 = *(u8 *)(r2 + 15)\nout:\nr0 = 2\nexit\n").rejected()).isTrue();
    }

    @Test
    void packetPointersDieAfterAdjustHead() {
        Verdict root = verify(PKT + "if r4 > r3 goto out\nr6 = r2\nr2 = 4\ncall bpf_xdp_adjust_head\n"
                + "r0 = *(u8 *)(r6 + 0)\nout:\nr0 = 2\nexit\n");
        assertThat(root.message()).isEqualTo("R6 invalid mem access 'scalar'");
        Verdict capBpf = verify(PKT + "if r4 > r3 goto out\nr6 = r2\nr2 = 4\ncall bpf_xdp_adjust_head\n"
                + "r0 = *(u8 *)(r6 + 0)\nout:\nr0 = 2\nexit\n", Profile.CAP_BPF);
        assertThat(capBpf.message()).isEqualTo("R6 !read_ok");
    }

    @Test
    void pktEndCannotMove() {
        assertThat(verify("r3 = *(u32 *)(r1 + 4)\nr3 += -4\nr0 = 2\nexit\n").message())
                .isEqualTo("R3 pointer arithmetic on pkt_end prohibited");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "r0 = *(u64 *)(r1 + 0)            | invalid bpf_context access off=0 size=8",
        "r0 = *(u32 *)(r1 + 2)            | invalid bpf_context access off=2 size=4",
        "*(u32 *)(r1 + 0) = r1            | invalid bpf_context access off=0 size=4",
        "r0 = *(u32 *)(r1 + 20)           | invalid bpf_context access off=20 size=4",
        "r0 = *(u32 *)(r1 + 24)           | invalid bpf_context access off=24 size=4",
    })
    void contextRules(String insn, String message) {
        assertThat(verify(insn + "\nr0 = 2\nexit\n").message()).isEqualTo(message);
    }

    @Test
    void modifiedContextPointer() {
        assertThat(verify("r1 += 4\nr0 = *(u32 *)(r1 + 0)\nexit\n").message())
                .isEqualTo("dereference of modified ctx ptr R1 off=4 disallowed");
    }

    @Test
    void structuralChecks() {
        assertThat(verify("r0 = 0\nexit\nr0 = 1\nexit\n").message()).isEqualTo("unreachable insn 2");
        assertThat(verify("r0 = 0\n").message()).isEqualTo("last insn is not an exit or jmp");
        assertThat(verify("goto +5\nexit\n").message()).isEqualTo("jump out of range from insn 0 to 6");
        assertThat(verify("r0 = 1\nr0 /= 0\nexit\n").message()).isEqualTo("div by zero");
        assertThat(verify("r0 = 1\nr0 <<= 64\nexit\n").message()).isEqualTo("invalid shift 64");
        assertThat(verify("r10 = 0\nexit\n").message()).isEqualTo("frame pointer is read only");
        assertThat(verify("exit\n").message()).isEqualTo("R0 !read_ok");
    }

    @Test
    void callClobbersArgumentRegisters() {
        Verdict v = verify("r2 = 1\ncall bpf_ktime_get_ns\nr0 = r2\nexit\n");
        assertThat(v.message()).isEqualTo("R2 !read_ok");
        assertThat(v.hint()).contains("R1-R5 are clobbered");
    }

    @Test
    void stackRules() {
        assertThat(verify("r0 = 0\n*(u64 *)(r10 + 8) = r0\nexit\n").message()).isEqualTo("invalid write to stack R10 off=8 size=8");
        assertThat(verify("r0 = 0\n*(u64 *)(r10 - 520) = r0\nexit\n").message())
                .isEqualTo("invalid write to stack R10 off=-520 size=8");
        assertThat(verify("r0 = 0\n*(u64 *)(r10 - 4) = r0\nexit\n").message())
                .isEqualTo("misaligned stack access off 0+0+-4 size 8");
        assertThat(verify("r0 = *(u64 *)(r10 - 8)\nexit\n").accepted()).isTrue();
        assertThat(verify("r0 = *(u64 *)(r10 - 8)\nexit\n", Profile.CAP_BPF).message())
                .isEqualTo("invalid read from stack R10 off=-8 size=8");
        assertThat(verify("r0 = 0\n*(u32 *)(r10 - 8) = r0\nr0 = *(u64 *)(r10 - 8)\nexit\n", Profile.CAP_BPF).message())
                .isEqualTo("invalid read from stack off -8+4 size 8");
        assertThat(verify("*(u64 *)(r10 - 8) = r1\nr0 = *(u32 *)(r10 - 8)\nexit\n").message())
                .isEqualTo("invalid size of register fill");
        assertThat(verify("*(u32 *)(r10 - 8) = r1\nr0 = 0\nexit\n").message()).isEqualTo("invalid size of register spill");
    }

    @Test
    void spilledConstantsSurvive() {
        Verdict v = verify(PKT + "r5 = 8\n*(u64 *)(r10 - 8) = r5\nif r4 > r3 goto out\nr5 = *(u64 *)(r10 - 8)\n"
                + "r2 += r5\nr0 = *(u8 *)(r2 + 5)\nout:\nr0 = 2\nexit\n");
        assertThat(v.accepted()).as(v.render()).isTrue();
    }

    private static final String LOOKUP = """
            ; map: m hash 4 16 8
            *(u32 *)(r10 - 4) = 0
            r2 = r10
            r2 += -4
            r1 = map[m] ll
            call bpf_map_lookup_elem
            """;

    @Test
    void mapValueNeedsNullCheckAndBounds() {
        assertThat(verify(LOOKUP + "r0 = *(u64 *)(r0 + 0)\nexit\n").message())
                .isEqualTo("R0 invalid mem access 'map_value_or_null'");
        assertThat(verify(LOOKUP + "if r0 == 0 goto out\nr0 = *(u64 *)(r0 + 8)\nout:\nr0 = 0\nexit\n").accepted()).isTrue();
        Verdict v = verify(LOOKUP + "if r0 == 0 goto out\nr0 = *(u64 *)(r0 + 12)\nout:\nr0 = 0\nexit\n");
        assertThat(v.details()).containsExactly("invalid access to map value, value_size=16 off=12 size=8",
                "R0 min value is outside of the allowed memory range");
        Verdict var = verify(LOOKUP + "if r0 == 0 goto out\nr1 = *(u32 *)(r0 + 0)\nr0 += r1\nr0 = *(u8 *)(r0 + 0)\n"
                + "out:\nr0 = 0\nexit\n");
        assertThat(var.message()).isEqualTo("R0 unbounded memory access, make sure to bounds check any such access");
        Verdict clamped = verify(LOOKUP + "if r0 == 0 goto out\nr1 = *(u32 *)(r0 + 0)\nr1 &= 15\nr0 += r1\n"
                + "r0 = *(u8 *)(r0 + 0)\nout:\nr0 = 0\nexit\n");
        assertThat(clamped.accepted()).as(clamped.render()).isTrue();
    }

    @Test
    void helperRules() {
        assertThat(verify("call bpf_skb_load_bytes\nexit\n").message())
                .isEqualTo("program of this type cannot use helper bpf_skb_load_bytes#26");
        assertThat(verify("r1 = 0\ncall bpf_map_lookup_elem\nexit\n").message()).isEqualTo("R1 type=scalar expected=map_ptr");
        assertThat(verify("; license: MIT\nr2 = r10\nr2 += -64\nr3 = 64\nr4 = 0\ncall bpf_fib_lookup\nexit\n").message())
                .isEqualTo("cannot call GPL-restricted function from non-GPL compatible program");
        assertThat(verify("; map: a array 4 4 1\nr1 = map[a] ll\nr2 = 0\nr3 = 0\ncall bpf_redirect_map\nexit\n").message())
                .isEqualTo("cannot pass map_type 2 into func bpf_redirect_map#51");
    }

    @Test
    void referencesMustBeReleased() {
        Verdict v = verify("; map: rb ringbuf 0 0 4096\nr1 = map[rb] ll\nr2 = 8\nr3 = 0\ncall bpf_ringbuf_reserve\n"
                + "r0 = 0\nexit\n");
        assertThat(v.details()).containsExactly("Unreleased reference id=2 alloc_insn=4",
                "BPF_EXIT instruction in main prog would lead to reference leak");
    }

    @Test
    void loops() {
        assertThat(verify("r0 = 0\nl:\nr0 += 1\nif r0 < 10 goto l\nexit\n").accepted()).isTrue();
        Verdict inf = verify("r0 = 0\nl:\ngoto l\n");
        assertThat(inf.message()).isEqualTo("infinite loop detected at insn 1");
        Verdict big = verify("r0 = 0\nl:\nr0 += 1\nif r0 < 600000 goto l\nexit\n");
        assertThat(big.message()).isEqualTo("BPF program is too large. Processed 1000001 insn");
        assertThat(big.hint()).contains("bpf_loop");
    }

    @Test
    void localCallsAndStackDepth() {
        assertThat(verify("r1 = 1\ncall f\nexit\nf:\nr0 = r1\nexit\n").accepted()).isTrue();
        Verdict deep = verify("""
                r0 = 0
                *(u64 *)(r10 - 512) = r0
                call f
                exit
                f:
                r0 = 0
                *(u64 *)(r10 - 8) = r0
                exit
                """);
        assertThat(deep.message()).isEqualTo("combined stack size of 2 calls is 528. Too large");
    }

    @Test
    void capBpfProfileForbidsPointerLeaks() {
        assertThat(verify("r0 = r10\nexit\n").accepted()).isTrue();
        assertThat(verify("r0 = r10\nexit\n", Profile.CAP_BPF).message()).isEqualTo("R0 leaks addr as return value");
        assertThat(verify("r0 = r1\nr0 -= r1\nexit\n", Profile.CAP_BPF).message()).isEqualTo("R0 pointer -= pointer prohibited");
    }

    @Test
    void renderReadsLikeACompilerError() {
        Verdict v = verify(PKT + "r0 = *(u8 *)(r2 + 0)\nr0 = 2\nexit\n");
        assertThat(v.render()).startsWith("Prog.s:6: invalid access to packet, off=0 size=1, R2(id=0,off=0,r=0): "
                + "R2 offset is outside of the packet\n  in program prog (xdp), insn 4: r0 = *(u8 *)(r2 + 0)");
    }

    @Test
    void traceLooksLikeTheKernelLog() {
        ObjectSpec obj = AsmObject.parse("; section: xdp\nr0 = 2\nexit\n", "T.s", "t");
        Verdict v = Verifier.create().withTrace(100).verify(obj, obj.programs().get(0));
        assertThat(v.log()).contains("0: (b7) r0 = 2", "1: (95) exit");
    }
}
