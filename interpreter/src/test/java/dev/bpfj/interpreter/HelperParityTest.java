package dev.bpfj.interpreter;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Helpers whose results the kernel computes, side by side with it: trace_printk's format checks and
 * output length, perf_event_output's flag handling, ring buffer output/reserve, and the XDP
 * helpers on packets large enough to have fragments.
 */
class HelperParityTest {

    /** Stores {@code bytes} on the stack at fp-off (off a multiple of 8, bytes padded with zeros). */
    static String store(byte[] bytes, int off) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i += 8) {
            long v = 0;
            for (int j = 0; j < 8 && i + j < bytes.length; j++) {
                v |= (bytes[i + j] & 0xffL) << (8 * j);
            }
            sb.append("r1 = ").append(v).append(" ll\n*(u64 *)(r10 - ").append(off - i).append(") = r1\n");
        }
        return sb.toString();
    }

    static ProgramSpec printk(String name, String format, long a1, long a2, long a3) {
        byte[] fmt = (format + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int padded = (fmt.length + 7) & ~7;
        String asm = store("hello".getBytes(StandardCharsets.US_ASCII), 16)
                + store(new byte[] {10, 1, 2, 3, 0x20, 0x01, 0x0d, (byte) 0xb8}, 24)
                + store(fmt, 32 + padded)
                + "r1 = r10\nr1 += -" + (32 + padded) + "\nr2 = " + fmt.length + "\n"
                + arg(3, a1) + arg(4, a2) + arg(5, a3)
                + "call bpf_trace_printk\nexit\n";
        return ProgramSpec.of(name, "xdp", AsmParser.parse(asm, name + ".s").instructions());
    }

    /** A constant, or (for the markers -16 / -24) a pointer to the string / address on the stack. */
    private static String arg(int reg, long v) {
        if (v == -16 || v == -24) {
            return "r" + reg + " = r10\nr" + reg + " += " + v + "\n";
        }
        return "r" + reg + " = " + v + " ll\n";
    }

    @Test
    void tracePrintkFormats() {
        Object[][] cases = {
                {"plain\n", 0, 0, 0}, {"%d %d %d", -5, 7, 2147483648L}, {"%5d|%-5d|%05d", 42, 42, 42},
                {"%+d % d", 3, 3, 0}, {"%x %X", 0xbeef, 0xbeef, 0}, {"%lx %llu %ld", -1, -1, -1},
                {"%u %i", -1, -2, 0}, {"%c%c", (int) 'o', (int) 'k', 0}, {"%s!", -16, 0, 0}, {"%10s|", -16, 0, 0},
                {"%pI4 %pi4", -24, -24, 0}, {"%pI6", -24, 0, 0}, {"100%%", 0, 0, 0}, {"%px", 0x1234, 0, 0},
                {"%.2d", 1, 0, 0}, {"%q", 1, 0, 0}, {"%d%d%d%d", 1, 2, 3, 4}, {"bad\001", 0, 0, 0},
                {"%ks", 0, 0, 0}, {"%ps", 0, 0, 0}, {"%pks", -16, 0, 0}, {"%sx", -16, 0, 0}, {"%", 0, 0, 0},
                {"%lld", Long.MIN_VALUE, 0, 0}, {"%08x", 0xabc, 0, 0}, {"%-8x|", 0xabc, 0, 0}, {"é%d", 1, 0, 0},
        };
        List<ProgramSpec> ps = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            Object[] c = cases[i];
            ps.add(printk("p" + i, (String) c[0], ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
                    ((Number) c[3]).longValue()));
        }
        try (Twin t = new Twin(new ObjectSpec(ps, List.of(), "GPL"))) {
            for (ProgramSpec p : ps) {
                t.assertSame(p.name(), XdpInput.of(Programs.PACKET));
            }
        }
    }

    @Test
    void perfEventOutputFlags() {
        perfEventOutputFlags("xdp");
    }

    /** tc's flavour, bpf_skb_event_output: the same flags, the skb's bytes appended. */
    @Test
    void perfEventOutputFlagsFromTc() {
        perfEventOutputFlags("tc");
    }

    private static void perfEventOutputFlags(String section) {
        MapSpec perf = MapSpec.builder("events", MapType.PERF_EVENT_ARRAY).keySize(4).valueSize(4).maxEntries(0)
                .build();
        long current = 0xffffffffL;
        long[] flags = {current, current | (14L << 32), current | (64L << 32), current | (65L << 32), 0, 1, 7,
                current | (1L << 52), current | (0xfffffL << 32)};
        List<ProgramSpec> ps = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            ps.add(ProgramSpec.of("perf" + i, section, AsmParser.parse("r6 = r1\n"
                    + store(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 8) + "r1 = r6\nr2 = map[events] ll\nr3 = " + flags[i] + " ll\nr4 = r10\nr4 += -8\nr5 = 8\n"
                    + "call bpf_perf_event_output\nexit\n", "perf" + i + ".s").instructions()));
        }
        try (Twin t = new Twin(new ObjectSpec(ps, List.of(perf), "GPL"))) {
            // the kernel's map has no perf events open (nobody reads it here): close the interpreter's slots too
            for (Interpreter vm : List.of(t.interpreter, t.looping)) {
                for (int slot = 0; slot < vm.environment().cpus(); slot++) {
                    vm.map("events").bindPerfSlot(slot, -1);
                }
            }
            for (ProgramSpec p : ps) {
                if (section.equals("tc")) {
                    t.assertSame(p.name(), SkbInput.of(Programs.PACKET));
                } else {
                    t.assertSame(p.name(), XdpInput.of(Programs.PACKET));
                }
            }
        }
    }

    @Test
    void ringBufferFillsUp() {
        MapSpec rb = MapSpec.builder("rb", MapType.RINGBUF).maxEntries(4096).build();
        // Each run reserves 1000 bytes and submits; output returns 0 or -EAGAIN when the ring is full.
        ProgramSpec reserve = ProgramSpec.of("reserve", "xdp", AsmParser.parse("""
                r1 = map[rb] ll
                r2 = 1000
                r3 = 0
                call bpf_ringbuf_reserve
                if r0 == 0 goto full
                *(u64 *)(r0 + 0) = 7
                r1 = r0
                r2 = 0
                call bpf_ringbuf_submit
                r0 = 1
                exit
                full:
                r0 = 0
                exit
                """, "reserve.s").instructions());
        ProgramSpec output = ProgramSpec.of("output", "xdp", AsmParser.parse("""
                *(u64 *)(r10 - 8) = 1
                r1 = map[rb] ll
                r2 = r10
                r2 += -8
                r3 = 8
                r4 = 0
                call bpf_ringbuf_output
                exit
                """, "output.s").instructions());
        ProgramSpec query = ProgramSpec.of("query", "xdp", AsmParser.parse("""
                r1 = map[rb] ll
                r2 = 0
                call bpf_ringbuf_query
                exit
                """, "query.s").instructions());
        try (Twin t = new Twin(new ObjectSpec(List.of(reserve, output, query), List.of(rb), "GPL"))) {
            for (int i = 0; i < 6; i++) {
                t.assertSame("reserve", XdpInput.of(Programs.PACKET));
                t.assertSame("query", XdpInput.of(Programs.PACKET));
            }
            for (int i = 0; i < 20; i++) {
                t.assertSame("output", XdpInput.of(Programs.PACKET));
            }
            t.assertSame("query", XdpInput.of(Programs.PACKET));
        }
    }

    /** Packets past 3520 bytes get fragments in test_run; these programs read and change them. */
    @Test
    void fragments() {
        List<ProgramSpec> ps = new ArrayList<>();
        ps.add(ProgramSpec.of("len", "xdp.frags", AsmParser.parse("call bpf_xdp_get_buff_len\nexit",
                "len.s").instructions()));
        int[][] loads = {{0, 8}, {3512, 16}, {4000, 8}, {3520, 1}, {7000, 8}, {65535, 8}, {100000, 8}, {0, 64}};
        for (int i = 0; i < loads.length; i++) {
            int off = loads[i][0];
            int len = Math.min(loads[i][1], 64);
            String size = loads[i][1] > 64 ? String.valueOf(loads[i][1]) : String.valueOf(len);
            ps.add(ProgramSpec.of("load" + i, "xdp.frags", AsmParser.parse("""
                    r6 = r1
                    *(u64 *)(r10 - 64) = 0
                    *(u64 *)(r10 - 56) = 0
                    *(u64 *)(r10 - 48) = 0
                    *(u64 *)(r10 - 40) = 0
                    *(u64 *)(r10 - 32) = 0
                    *(u64 *)(r10 - 24) = 0
                    *(u64 *)(r10 - 16) = 0
                    *(u64 *)(r10 - 8) = 0
                    r2 = %d
                    r3 = r10
                    r3 += -64
                    r4 = %s
                    call bpf_xdp_load_bytes
                    if r0 != 0 goto out
                    r0 = *(u64 *)(r10 - 64)
                    r1 = *(u64 *)(r10 - 56)
                    r0 ^= r1
                    r1 = r6
                    r2 = %d
                    r3 = r10
                    r3 += -64
                    r4 = %s
                    *(u64 *)(r10 - 64) = -1
                    call bpf_xdp_store_bytes
                    out:
                    exit
                    """.formatted(off, size, off + 1, size), "load" + i + ".s").instructions()));
        }
        for (int delta : new int[] {-10, -600, -3000, -6000, 100, 4000}) {
            ps.add(ProgramSpec.of("tail" + (delta < 0 ? "m" + -delta : delta), "xdp.frags", AsmParser.parse(
                    "r2 = " + delta + "\ncall bpf_xdp_adjust_tail\nexit", "tail.s").instructions()));
        }
        Random r = new Random(7);
        try (Twin t = new Twin(new ObjectSpec(ps, List.of(), "GPL"))) {
            for (int size : new int[] {64, 3520, 3521, 5000, 8000, 9000}) {
                byte[] p = new byte[size];
                r.nextBytes(p);
                for (ProgramSpec prog : ps) {
                    t.assertSame(prog.name(), XdpInput.of(p));
                }
            }
        }
    }
}
