package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XDP edge cases where Linux's helpers succeed or fail, each run on the kernel and the
 * interpreter side by side: adjust_head/tail/meta at and beyond their limits, csum_diff, tail call
 * counting, test_run's buffer handling. The kernel is the oracle; these pin the interpreter to it.
 */
class XdpEdgeParityTest {

    private static ProgramSpec prog(String name, String asm) {
        return ProgramSpec.of(name, "xdp", AsmParser.parse(asm, name + ".s").instructions());
    }

    private static ObjectSpec object(List<ProgramSpec> programs, MapSpec... maps) {
        return new ObjectSpec(programs, List.of(maps), "GPL");
    }

    /** A program that calls a one-argument XDP helper with a constant and returns its result. */
    private static ProgramSpec adjust(String name, String helper, int delta) {
        return prog(name, "r6 = r1\nr2 = " + delta + "\ncall " + helper + "\nexit");
    }

    @Test
    void adjustTailLimits() {
        List<ProgramSpec> ps = new ArrayList<>();
        int[] deltas = {-51, -50, -1, 0, 1, 100, 3455, 3456, 3457, 4000, -2000};
        for (int i = 0; i < deltas.length; i++) {
            ps.add(adjust("tail" + i, "bpf_xdp_adjust_tail", deltas[i]));
        }
        try (Twin t = new Twin(object(ps))) {
            for (int i = 0; i < deltas.length; i++) {
                t.assertSame("tail" + i, XdpInput.of(Programs.packet(64)));
                t.assertSame("tail" + i, XdpInput.of(Programs.packet(1500)));
                t.assertSame("tail" + i, XdpInput.of(Programs.packet(64)).metadata(new byte[8]));
            }
        }
    }

    @Test
    void adjustHeadLimits() {
        List<ProgramSpec> ps = new ArrayList<>();
        int[] deltas = {-217, -216, -208, -207, -100, -1, 0, 1, 50, 51, 1000};
        for (int i = 0; i < deltas.length; i++) {
            ps.add(adjust("head" + i, "bpf_xdp_adjust_head", deltas[i]));
        }
        try (Twin t = new Twin(object(ps))) {
            for (int i = 0; i < deltas.length; i++) {
                t.assertSame("head" + i, XdpInput.of(Programs.packet(64)));
                t.assertSame("head" + i, XdpInput.of(Programs.packet(64)).metadata(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
            }
        }
    }

    @Test
    void adjustMetaLimits() {
        List<ProgramSpec> ps = new ArrayList<>();
        int[] deltas = {-260, -256, -216, -212, -8, -4, -2, 0, 2, 4, 8};
        for (int i = 0; i < deltas.length; i++) {
            ps.add(adjust("meta" + i, "bpf_xdp_adjust_meta", deltas[i]));
        }
        try (Twin t = new Twin(object(ps))) {
            for (int i = 0; i < deltas.length; i++) {
                t.assertSame("meta" + i, XdpInput.of(Programs.packet(64)));
                t.assertSame("meta" + i, XdpInput.of(Programs.packet(64)).metadata(new byte[] {1, 2, 3, 4}));
            }
        }
    }

    @Test
    void repeatDoesNotResetTheBuffer() {
        // Each run moves the head by 4 and bumps the first byte; the fifth run cannot move any further.
        ProgramSpec p = prog("walk", """
                r6 = r1
                r2 = 4
                call bpf_xdp_adjust_head
                r7 = r0
                r2 = *(u32 *)(r6 + 0)
                r3 = *(u32 *)(r6 + 4)
                r4 = r2
                r4 += 1
                if r4 > r3 goto out
                r5 = *(u8 *)(r2 + 0)
                r5 += 1
                *(u8 *)(r2 + 0) = r5
                out:
                r0 = r7
                exit
                """);
        try (Twin t = new Twin(object(List.of(p)))) {
            for (int repeat : new int[] {0, 1, 2, 5, 12}) {
                t.assertSame("walk", XdpInput.of(Programs.packet(30)).repeat(repeat));
            }
        }
    }

    @Test
    void adjustTailGrowthIsZeroedAndHeadroomStartsZeroed() {
        ProgramSpec p = prog("grow", """
                r6 = r1
                r2 = -200
                call bpf_xdp_adjust_head
                r1 = r6
                r2 = 100
                call bpf_xdp_adjust_tail
                r0 = 2
                exit
                """);
        try (Twin t = new Twin(object(List.of(p)))) {
            RunResult r = t.assertSame("grow", XdpInput.of(Programs.packet(64)));
            assertThat(r.output()).hasSize(364);
            assertThat(r.output()[0]).isZero();
            assertThat(r.output()[363]).isZero();
        }
    }

    @Test
    void csumDiff() {
        // from = 8 bytes at fp-16, to = 12 bytes at fp-32; sizes and seed vary per program.
        String setup = """
                r1 = 0x1122334455667788 ll
                *(u64 *)(r10 - 16) = r1
                r1 = 0xfedcba9876543210 ll
                *(u64 *)(r10 - 32) = r1
                r1 = 0x0123456789abcdef ll
                *(u64 *)(r10 - 24) = r1
                """;
        int[][] cases = {{8, 12, 0}, {8, 8, 0}, {0, 12, 0}, {8, 0, 0}, {0, 0, 0}, {0, 0, 0x12345}, {4, 4, 7},
                {8, 12, -1}, {0, 4, 0xffff}, {6, 4, 0}, {4, 2, 0}, {8, 0, 0xdeadbeef}, {1, 0, 0}, {0, 3, 0},
                {7, 5, 9}, {5, 11, 0x10000}, {3, 3, 0}};
        List<ProgramSpec> ps = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            int[] c = cases[i];
            ps.add(prog("csum" + i, setup + "r1 = r10\nr1 += -16\nr2 = " + c[0] + "\nr3 = r10\nr3 += -32\nr4 = "
                    + c[1] + "\nr5 = " + c[2] + " ll\ncall bpf_csum_diff\nexit"));
        }
        // buffers at odd addresses
        ps.add(prog("csumOdd", setup + "r1 = r10\nr1 += -15\nr2 = 7\nr3 = r10\nr3 += -31\nr4 = 9\nr5 = 3\n"
                + "call bpf_csum_diff\nexit"));
        // identical from and to
        ps.add(prog("csumSame", setup + "r1 = r10\nr1 += -16\nr2 = 8\nr3 = r10\nr3 += -16\nr4 = 8\nr5 = 0\n"
                + "call bpf_csum_diff\nexit"));
        try (Twin t = new Twin(object(ps))) {
            for (ProgramSpec p : ps) {
                t.assertSame(p.name(), XdpInput.of(Programs.packet(64)));
            }
        }
    }

    @Test
    void emptySlotsDoNotCountTowardsTheTailCallLimit() {
        MapSpec jmp = MapSpec.builder("jmp", MapType.PROG_ARRAY).keySize(4).valueSize(4).maxEntries(4).build();
        List<ProgramSpec> ps = new ArrayList<>();
        for (int n : new int[] {32, 33, 100}) {
            // n tail calls into the empty slot 1, then one into slot 0 (the target returning 42)
            ps.add(prog("caller" + n, """
                    r6 = r1
                    r7 = 0
                    loop:
                    r1 = r6
                    r2 = map[jmp] ll
                    r3 = 1
                    call bpf_tail_call
                    r7 += 1
                    if r7 < %d goto loop
                    r1 = r6
                    r2 = map[jmp] ll
                    r3 = 0
                    call bpf_tail_call
                    r0 = r7
                    exit
                    """.formatted(n)));
        }
        ps.add(prog("target", "r0 = 42\nexit"));
        try (Twin t = new Twin(object(ps, jmp))) {
            t.setProgram("jmp", 0, "target");
            assertThat(t.assertSame("caller32", XdpInput.of(Programs.PACKET)).r0()).isEqualTo(42);
            assertThat(t.assertSame("caller33", XdpInput.of(Programs.PACKET)).r0()).isEqualTo(42);
            assertThat(t.assertSame("caller100", XdpInput.of(Programs.PACKET)).r0()).isEqualTo(42);
        }
    }

    @Test
    void atMost33TailCallsInARow() {
        MapSpec jmp = MapSpec.builder("jmp", MapType.PROG_ARRAY).keySize(4).valueSize(4).maxEntries(1).build();
        MapSpec count = MapSpec.builder("count", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(1).build();
        ProgramSpec self = prog("self", """
                r6 = r1
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = map[count] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = 1
                lock *(u64 *)(r0 + 0) += r1
                r1 = r6
                r2 = map[jmp] ll
                r3 = 0
                call bpf_tail_call
                out:
                r0 = 7
                exit
                """);
        try (Twin t = new Twin(object(List.of(self), jmp, count))) {
            t.setProgram("jmp", 0, "self");
            t.assertSame("self", XdpInput.of(Programs.PACKET));
            t.assertMapsSame();
            assertThat(t.interpreter.map("count").lookupLong(0)).isEqualTo(34);
        }
    }

    @Test
    void contextFieldsAndMetadata() {
        ProgramSpec p = prog("ctx", """
                r2 = *(u32 *)(r1 + 0)
                r3 = *(u32 *)(r1 + 4)
                r4 = *(u32 *)(r1 + 8)
                r5 = *(u32 *)(r1 + 12)
                r0 = *(u32 *)(r1 + 16)
                r0 <<= 8
                r0 |= r5
                r0 <<= 8
                r3 -= r2
                r0 |= r3
                r0 <<= 8
                r2 -= r4
                r0 |= r2
                exit
                """);
        try (Twin t = new Twin(object(List.of(p)))) {
            t.assertSame("ctx", XdpInput.of(Programs.packet(60)));
            t.assertSame("ctx", XdpInput.of(Programs.packet(60)).metadata(new byte[12]));
            t.assertSame("ctx", XdpInput.of(Programs.packet(13)));
            t.assertSame("ctx", XdpInput.of(Programs.packet(14)));
            t.assertSame("ctx", XdpInput.of(Programs.packet(60)).metadata(new byte[6]));
            t.assertSame("ctx", XdpInput.of(Programs.packet(60)).metadata(new byte[220]));
            t.assertSame("ctx", XdpInput.of(Programs.packet(60)).metadata(new byte[216]));
        }
    }
}
