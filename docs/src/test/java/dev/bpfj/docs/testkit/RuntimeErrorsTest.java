package dev.bpfj.docs.testkit;

import static dev.bpfj.core.Register.R0;
import static dev.bpfj.core.Register.R1;
import static dev.bpfj.core.Register.R2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.docs.Expected;
import dev.bpfj.dsl.Asm;
import dev.bpfj.dsl.ObjectBuilder;
import dev.bpfj.interpreter.BpfRuntimeException;
import dev.bpfj.interpreter.Interpreter;
import dev.bpfj.testing.PacketBuilder;
import org.junit.jupiter.api.Test;

/** What a run that goes wrong looks like: the interpreter stops where the kernel would not have gone on. */
class RuntimeErrorsTest {

    @Test
    void aReadPastThePacketStopsTheRun() {
        // tag::oob[]
        var object = ObjectBuilder.license("GPL").program(Asm.program("peek", "xdp")
                .ldxw(R2, R1, 0)                   // r2 = data
                .ldxw(R0, R2, 60)                  // no bounds check: bytes 60..63
                .mov(R0, 2).exit()).build();
        Interpreter vm = Interpreter.builder(object).build();

        assertThatThrownBy(() -> vm.program().run(PacketBuilder.ethernet().build()))   // a 14-byte frame
                .isInstanceOf(BpfRuntimeException.class)
                // end::oob[]
                .satisfies(e -> {
                    assertThat(((BpfRuntimeException) e).kind()).isEqualTo(BpfRuntimeException.Kind.OUT_OF_BOUNDS);
                    Expected.check("testkit.txt", "oob", e.getMessage());
                });
    }
}
