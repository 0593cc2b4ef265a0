package dev.bpfj.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KernelTest {

    @BeforeEach
    void needsKernel() {
        String reason = Kernel.unavailableReason();
        if (reason != null) {
            System.out.println("skipped: " + reason);
        }
        assumeTrue(reason == null, reason);
    }

    private static byte[] packet(int length) {
        byte[] p = new byte[length];
        for (int i = 0; i < length; i++) {
            p[i] = (byte) i;
        }
        return p;
    }

    @Test
    void passAllRunsAndReturnsPass() {
        ProgramSpec pass = ProgramSpec.of("pass", "xdp", AsmParser.parse("r0 = 2\nexit"));
        try (LoadedObject obj = LoadedObject.load(new ObjectSpec(List.of(pass), List.of(), "GPL"))) {
            TestRunResult r = obj.program("pass").run(packet(64));
            assertThat(r.retval()).isEqualTo(2);
            assertThat(r.dataOut()).isEqualTo(packet(64));
            assertThat(obj.result("pass").verdict().processedInsns()).isEqualTo(2);
        }
    }

    @Test
    void refusedProgramCarriesTheVerifierMessage() {
        ProgramSpec bad = ProgramSpec.of("bad", "xdp", AsmParser.parse("exit"));
        try (LoadedObject obj = LoadedObject.load(new ObjectSpec(List.of(bad), List.of(), "GPL"))) {
            LoadResult r = obj.result("bad");
            assertThat(r.accepted()).isFalse();
            assertThat(r.verdict().errno()).isEqualTo(13);
            assertThat(r.verdict().message()).isEqualTo("R0 !read_ok");
        }
    }

    /** A map left at max_entries 0 for its loader to size (xdp-tools' rx_cnt, one slot per CPU). */
    private static ObjectSpec sizedByLoader() {
        MapSpec rxCnt = MapSpec.builder("rx_cnt", MapType.ARRAY).keySize(4).valueSize(8).maxEntries(0).build();
        ProgramSpec count = ProgramSpec.of("count", "xdp", AsmParser.parse("""
                r2 = *(u32 *)(r1 + 16)
                *(u32 *)(r10 - 4) = r2
                r2 = r10
                r2 += -4
                r1 = map[rx_cnt] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = 1
                lock *(u64 *)(r0 + 0) += r1
                r0 = 2
                exit
                out:
                r0 = 0
                exit
                """));
        return new ObjectSpec(List.of(count), List.of(rxCnt), "GPL");
    }

    @Test
    void mapLeftForTheLoaderToSizeNeedsASize() {
        assertThatThrownBy(() -> LoadedObject.load(sizedByLoader()))
                .isInstanceOf(KernelException.class)
                .hasMessageContaining("creating map rx_cnt")
                .hasMessageContaining("LoadOptions.withMaxEntries(\"rx_cnt\", n)");
        try (LoadedObject obj = LoadedObject.load(sizedByLoader(), LoadOptions.DEFAULT.withMaxEntries("rx_cnt", 4))) {
            assertThat(obj.spec().map("rx_cnt").orElseThrow().maxEntries()).isEqualTo(4);
            assertThat(obj.program("count").run(packet(64)).retval()).isEqualTo(2);
            byte[] zero = new byte[4];
            assertThat(ByteBuffer.wrap(obj.map("rx_cnt").lookup(zero).orElseThrow()).order(ByteOrder.LITTLE_ENDIAN)
                    .getLong()).isEqualTo(1);
            assertThat(obj.map("rx_cnt").keys()).hasSize(4);
        }
        assertThatThrownBy(() -> LoadedObject.load(sizedByLoader(), LoadOptions.DEFAULT.withMaxEntries("rx_count", 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[rx_cnt]");
    }

    @Test
    void mapsAreCreatedResolvedAndReadable() {
        MapSpec counters = MapSpec.builder("counters", MapType.PERCPU_ARRAY).keySize(4).valueSize(8).maxEntries(4).build();
        MapSpec seen = MapSpec.builder("seen", MapType.HASH).keySize(4).valueSize(8).maxEntries(16).build();
        ProgramSpec count = ProgramSpec.of("count", "xdp", AsmParser.parse("""
                r6 = r1
                *(u32 *)(r10 - 4) = 1
                r2 = r10
                r2 += -4
                r1 = map[counters] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = 5
                lock *(u64 *)(r0 + 0) += r1
                r1 = map[seen] ll
                r2 = r10
                r2 += -4
                r3 = r10
                r3 += -16
                *(u64 *)(r10 - 16) = 77
                r4 = 0
                call bpf_map_update_elem
                out:
                r0 = 1
                exit
                """));
        try (LoadedObject obj = LoadedObject.load(new ObjectSpec(List.of(count), List.of(counters, seen), "GPL"))) {
            LoadedProgram p = obj.program("count");
            assertThat(p.run(packet(60)).retval()).isEqualTo(1);
            assertThat(p.run(packet(60), null, 3).retval()).isEqualTo(1);
            byte[] key = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(1).array();
            byte[] perCpu = obj.map("counters").lookup(key).orElseThrow();
            assertThat(perCpu).hasSize(8 * Kernel.possibleCpus());
            long total = 0;
            ByteBuffer bb = ByteBuffer.wrap(perCpu).order(ByteOrder.LITTLE_ENDIAN);
            for (int cpu = 0; cpu < Kernel.possibleCpus(); cpu++) {
                total += bb.getLong();
            }
            assertThat(total).isEqualTo(20);
            assertThat(obj.map("seen").keys()).hasSize(1);
            assertThat(ByteBuffer.wrap(obj.map("seen").lookup(key).orElseThrow()).order(ByteOrder.LITTLE_ENDIAN).getLong())
                    .isEqualTo(77);
        }
    }

    @Test
    void contextSelectsMetadataAndQueue() {
        // returns the rx queue index
        ProgramSpec q = ProgramSpec.of("queue", "xdp", AsmParser.parse("r0 = *(u32 *)(r1 + 12)\nexit"));
        try (LoadedObject obj = LoadedObject.load(new ObjectSpec(List.of(q), List.of(), "GPL"))) {
            TestRunResult r = obj.program("queue").run(packet(64), XdpMd.of(0, 64, 1, 0).toBytes(), 1);
            assertThat(r.retval()).isEqualTo(1);
            assertThat(XdpMd.fromBytes(r.ctxOut()).dataEnd()).isEqualTo(64);
        }
    }

    @Test
    void lineInfoReachesTheKernelLog() {
        var parsed = AsmParser.parse("r0 = *(u32 *)(r1 + 0)\nr1 = *(u8 *)(r0 + 0)\nexit\n", "Broken.java");
        ProgramSpec broken = ProgramSpec.of("broken", "xdp", parsed.instructions());
        try (LoadedObject obj = LoadedObject.load(new ObjectSpec(List.of(broken), List.of(), "GPL"))) {
            assertThat(obj.btfProblem()).isNull();
            assertThat(obj.hasBtf()).isTrue();
            KernelVerdict v = obj.result("broken").verdict();
            assertThat(v.accepted()).isFalse();
            assertThat(v.message()).isEqualTo("R0 offset is outside of the packet");
            assertThat(v.log()).contains("invalid access to packet, off=0 size=1, R0(id=0,off=0,r=0)");
            assertThat(v.log()).contains("@ Broken.java:2");
        }
    }
}
