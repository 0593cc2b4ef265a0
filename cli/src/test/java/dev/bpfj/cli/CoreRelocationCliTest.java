package dev.bpfj.cli;

import static dev.bpfj.cli.CliTest.bpfj;
import static dev.bpfj.cli.CliTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.cli.CliTest.Outcome;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.emitter.CoreTarget;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadOptions;
import dev.bpfj.emitter.btf.TargetBtf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code --btf} on the commands that open an object, with {@code fixtures/core_relo.o}: its local
 * ___local header layouts differ from the kernel's, so only the relocated program reads the packet
 * right (and returns XDP_PASS, 2, rather than the local enumerator value 12).
 */
class CoreRelocationCliTest {
    /** Ethernet + IPv4 + UDP to port 53, padded to 56 bytes. */
    static final String UDP = "020000000002020000000001080045000032123400004011" + "00000a0000010a00000204d20035001e0000"
            + "0".repeat(28);

    static void needsKernelBtf() {
        Assumptions.assumeTrue(TargetBtf.kernel().isPresent(), TargetBtf.VMLINUX + " is not readable here");
    }

    @Test
    void disasmShowsTheCompilersInstructionsUnlessAskedToRelocate() {
        Outcome plain = bpfj("disasm", fixture("core_relo"));
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("; warning: .BTF.ext: 27 CO-RE relocation(s) not applied")
                .containsPattern("\\n\\s+8: r1 = \\*\\(u16 \\*\\)\\(r2 \\+ 0\\)\\n")
                .containsPattern("\\n\\s+90: r1 = \\*\\(u8 \\*\\)\\(r6 \\+ 8\\)\\n");
        // map_in_map.o's BTF has the kernel's struct iphdr (from linux/ip.h) and no struct ethhdr
        Outcome relocated = bpfj("disasm", fixture("core_relo"), "--btf", fixture("map_in_map"));
        assertThat(relocated.exit()).as(relocated.err()).isZero();
        assertThat(relocated.out()).contains("applied against")
                .containsPattern("\\n\\s+90: r1 = \\*\\(u8 \\*\\)\\(r6 \\+ 9\\)\\n")
                .containsPattern("\\n\\s+8: call 195896080\\n");
    }

    @Test
    void theDisassemblyOfAnUnrelocatedObjectAssemblesToTheSameInstructions() throws IOException {
        Path dir = Files.createDirectories(CliTest.SCRATCH);
        Path text = dir.resolve("core_relo.s");
        Path obj = dir.resolve("core_relo.o");
        assertThat(bpfj("disasm", fixture("core_relo"), "-o", text.toString()).exit()).isZero();
        Outcome a = bpfj("asm", text.toString(), "-o", obj.toString());
        assertThat(a.exit()).as(a.err()).isZero();
        ReadOptions none = ReadOptions.DEFAULT.withCoreTarget(CoreTarget.NONE);
        ObjectSpec original = ElfReader.read(Path.of(fixture("core_relo")), none).object();
        assertThat(ElfReader.read(obj, none).object().programs().get(0).instructions())
                .isEqualTo(original.programs().get(0).instructions());
    }

    @Test
    void runAndVerifySeeTheRelocatedProgram() {
        needsKernelBtf();
        Outcome kernel = bpfj("run", fixture("core_relo"), "--packet", UDP);
        assertThat(kernel.exit()).as(kernel.err()).isZero();
        assertThat(kernel.out()).contains("r0=0x0000000000000002 XDP_PASS");
        Outcome local = bpfj("run", fixture("core_relo"), "--btf", "none", "--packet", UDP);
        assertThat(local.out()).as("unrelocated, the local enumerator value comes back").contains("r0=0x000000000000000c");
        Outcome verified = bpfj("verify", fixture("core_relo"), "--btf", TargetBtf.VMLINUX.toString());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        assertThat(verified.out()).contains("xdp_core (xdp): accepted");
        Outcome unrelocated = bpfj("verify", fixture("core_relo"), "--btf", "none");
        assertThat(unrelocated.exit()).as("the compiler's offsets read past the checked header").isEqualTo(1);
        assertThat(unrelocated.out()).contains("invalid access to packet");
    }

    @Test
    void inspectListsEachRelocationAsLibbpfLogsIt() {
        Outcome o = bpfj("inspect", fixture("core_relo"), "--btf", fixture("map_in_map"));
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("27 CO-RE relocations applied")
                .containsPattern("xdp_core insn 90 <byte_off> \\[24\\] iphdr___local\\.protocol \\(0:6 @ offset 8\\) -> \\[\\d+\\]"
                        + " iphdr\\.protocol \\(0:7 @ offset 9\\): r1 = \\*\\(u8 \\*\\)\\(r6 \\+ 8\\) => r1 = \\*\\(u8 \\*\\)\\(r6 \\+ 9\\)")
                .contains("total_length insn 1 <byte_off> [24] iphdr___local.ttl (0:7 @ offset 9) -> ");
        Outcome json = bpfj("inspect", "--json", fixture("core_relo"), "--btf", fixture("map_in_map"));
        assertThat(json.out()).contains("\"core_relocations\": [", "\"kind\": \"enumval_value\"", "\"poisoned\": true");
    }

    @Test
    void inspectReportsWhatWasRelocatedAndPoisoned() {
        Outcome o = bpfj("inspect", fixture("rejected/core_relo_poison"), "--btf", fixture("map_in_map"));
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out()).contains("1 of 1 CO-RE relocation(s) applied against", "1 poisoned",
                "insn 6: CO-RE relocation #0 <byte_off>", "matches nothing in the target BTF");
    }

    @Test
    void aBadBtfFileIsOneLineOfBadInput() {
        CliTest.badInput(bpfj("inspect", fixture("core_relo"), "--btf", "target/no-such.btf"), "no-such.btf: no such file");
        CliTest.badInput(bpfj("inspect", fixture("core_relo"), "--btf", fixture("pass_all").replace(".o", ".objdump")),
                "not a BTF file");
    }
}
