package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Programs the kernel would refuse or stop end in a BpfRuntimeException, never a wrong answer. */
class HostileProgramTest {

    static final MapSpec HASH = MapSpec.builder("h", MapType.HASH).keySize(4).valueSize(8).maxEntries(4).build();
    static final MapSpec RINGBUF = MapSpec.builder("rb", MapType.RINGBUF).maxEntries(4096).build();

    static List<Arguments> hostile() {
        return List.of(
                h("wild pointer", "r1 = 0x1234\nr0 = *(u64 *)(r1 + 0)", INVALID_POINTER),
                h("negative number as pointer", "r1 = -8\n*(u64 *)(r1 + 0) = 1\nr0 = 0", INVALID_POINTER),
                h("NULL from a missed lookup", "*(u32 *)(r10 - 4) = 1\nr2 = r10\nr2 += -4\nr1 = map[h] ll\n"
                        + "call bpf_map_lookup_elem\nr0 = *(u64 *)(r0 + 0)", INVALID_POINTER),
                h("past the map value", "*(u32 *)(r10 - 4) = 1\nr2 = r10\nr2 += -4\nr6 = r2\n*(u64 *)(r10 - 16) = 0\n"
                        + "r3 = r10\nr3 += -16\nr1 = map[h] ll\nr4 = 0\ncall bpf_map_update_elem\nr2 = r6\n"
                        + "r1 = map[h] ll\ncall bpf_map_lookup_elem\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 8)",
                        OUT_OF_BOUNDS),
                h("past the packet end", "r2 = *(u32 *)(r1 + 4)\nr0 = *(u8 *)(r2 + 0)", OUT_OF_BOUNDS),
                h("before the packet", "r2 = *(u32 *)(r1 + 0)\nr0 = *(u8 *)(r2 - 1)", OUT_OF_BOUNDS),
                h("into the headroom via a big offset", "r2 = *(u32 *)(r1 + 0)\nr2 += -200\nr0 = *(u8 *)(r2 + 0)",
                        OUT_OF_BOUNDS),
                h("huge stack offset", "*(u64 *)(r10 - 1000) = 1\nr0 = 0", OUT_OF_BOUNDS),
                h("above the frame pointer", "*(u64 *)(r10 + 0) = 1\nr0 = 0", OUT_OF_BOUNDS),
                h("uninitialised stack", "r0 = *(u64 *)(r10 - 8)", UNINITIALIZED_STACK),
                h("partly initialised stack", "*(u32 *)(r10 - 8) = 1\nr0 = *(u64 *)(r10 - 8)", UNINITIALIZED_STACK),
                h("uninitialised register", "r0 = r5", UNINITIALIZED_REGISTER),
                h("exit without r0", "r1 = 0", UNINITIALIZED_REGISTER),
                h("r0 of a subprogram that never set it", "call f\nexit\nf:\nr1 = 0", UNINITIALIZED_REGISTER),
                h("argument registers after a call", "call bpf_ktime_get_ns\nr0 = r1", UNINITIALIZED_REGISTER),
                h("uninitialised helper argument", "call bpf_map_lookup_elem\nr0 = 0", UNINITIALIZED_REGISTER),
                h("store to the context", "*(u32 *)(r1 + 0) = 1\nr0 = 0", INVALID_CONTEXT_ACCESS),
                h("8-byte context load", "r0 = *(u64 *)(r1 + 0)", INVALID_CONTEXT_ACCESS),
                h("context load past xdp_md", "r0 = *(u32 *)(r1 + 24)", INVALID_CONTEXT_ACCESS),
                h("egress_ifindex outside devmap programs", "r0 = *(u32 *)(r1 + 20)", INVALID_CONTEXT_ACCESS),
                h("atomic on the packet", "r2 = *(u32 *)(r1 + 0)\nr3 = 1\nlock *(u32 *)(r2 + 0) += r3\nr0 = 0",
                        INVALID_INSTRUCTION),
                h("endless loop", "r0 = 0\ngoto -1", INSTRUCTION_LIMIT),
                h("endless loop through a call", "r0 = 0\nloop:\ncall f\ngoto loop\nf:\nr0 = 0\nexit",
                        INSTRUCTION_LIMIT),
                h("unbounded recursion", "call f\nexit\nf:\ncall f\nexit", CALL_DEPTH),
                h("unknown helper id", "call 99999\nr0 = 0", INVALID_INSTRUCTION),
                h("negative helper id", "call -1\nr0 = 0", INVALID_INSTRUCTION),
                h("helper the interpreter lacks", "call bpf_get_current_pid_tgid\nr0 = 0", UNSUPPORTED),
                h("kfunc call", "call kfunc[1234]\nr0 = 0", INVALID_INSTRUCTION),
                h("write to r10", "r10 = 0\nr0 = 0", INVALID_INSTRUCTION),
                h("jump out of the program", "r0 = 0\ngoto +5", INVALID_INSTRUCTION),
                h("jump into lddw", "r0 = 0\ngoto +1\nr1 = 0x100000000 ll", INVALID_INSTRUCTION),
                h("LD_ABS in XDP", "r6 = r1\nr0 = *(u8 *)skb[0]", INVALID_INSTRUCTION),
                h("unknown opcode", ".insn code=0x8e dst=0 src=0 off=0 imm=0\nr0 = 0", INVALID_INSTRUCTION),
                h("bad byte swap width", ".insn code=0xd4 dst=0 src=0 off=0 imm=8\nr0 = 0", INVALID_INSTRUCTION),
                h("register 11", ".insn code=0xb7 dst=11 src=0 off=0 imm=0\nr0 = 0", INVALID_INSTRUCTION),
                h("map helper with a scalar map", "r1 = 5\nr2 = r10\ncall bpf_map_lookup_elem\nr0 = 0",
                        HELPER_MISUSE),
                h("key beyond the stack", "r2 = r10\nr2 += -2\n*(u16 *)(r10 - 2) = 0\nr1 = map[h] ll\n"
                        + "call bpf_map_lookup_elem\nr0 = 0", OUT_OF_BOUNDS),
                h("tail call through a hash map", "r2 = map[h] ll\nr3 = 0\ncall bpf_tail_call\nr0 = 0", HELPER_MISUSE),
                h("ring buffer reservation never released", "r1 = map[rb] ll\nr2 = 8\nr3 = 0\n"
                        + "call bpf_ringbuf_reserve\nr0 = 0", UNRELEASED_REFERENCE),
                h("ring buffer record used after submit", "r1 = map[rb] ll\nr2 = 8\nr3 = 0\ncall bpf_ringbuf_reserve\n"
                        + "if r0 == 0 goto +5\nr6 = r0\nr1 = r0\nr2 = 0\ncall bpf_ringbuf_submit\n"
                        + "*(u64 *)(r6 + 0) = 1\nr0 = 0", INVALID_POINTER),
                h("submit of a pointer that was not reserved", "r1 = r10\nr1 += -8\nr2 = 0\ncall bpf_ringbuf_submit\n"
                        + "r0 = 0", HELPER_MISUSE));
    }

    private static Arguments h(String name, String asm, BpfRuntimeException.Kind kind) {
        return Arguments.of(name, asm + "\nexit", kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void stopsWithAFault(String name, String asm, BpfRuntimeException.Kind kind) {
        for (boolean compiled : new boolean[] {true, false}) {
            Interpreter.Builder b = Interpreter.builder(Programs.object(asm, HASH, RINGBUF)).instructionLimit(1_000_000);
            Interpreter vm = (compiled ? b.compileAfter(0) : b.compile(false)).build();
            assertThatThrownBy(() -> vm.program().run(Programs.PACKET))
                    .as(compiled ? "compiled" : "interpreted")
                    .isInstanceOf(BpfRuntimeException.class)
                    .satisfies(e -> assertThat(((BpfRuntimeException) e).kind()).as(e.getMessage()).isEqualTo(kind));
        }
    }

    @Test
    void fallingOffTheEndIsAFault() {
        Interpreter vm = Interpreter.load(Programs.object("r0 = 0\nr1 = 1"));
        assertThatThrownBy(() -> vm.program().run(Programs.PACKET)).isInstanceOf(BpfRuntimeException.class)
                .hasMessageContaining("fell off the end");
    }

    @Test
    void messageNamesInstructionSourceAndRegisters() {
        Interpreter vm = Interpreter.load(Programs.object("r0 = 0\nr1 = 0x1234\nr0 = *(u64 *)(r1 + 8)\nexit"));
        assertThatThrownBy(() -> vm.program().run(Programs.PACKET))
                .isInstanceOf(BpfRuntimeException.class)
                .hasMessageContaining("test: insn 2")
                .hasMessageContaining("r0 = *(u64 *)(r1 + 8)")
                .hasMessageContaining("test.s:3")
                .hasMessageContaining("r1=0x1234")
                .hasMessageContaining("r10=fp0");
    }

    @Test
    void endlessLoopStopsQuicklyWithTheDefaultBudget() {
        Interpreter vm = Interpreter.load(Programs.object("r0 = 0\nloop:\nr0 += 1\ngoto loop\nexit"));
        long start = System.nanoTime();
        assertThatThrownBy(() -> vm.program().run(Programs.PACKET)).isInstanceOf(BpfRuntimeException.class)
                .hasMessageContaining("more than 10000000 instructions");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void rodataIsReadOnly() {
        MapSpec rodata = MapSpec.builder(".rodata", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(1)
                .flags(MapSpec.F_RDONLY_PROG).definition(MapDefinitionKind.DATA_SECTION)
                .initialData(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}).build();
        ObjectSpec o = Programs.object("r1 = map_value[.rodata]+0 ll\nr0 = *(u8 *)(r1 + 1)\n*(u8 *)(r1 + 0) = 0\nexit",
                rodata);
        assertThatThrownBy(() -> Interpreter.load(o).program().run(Programs.PACKET))
                .isInstanceOf(BpfRuntimeException.class)
                .satisfies(e -> assertThat(((BpfRuntimeException) e).kind()).isEqualTo(READ_ONLY));
        ObjectSpec reads = Programs.object("r1 = map_value[.rodata]+2 ll\nr0 = *(u8 *)(r1 + 1)\nexit", rodata);
        assertThat(Interpreter.load(reads).program().run(Programs.PACKET).r0()).isEqualTo(4);
    }

    @Test
    void uninitialisedStackCanBeAllowed() {
        ObjectSpec o = Programs.object("*(u32 *)(r10 - 8) = 1\nr0 = *(u64 *)(r10 - 8)\nr0 &= 0xff\nexit");
        assertThat(Interpreter.builder(o).allowUninitializedStack().build().program().run(Programs.PACKET).r0())
                .isEqualTo(1);
    }

    @Test
    void gplOnlyHelperNeedsAGplLicense() {
        ObjectSpec o = new ObjectSpec(Programs.object("r1 = r10\nr2 = 0\ncall bpf_trace_printk\nr0 = 0\nexit")
                .programs(), List.of(), "Proprietary");
        assertThatThrownBy(() -> Interpreter.load(o).program().run(Programs.PACKET))
                .isInstanceOf(BpfRuntimeException.class).hasMessageContaining("GPL");
    }
}
