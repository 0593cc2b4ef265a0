package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.Errno;
import dev.bpfj.core.MapType;
import dev.bpfj.core.XdpAction;
import dev.bpfj.core.codec.Codecs;
import dev.bpfj.core.spec.MapSpec;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What tests see of the runtime that Linux cannot be asked about: the controllable environment,
 * the routing table behind fib_lookup, captured events, map views, traces and coverage.
 */
class RuntimeApiTest {
    static MapSpec array(String name, int value, int max) {
        return MapSpec.builder(name, MapType.ARRAY).keySize(4).valueSize(value).maxEntries(max).build();
    }

    @Test
    void clockRandomAndCpuAreDeterministicAndControllable() {
        Interpreter vm = Programs.load("call bpf_ktime_get_ns\nexit");
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(Environment.DEFAULT_TIME_NS);
        vm.environment().time(5).timeStep(10);
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(5);
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(15);

        Interpreter rnd = Programs.load("call bpf_get_prandom_u32\nr6 = r0\ncall bpf_get_prandom_u32\nr0 ^= r6\nexit");
        long a = rnd.program().run(Programs.PACKET).r0();
        rnd.environment().seed(0);
        assertThat(rnd.program().run(Programs.PACKET).r0()).isEqualTo(a).isNotZero();
        rnd.environment().random(() -> 7);
        assertThat(rnd.program().run(Programs.PACKET).r0()).isZero();

        Interpreter cpu = Programs.load("call bpf_get_smp_processor_id\nexit");
        cpu.environment().cpu(3);
        assertThat(cpu.program().run(Programs.PACKET).r0()).isEqualTo(3);
        assertThatThrownBy(() -> cpu.environment().cpu(4)).hasMessageContaining("simulates 4 CPUs");
    }

    /** fib_lookup of 10.1.2.3 with the params struct on the stack; returns the code, ifindex and dmac[5]. */
    static final String FIB = """
            r6 = r1
            *(u64 *)(r10 - 64) = 0
            *(u64 *)(r10 - 56) = 0
            *(u64 *)(r10 - 48) = 0
            *(u64 *)(r10 - 40) = 0
            *(u64 *)(r10 - 32) = 0
            *(u64 *)(r10 - 24) = 0
            *(u64 *)(r10 - 16) = 0
            *(u64 *)(r10 - 8) = 0
            *(u8 *)(r10 - 64) = 2
            *(u16 *)(r10 - 58) = 1400
            *(u32 *)(r10 - 56) = 2
            *(u32 *)(r10 - 32) = 0x0302010a
            r1 = r6
            r2 = r10
            r2 += -64
            r3 = 64
            r4 = 0
            call bpf_fib_lookup
            r1 = *(u32 *)(r10 - 56)
            r1 <<= 8
            r0 |= r1
            r1 = *(u8 *)(r10 - 1)
            r1 <<= 16
            r0 |= r1
            exit
            """;

    @Test
    void fibLookupAnswersFromTheTestsRoutingTable() {
        Interpreter vm = Programs.load(FIB);
        assertThat(vm.program().run(Programs.PACKET).r0() & 0xff).isEqualTo(Errno.ENODEV.negative() & 0xff);
        vm.environment().fib()
                .addInterface(2, "02:00:00:00:00:02", 1500)
                .addInterface(3, "02:00:00:00:00:03", 1500)
                .addRoute("10.1.0.0/16", "192.168.3.1", 3);
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(FibLookup.RET_NO_NEIGH | 3 << 8);
        vm.environment().fib().addNeighbor(3, "192.168.3.1", "02:00:00:00:33:01");
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(FibLookup.RET_SUCCESS | 3 << 8 | 0x01 << 16);
        vm.environment().fib().addRoute("10.1.2.0/24", FibTable.RouteType.BLACKHOLE);
        assertThat(vm.program().run(Programs.PACKET).r0() & 0xff).isEqualTo(FibLookup.RET_BLACKHOLE);
        vm.environment().fib(new FibTable().addInterface(2, "02:00:00:00:00:02", 1300)
                .addRoute("0.0.0.0/0", 2).addNeighbor(2, "10.1.2.3", "02:00:00:00:00:09"));
        assertThat(vm.program().run(Programs.PACKET).r0() & 0xff).isEqualTo(FibLookup.RET_FRAG_NEEDED);
        vm.environment().fib().forwarding(2, false);
        assertThat(vm.program().run(Programs.PACKET).r0() & 0xff).isEqualTo(FibLookup.RET_FWD_DISABLED);
    }

    @Test
    void tracePrintkTextIsCaptured() {
        RunResult r = Interpreter.load(new dev.bpfj.core.spec.ObjectSpec(List.of(HelperParityTest.printk("p",
                "len %d from %pI4 %s\n", 64, -24, -16)), List.of(), "GPL")).program().run(Programs.PACKET);
        assertThat(r.prints()).containsExactly("len 64 from 10.1.2.3 hello\n");
        assertThat(r.r0()).isEqualTo("len 64 from 10.1.2.3 hello\n".length());
    }

    @Test
    void ringBufferRecordsAreEventsAndStayUntilDrained() {
        MapSpec rb = MapSpec.builder("rb", MapType.RINGBUF).maxEntries(4096).build();
        Interpreter vm = Programs.load("""
                r1 = map[rb] ll
                r2 = 4
                r3 = 0
                call bpf_ringbuf_reserve
                if r0 == 0 goto out
                *(u32 *)(r0 + 0) = 0x11223344
                r1 = r0
                r2 = 0
                call bpf_ringbuf_submit
                out:
                r0 = 2
                exit
                """, rb);
        RunResult r = vm.program().run(Programs.PACKET);
        assertThat(r.ringBufOutputs()).singleElement().satisfies(e -> assertThat(e.data()).containsExactly(0x44, 0x33,
                0x22, 0x11));
        vm.program().run(Programs.PACKET);
        assertThat(vm.map("rb").records()).hasSize(2);
        assertThat(vm.map("rb").drain()).hasSize(2);
        assertThat(vm.map("rb").records()).isEmpty();
    }

    @Test
    void perfEventOutputCapturesSampleAndPacketBytes() {
        MapSpec perf = MapSpec.builder("events", MapType.PERF_EVENT_ARRAY).keySize(4).valueSize(4).maxEntries(0)
                .build();
        Interpreter vm = Programs.load("""
                *(u32 *)(r10 - 4) = 0xaabbccdd
                r2 = map[events] ll
                r3 = 0x4ffffffff ll
                r4 = r10
                r4 += -4
                r5 = 4
                call bpf_perf_event_output
                exit
                """, perf);
        vm.environment().cpu(2);
        RunResult r = vm.program().run(Programs.PACKET);
        assertThat(r.r0()).isZero();
        assertThat(r.perfOutputs()).singleElement().satisfies(e -> {
            assertThat(e.cpu()).isEqualTo(2);
            assertThat(HexFormat.of().formatHex(e.data())).isEqualTo("ddccbbaa02000000");
        });
        vm.map("events").bindPerfSlot(2, -1);
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(Errno.ENOENT.negative());
    }

    @Test
    void lruHashEvictsTheLeastRecentlyUsed() {
        MapSpec lru = MapSpec.builder("lru", MapType.LRU_HASH).keySize(4).valueSize(8).maxEntries(3).build();
        Interpreter vm = Interpreter.load(Programs.object("r0 = 2\nexit", lru));
        BpfMap m = vm.map("lru");
        m.put(1, 10L).put(2, 20L).put(3, 30L);
        m.put(4, 40L);
        assertThat(m.lookup(1)).isEmpty();
        assertThat(m.lookupLong(4)).isEqualTo(40);
        assertThat(m.size()).isEqualTo(3);
    }

    @Test
    void mapsLeftForTheLoaderToSizeAreSizedByTheTest() {
        // xdp-tools' rx_cnt: max_entries 0 in the object, one slot per CPU set by user space
        String asm = "*(u32 *)(r10 - 4) = 3\nr2 = r10\nr2 += -4\nr1 = map[rx_cnt] ll\ncall bpf_map_lookup_elem\n"
                + "if r0 == 0 goto +3\nr1 = 1\nlock *(u64 *)(r0 + 0) += r1\nr0 = 2\nexit";
        var spec = Programs.object(asm, array("rx_cnt", 8, 0));
        assertThatThrownBy(() -> Interpreter.load(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxEntries(\"rx_cnt\", n)");
        Interpreter vm = Interpreter.builder(spec).maxEntries("rx_cnt", 4).build();
        assertThat(vm.program().run(Programs.PACKET).action()).isEqualTo(XdpAction.PASS);
        assertThat(vm.map("rx_cnt").lookupLong(3)).isEqualTo(1);
        assertThat(vm.map("rx_cnt").spec().maxEntries()).isEqualTo(4);
        assertThatThrownBy(() -> Interpreter.builder(spec).maxEntries("tx_cnt", 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[rx_cnt]");
    }

    @Test
    void fullLruMapsEvictInBatchesAsLinuxDoes() {
        // 16 entries on 2 CPUs: a CPU takes max(16 / 2 / 2, 1) = 4 free nodes at a time, and when none
        // are left it evicts 4 unreferenced elements at once (kernel/bpf/bpf_lru_list.c)
        MapSpec lru = MapSpec.builder("lru", MapType.LRU_HASH).keySize(4).valueSize(8).maxEntries(16).build();
        String lookupKey0 = "*(u32 *)(r10 - 4) = 0\nr2 = r10\nr2 += -4\nr1 = map[lru] ll\n"
                + "call bpf_map_lookup_elem\nr0 = 2\nexit";
        Interpreter vm = Interpreter.builder(Programs.object(lookupKey0, lru)).cpus(2).build();
        BpfMap m = vm.map("lru");
        for (int k = 0; k < 16; k++) {
            m.put(k, (long) k);
        }
        assertThat(m.size()).isEqualTo(16);
        m.put(16, 16L);
        assertThat(m.size()).isEqualTo(13);
        assertThat(m.lookup(0)).isEmpty();
        assertThat(m.lookup(3)).isEmpty();
        assertThat(m.lookup(4)).isPresent();
        // a program's lookup sets the reference bit: that element survives the next batch
        vm.program().run(Programs.PACKET);
        m.put(0, 0L);
        for (int k = 17; k < 20; k++) {
            m.put(k, (long) k);
        }
        vm.program().run(Programs.PACKET);
        m.put(20, 20L);
        assertThat(m.lookup(0)).isPresent();
        assertThat(m.lookup(4)).isEmpty();
    }

    @Test
    void hashMapsReportKernelErrors() {
        MapSpec h = MapSpec.builder("h", MapType.HASH).keySize(4).valueSize(8).maxEntries(2).build();
        BpfMap m = Interpreter.load(Programs.object("r0 = 2\nexit", h)).map("h");
        assertThat(m.update(1, 1L, 2)).isEqualTo(Errno.ENOENT.negative());
        assertThat(m.update(1, 1L, 1)).isZero();
        assertThat(m.update(1, 1L, 1)).isEqualTo(Errno.EEXIST.negative());
        m.put(2, 2L);
        assertThat(m.update(3, 3L, 0)).isEqualTo(Errno.E2BIG.negative());
        assertThat(m.update(1, 3L, 8)).isEqualTo(Errno.EINVAL.negative());
        assertThat(m.delete(5)).isEqualTo(Errno.ENOENT.negative());
        assertThatThrownBy(() -> m.put(1L << 40, 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perCpuValuesAndTypedViews() {
        MapSpec pc = MapSpec.builder("pc", MapType.PERCPU_ARRAY).keySize(4).valueSize(8).maxEntries(2).build();
        Interpreter vm = Interpreter.load(Programs.object("""
                *(u32 *)(r10 - 4) = 1
                r2 = r10
                r2 += -4
                r1 = map[pc] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = 1
                lock *(u64 *)(r0 + 0) += r1
                out:
                r0 = 2
                exit
                """, pc));
        for (int cpu : new int[] {0, 1, 1, 3}) {
            vm.environment().cpu(cpu);
            vm.program().run(Programs.PACKET);
        }
        assertThat(vm.map("pc").sumLong(1)).isEqualTo(4);
        assertThat(vm.map("pc").lookupPerCpu(1).orElseThrow()).extracting(v -> Codecs.getLong(v, 0))
                .containsExactly(1L, 2L, 0L, 1L);
        TypedMap<Integer, Long> typed = vm.map("pc").as(Codecs.U32, Codecs.U64);
        vm.environment().cpu(1);
        assertThat(typed.get(1)).contains(2L);
    }

    @Test
    void mapsOfMapsHandOutTheirInnerMaps() {
        MapSpec inner = array("inner", 8, 4);
        MapSpec outer = MapSpec.builder("outer", MapType.ARRAY_OF_MAPS).keySize(4).valueSize(4).maxEntries(2)
                .innerMap(inner).build();
        Interpreter vm = Interpreter.load(Programs.object("""
                *(u32 *)(r10 - 4) = 0
                r2 = r10
                r2 += -4
                r1 = map[outer] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = r0
                r2 = r10
                r2 += -4
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r1 = 5
                *(u64 *)(r0 + 0) = r1
                r0 = 1
                exit
                out:
                r0 = 0
                exit
                """, inner, outer));
        assertThat(vm.program().run(Programs.PACKET).r0()).isZero();
        vm.map("outer").setInnerMap(0, "inner");
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(1);
        assertThat(vm.map("inner").lookupLong(0)).isEqualTo(5);
        MapSpec wrong = array("wrong", 4, 4);
        Interpreter other = Interpreter.load(Programs.object("r0 = 2\nexit", inner, wrong, outer));
        assertThatThrownBy(() -> other.map("outer").setInnerMap(0, "wrong")).hasMessageContaining("inner map template");
    }

    @Test
    void loopAndForEachRunCallbacks() {
        MapSpec a = array("a", 8, 3);
        Interpreter vm = Interpreter.load(Programs.object("""
                *(u64 *)(r10 - 8) = 0
                r1 = 5
                r2 = func[add] ll
                r3 = r10
                r3 += -8
                r4 = 0
                call bpf_loop
                r6 = r0
                r1 = map[a] ll
                r2 = func[visit] ll
                r3 = r10
                r3 += -8
                r4 = 0
                call bpf_for_each_map_elem
                r0 <<= 16
                r1 = *(u64 *)(r10 - 8)
                r0 |= r1
                r6 <<= 32
                r0 |= r6
                exit
                add:
                r3 = *(u64 *)(r2 + 0)
                r3 += r1
                *(u64 *)(r2 + 0) = r3
                r0 = 0
                exit
                visit:
                r5 = *(u64 *)(r4 + 0)
                r5 += 100
                *(u64 *)(r4 + 0) = r5
                r0 = 0
                exit
                """, a));
        // loop: 0+1+2+3+4 = 10, 5 iterations; for_each over 3 elements adds 300
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(5L << 32 | 3L << 16 | 310);
    }

    @Test
    void traceAndCoverage() {
        Interpreter vm = Programs.load("r0 = 1\nif r0 == 2 goto +1\nr0 = 2\nexit");
        RunResult r = vm.program().run(XdpInput.of(Programs.PACKET).traced().withCoverage());
        assertThat(r.trace()).extracting(TraceStep::slot).containsExactly(0, 1, 2, 3);
        assertThat(r.trace().get(1).register(0)).isEqualTo(1);
        assertThat(r.trace().get(3).text()).contains("r0=0x2");
        assertThat(r.coverage().uncoveredSlots()).isEmpty();
        assertThat(r.coverage().lines()).hasSize(4);
        Interpreter other = Programs.load("r0 = 1\nif r0 == 1 goto +1\nr0 = 2\nexit");
        Coverage c = other.program().run(XdpInput.of(Programs.PACKET).withCoverage()).coverage();
        assertThat(c.uncoveredSlots()).containsExactly(2);
        assertThat(c.ratio()).isEqualTo(0.75);
    }

    @Test
    void sessionsRepeatOnOneBufferAndRawContexts() {
        Interpreter vm = Programs.load("""
                r6 = r1
                r2 = 2
                call bpf_xdp_adjust_tail
                r0 = 2
                exit
                """);
        XdpSession s = vm.program().session(XdpInput.of(Programs.packet(60)));
        for (int i = 0; i < 5; i++) {
            s.run();
        }
        assertThat(s.result().packet()).hasSize(70);
        assertThat(vm.program().run(XdpInput.of(Programs.packet(60)).repeat(3)).packet()).hasSize(66);

        Interpreter raw = Interpreter.load(new dev.bpfj.core.spec.ObjectSpec(List.of(Programs.program("sys", "syscall",
                "r0 = *(u64 *)(r1 + 0)\nr0 += 1\n*(u64 *)(r1 + 8) = r0\nexit")), List.of(), "GPL"));
        RunResult r = raw.program().runWithContext(new byte[] {41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThat(r.r0()).isEqualTo(42);
        assertThat(r.output()[8]).isEqualTo((byte) 42);
        assertThat(r.action()).isNull();
        assertThatThrownBy(() -> raw.program().run(Programs.PACKET)).hasMessageContaining("syscall program");
    }

    @Test
    void programsAreCompiledOnceHot() {
        Interpreter vm = Interpreter.builder(Programs.object("r0 = *(u32 *)(r1 + 12)\nexit")).compileAfter(50).build();
        for (int i = 0; i < 49; i++) {
            assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(1);
        }
        assertThat(vm.isCompiled("test")).isFalse();
        assertThat(vm.whyInterpreted("test")).isEqualTo("not run 50 times yet");
        assertThat(vm.program().run(XdpInput.of(Programs.PACKET).ingress(7)).r0()).isEqualTo(7);
        assertThat(vm.isCompiled("test")).isTrue();
        Interpreter never = Interpreter.builder(Programs.object("r0 = r5\nexit")).compileAfter(0).build();
        assertThat(never.whyInterpreted("test")).contains("may read an uninitialised register");
    }

    @Test
    void plainMemoryRunsLikeReferenceVms() {
        Interpreter vm = Programs.load("r0 = r2\nr3 = *(u8 *)(r1 + 2)\nr3 <<= 8\nr0 |= r3\n*(u8 *)(r1 + 0) = 9\nexit");
        RunResult r = vm.program().runOnMemory(new byte[] {(byte) 0xaa, (byte) 0xbb, 0x11, (byte) 0xcc, (byte) 0xdd});
        assertThat(r.r0()).isEqualTo(0x1105);
        assertThat(r.output()[0]).isEqualTo((byte) 9);
        assertThatThrownBy(() -> vm.program().runOnMemory(new byte[2])).isInstanceOf(BpfRuntimeException.class)
                .hasMessageContaining("invalid read from memory");
    }

    @Test
    void redirectsAreRecorded() {
        MapSpec dev = MapSpec.builder("ports", MapType.DEVMAP).keySize(4).valueSize(4).maxEntries(4).build();
        Interpreter vm = Programs.load("r1 = map[ports] ll\nr2 = 1\nr3 = 2\ncall bpf_redirect_map\nexit", dev);
        RunResult miss = vm.program().run(Programs.PACKET);
        assertThat(miss.action()).isEqualTo(XdpAction.PASS);
        assertThat(miss.redirect()).isNull();
        vm.map("ports").put(1, 7);
        RunResult hit = vm.program().run(Programs.PACKET);
        assertThat(hit.action()).isEqualTo(XdpAction.REDIRECT);
        assertThat(hit.redirect().ifindex()).isEqualTo(7);
        assertThat(hit.redirect().map()).isEqualTo("ports");
        RunResult direct = Programs.run("r1 = 9\nr2 = 0\ncall bpf_redirect\nexit");
        assertThat(direct.redirect().ifindex()).isEqualTo(9);
    }

    @Test
    void replacedElementsStayReadableUntilTheRunEnds() {
        MapSpec h = MapSpec.builder("h", MapType.HASH).keySize(4).valueSize(8).maxEntries(4).build();
        Interpreter vm = Interpreter.load(Programs.object("""
                *(u32 *)(r10 - 4) = 1
                r2 = r10
                r2 += -4
                r1 = map[h] ll
                call bpf_map_lookup_elem
                if r0 == 0 goto out
                r6 = r0
                *(u64 *)(r10 - 16) = 99
                r1 = map[h] ll
                r2 = r10
                r2 += -4
                r3 = r10
                r3 += -16
                r4 = 0
                call bpf_map_update_elem
                r0 = *(u64 *)(r6 + 0)
                exit
                out:
                r0 = 0
                exit
                """, h));
        vm.map("h").put(1, 5L);
        assertThat(vm.program().run(Programs.PACKET).r0()).isEqualTo(5);
        assertThat(vm.map("h").lookupLong(1)).isEqualTo(99);
    }

    @Test
    void valuesInitialisersFillProgramArraysAndMapsOfMapsBeforeTheFirstRun() {
        var spec = dev.bpfj.emitter.ElfReader.read(java.nio.file.Path.of("../fixtures/map_values.o")).object();
        Interpreter vm = Interpreter.load(spec);
        BpfProgram entry = vm.program("xdp_values_entry");
        byte[] udp = HexFormat.of().parseHex("020000000002020000000001080045000028000000004011000"
                + "00a0000010a00000204d2003500140000" + "00".repeat(12));
        assertThat(entry.run(udp).action()).as("jmp[2] = xdp_tail_tx").isEqualTo(XdpAction.TX);
        byte[] tcp = udp.clone();
        tcp[23] = 6;
        assertThat(entry.run(tcp).action()).as("jmp[5] = xdp_tail_drop").isEqualTo(XdpAction.DROP);
        assertThat(vm.map("udp_count").get(0)).as("by_proto[0] = udp_count").isEqualTo(new byte[] {1, 0, 0, 0, 0, 0, 0, 0});
    }
}
