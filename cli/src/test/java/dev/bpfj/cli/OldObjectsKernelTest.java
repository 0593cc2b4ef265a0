package dev.bpfj.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.emitter.ReadOptions;
import dev.bpfj.emitter.text.ObjectTextParser;
import dev.bpfj.emitter.text.ObjectTextWriter;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.kernel.TestRunResult;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Objects libbpf 1.x refuses — legacy {@code maps} sections, section names it does not know,
 * sections without function symbols, static entry functions — read by bpfj, loaded by bpfj's own
 * loader, and compared with what {@code bpfj disasm} then {@code bpfj asm} makes of them: every
 * program must return the same action and packet on every frame. Skipped where bpf() is refused.
 */
class OldObjectsKernelTest {

    @BeforeEach
    void needsTheKernel() {
        String reason = Kernel.unavailableReason();
        if (reason != null) {
            System.out.println("OldObjectsKernelTest skipped: " + reason);
        }
        Assumptions.assumeTrue(reason == null, reason);
    }

    static List<byte[]> packets() {
        ByteBuffer udp = ByteBuffer.allocate(60);
        udp.put(new byte[] {(byte) 0xaa, 1, 2, 3, 4, 5, 2, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        udp.put((byte) 0x45).put((byte) 0).putShort((short) 46).putInt(0).put((byte) 64).put((byte) 17).putShort((short) 0);
        udp.putInt(0x0a000001).putInt(0x0a000002).putShort((short) 1234).putShort((short) 9999);
        byte[] small = new byte[20];
        small[0] = 7;
        return List.of(udp.array(), small, new byte[100]);
    }

    @ParameterizedTest
    @CsvSource({"legacy_maps,", "legacy_elf_map,xdp", "noncanonical,", "sections_only,", "static_entry,"})
    void readLoadedAndRoundTrippedBehaveAlike(String fixture, String type) {
        ReadOptions options = type == null ? ReadOptions.DEFAULT : ReadOptions.withType(ProgramType.parse(type).orElseThrow());
        Path path = CliTest.FIXTURES.resolve(fixture + ".o");
        ObjectSpec original = ElfReader.read(path, options).object();
        ObjectSpec copy = ElfReader.read(ElfWriter.write(ObjectTextParser.parse(
                ObjectTextWriter.write(original), fixture + ".s")), options).object();
        int ran = 0;
        try (LoadedObject a = LoadedObject.load(original); LoadedObject b = LoadedObject.load(copy)) {
            for (ProgramSpec p : original.programs()) {
                assertThat(a.result(p.name()).accepted()).as("%s %s: %s", fixture, p.name(),
                        a.result(p.name()).verdict()).isTrue();
                assertThat(b.result(p.name()).accepted()).as("%s %s round trip: %s", fixture, p.name(),
                        b.result(p.name()).verdict()).isTrue();
                for (byte[] packet : packets()) {
                    TestRunResult x = a.program(p.name()).run(packet);
                    TestRunResult y = b.program(p.name()).run(packet);
                    assertThat(y.retval()).as("%s %s", fixture, p.name()).isEqualTo(x.retval());
                    assertThat(y.dataOut()).as("%s %s", fixture, p.name()).isEqualTo(x.dataOut());
                    ran++;
                }
            }
        }
        assertThat(ran).isPositive();
    }
}
