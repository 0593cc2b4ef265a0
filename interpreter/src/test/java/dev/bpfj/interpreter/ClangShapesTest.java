package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.XdpAction;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.ElfReader;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Code shapes clang produces in real-world XDP programs that Linux accepts and runs, reproduced by
 * small fixtures (../fixtures/src): the interpreter must run them as the kernel does, compiled and
 * in the decoding loop alike.
 */
class ClangShapesTest {

    private static ObjectSpec fixture(String name) {
        return ElfReader.read(Path.of("..", "fixtures", name + ".o")).object();
    }

    private static Interpreter[] both(ObjectSpec o) {
        return new Interpreter[] {Interpreter.builder(o).compileAfter(0).build(),
                Interpreter.builder(o).compile(false).build()};
    }

    @Test
    void subprogramWhoseResultClangFoldedIntoTheCaller() {
        // swap_macs exits without setting r0; the caller sets r0 = XDP_TX itself
        byte[] frame = Programs.packet(60);
        byte[] swapped = frame.clone();
        System.arraycopy(frame, 6, swapped, 0, 6);
        System.arraycopy(frame, 0, swapped, 6, 6);
        for (Interpreter vm : both(fixture("unused_return"))) {
            RunResult r = vm.program("xdp_bounce_sub").run(frame);
            assertThat(r.action()).isEqualTo(XdpAction.TX);
            assertThat(Arrays.equals(r.packet(), swapped)).as(r.toString()).isTrue();
        }
        ObjectSpec o = fixture("unused_return");
        assertThat(Interpreter.builder(o).compileAfter(0).build().isCompiled("xdp_bounce_sub")).isTrue();
    }

    @Test
    void printkWithMoreThanThreeArgumentsIsTraceVprintk() {
        byte[] frame = Programs.packet(60);
        byte[] ip = {0x45, 0, 0, 46, 0x12, 0x34, 0, 0, 64, 17, 0, 0, 10, 0, 0, 1, 10, 0, 0, 2};
        System.arraycopy(ip, 0, frame, 14, ip.length);
        String first = "len 60 proto 0800 src ..02 dst ..01";
        String second = "10.0.0.1 -> 10.0.0.2 ttl 64 id 4660 proto 17";
        for (Interpreter vm : both(fixture("printk_vargs"))) {
            RunResult r = vm.program("xdp_printk_vargs").run(frame);
            assertThat(r.action()).isEqualTo(XdpAction.PASS);
            assertThat(r.prints()).containsExactly(first, second);
            // each call returns the length of its text, as bstr_printf does; the program sums them
            assertThat(vm.map("printed").lookupLong(0)).isEqualTo(first.length() + second.length());
        }
    }
}
