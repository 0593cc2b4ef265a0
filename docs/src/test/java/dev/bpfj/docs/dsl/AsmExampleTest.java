package dev.bpfj.docs.dsl;

import static dev.bpfj.core.Register.R0;
import static dev.bpfj.core.Register.R1;
import static dev.bpfj.core.Register.R10;
import static dev.bpfj.core.Register.R2;
import static dev.bpfj.testing.BpfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.Disassembler;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;
import dev.bpfj.core.Size;
import dev.bpfj.core.XdpAction;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.docs.Expected;
import dev.bpfj.dsl.Asm;
import dev.bpfj.dsl.BpfBuildException;
import dev.bpfj.dsl.ObjectBuilder;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.testing.PacketBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Asm layer: instructions one by one, labels, maps by name, an object written by hand. */
class AsmExampleTest {

    @Test
    void countsPacketsWithHandWrittenInstructions() {
        // tag::asm[]
        MapSpec counters = MapSpec.builder("counters", MapType.ARRAY)
                .keyType(BtfType.Typedef.U32).valueType(BtfType.Typedef.U64).maxEntries(1).build();

        Asm count = Asm.program("count", "xdp")
                .stw(R10, -4, 0)                       // key = 0 on the stack
                .mov(R2, R10).add(R2, -4)              // r2 = &key
                .ldMap(R1, "counters")                 // r1 = &counters (lddw + relocation)
                .call(Helpers.MAP_LOOKUP_ELEM)
                .jeq(R0, 0, "out")                     // the verifier insists on this null check
                .mov(R1, 1)
                .atomicAdd(Size.DW, R0, 0, R1)         // lock *(u64 *)(r0 + 0) += r1
                .label("out")
                .mov(R0, XdpAction.PASS.value())
                .exit();

        ObjectSpec object = ObjectBuilder.license("GPL").map(counters).program(count).build();
        ElfWriter.write(object, Path.of("target/count.bpf.o"));
        // end::asm[]

        Expected.check("asm.txt", "listing", Disassembler.listing(object.programs().get(0)));
        assertThat(object).verifies();
        Interpreter vm = Interpreter.load(object);
        assertThat(vm.program().run(PacketBuilder.ethernet().build())).passes();
        assertThat(vm.program().run(PacketBuilder.ethernet().build())).passes();
        assertThat(vm.map("counters")).containsEntry(0, 2L);
        assertThat(Path.of("target/count.bpf.o")).isNotEmptyFile();
    }

    @Test
    void assemblyTextAndJavaCallsMix() {
        // tag::text[]
        ProgramSpec drop = Asm.program("drop_all", "xdp")
                .emit("""
                      r0 = 1
                      exit
                      """)
                .build();
        // end::text[]
        assertThat(drop.instructions()).hasSize(2);
        assertThat(drop.sourceAt(0).fileName()).isEqualTo("AsmExampleTest.java");
    }

    @Test
    void mistakesAreBuildErrorsOnTheJavaLine() {
        // tag::unbound[]
        Asm asm = Asm.program("oops", "xdp").ja("nowhere").mov(R0, 2).exit();
        // end::unbound[]
        assertThatThrownBy(asm::build).isInstanceOf(BpfBuildException.class)
                .satisfies(e -> Expected.check("asm.txt", "unbound", e.getMessage()));
    }
}
