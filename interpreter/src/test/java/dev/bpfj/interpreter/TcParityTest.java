package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.MapType;
import dev.bpfj.core.TcAction;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * tc programs in assembly run on thousands of generated packets with random {@code ctx_in} fields
 * in Linux ({@code BPF_PROG_TEST_RUN} on an skb) and in the interpreter: same return value, same
 * output packet, same {@code ctx_out}, same map contents.
 */
class TcParityTest {
    static final int PACKETS = 1500;

    /** Looks up element 0 of {@code out} into r7 (the slots the program records into). */
    static final String PROLOGUE = """
            r6 = r1
            r1 = 0
            *(u32 *)(r10 - 4) = r1
            r2 = r10
            r2 += -4
            r1 = map[out] ll
            call bpf_map_lookup_elem
            if r0 == 0 goto end
            r7 = r0
            """;

    /** Reads every field a tc program may read, writes the writable ones and reads them back. */
    static final String CTX = PROLOGUE + fieldReads() + """
            r1 = *(u32 *)(r6 + 0)
            r1 ^= 0x5a5a
            *(u32 *)(r6 + 8) = r1
            *(u32 *)(r6 + 32) = r1
            *(u32 *)(r6 + 44) = r1
            *(u32 *)(r6 + 72) = r1
            *(u32 *)(r6 + 12) = r1
            *(u32 *)(r6 + 48) = r1
            *(u16 *)(r6 + 54) = r1
            *(u8 *)(r6 + 59) = r1
            *(u64 *)(r6 + 56) = r1
            *(u64 *)(r6 + 152) = r1
            r1 = 0xffff
            r2 = *(u32 *)(r6 + 8)
            if r2 & 1 goto keep
            *(u32 *)(r6 + 12) = r1
            keep:
            """ + reads(300, 8, 32, 44, 72, 12, 48, 52, 56, 60, 64) + """
            r1 = *(u64 *)(r6 + 152)
            *(u64 *)(r7 + 400) = r1
            r0 = *(u32 *)(r6 + 4)
            exit
            end:
            r0 = 2
            exit
            """;

    static String fieldReads() {
        return reads(0, 0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72, 84, 160, 164, 176)
                + """
                r1 = *(u64 *)(r6 + 152)
                *(u64 *)(r7 + 192) = r1
                r1 = *(u64 *)(r6 + 184)
                *(u64 *)(r7 + 200) = r1
                r1 = *(u8 *)(r6 + 180)
                *(u64 *)(r7 + 208) = r1
                r1 = *(u16 *)(r6 + 18)
                *(u64 *)(r7 + 216) = r1
                r1 = *(u8 *)(r6 + 1)
                *(u64 *)(r7 + 224) = r1
                r1 = *(u16 *)(r6 + 40)
                *(u64 *)(r7 + 232) = r1
                """;
    }

    /** Loads the 4-byte fields at {@code offsets} into consecutive u64 slots from {@code slot}. */
    static String reads(int slot, int... offsets) {
        StringBuilder sb = new StringBuilder();
        for (int off : offsets) {
            sb.append("r1 = *(u32 *)(r6 + ").append(off).append(")\n");
            sb.append("*(u64 *)(r7 + ").append(slot).append(") = r1\n");
            slot += 8;
        }
        return sb.toString();
    }

    /**
     * LD_ABS/LD_IND, skb_load_bytes(_relative), store_bytes (swapped MACs), an IPv4 TTL decrement
     * and source rewrite with l3/l4_csum_replace, pull_data, change_tail, vlan push/pop, change_head
     * and redirect, each return code recorded.
     */
    static final String HELPERS = PROLOGUE + """
            r0 = *(u16 *)skb[12]
            *(u64 *)(r7 + 0) = r0
            r0 = *(u32 *)skb[-1048576]
            *(u64 *)(r7 + 8) = r0
            r8 = *(u32 *)(r6 + 0)
            r9 = r8
            r9 &= 63
            r0 = *(u8 *)skb[r9 + 0]
            *(u64 *)(r7 + 16) = r0
            r0 = *(u32 *)skb[-2097152]
            *(u64 *)(r7 + 24) = r0
            r1 = r6
            r2 = 0
            r3 = r10
            r3 += -32
            r4 = 14
            call bpf_skb_load_bytes
            *(u64 *)(r7 + 32) = r0
            r1 = r6
            r2 = r8
            r2 &= 31
            r3 = r10
            r3 += -48
            r4 = 16
            r5 = 1
            call bpf_skb_load_bytes_relative
            *(u64 *)(r7 + 40) = r0
            r1 = *(u64 *)(r10 - 48)
            *(u64 *)(r7 + 48) = r1
            r1 = r6
            r2 = 0
            r3 = r10
            r3 += -26
            r4 = 6
            r5 = 0
            call bpf_skb_store_bytes
            *(u64 *)(r7 + 56) = r0
            r1 = r6
            r2 = 6
            r3 = r10
            r3 += -32
            r4 = 6
            r5 = 2
            call bpf_skb_store_bytes
            *(u64 *)(r7 + 64) = r0
            r0 = *(u16 *)skb[12]
            if r0 != 0x800 goto l4
            r1 = r6
            r2 = 22
            r3 = r10
            r3 += -56
            r4 = 2
            call bpf_skb_load_bytes
            if r0 != 0 goto l4
            r9 = *(u16 *)(r10 - 56)
            r1 = r9
            r1 += -1
            r1 &= 0xffff
            *(u16 *)(r10 - 56) = r1
            r1 = r6
            r2 = 22
            r3 = r10
            r3 += -56
            r4 = 2
            r5 = 0
            call bpf_skb_store_bytes
            r4 = *(u16 *)(r10 - 56)
            r1 = r6
            r2 = 24
            r3 = r9
            r5 = 2
            call bpf_l3_csum_replace
            *(u64 *)(r7 + 72) = r0
            r1 = r6
            r2 = 26
            r3 = r10
            r3 += -64
            r4 = 4
            call bpf_skb_load_bytes
            r9 = *(u32 *)(r10 - 64)
            r1 = r9
            r1 ^= 0x01020304
            *(u32 *)(r10 - 64) = r1
            r1 = r6
            r2 = 26
            r3 = r10
            r3 += -64
            r4 = 4
            r5 = 0
            call bpf_skb_store_bytes
            r4 = *(u32 *)(r10 - 64)
            r1 = r6
            r2 = 24
            r3 = r9
            r5 = 4
            call bpf_l3_csum_replace
            *(u64 *)(r7 + 80) = r0
            r4 = *(u32 *)(r10 - 64)
            r1 = r6
            r2 = 40
            r3 = r9
            r5 = 0x34
            call bpf_l4_csum_replace
            *(u64 *)(r7 + 88) = r0
            r1 = r6
            r2 = 50
            r3 = 0
            r4 = 0x1234
            r5 = 0
            call bpf_l4_csum_replace
            *(u64 *)(r7 + 96) = r0
            r1 = r6
            r2 = 51
            r3 = 0
            r4 = 1
            r5 = 0
            call bpf_l3_csum_replace
            *(u64 *)(r7 + 104) = r0
            l4:
            r1 = r6
            r2 = r8
            r2 &= 127
            call bpf_skb_pull_data
            *(u64 *)(r7 + 112) = r0
            r2 = r8
            r2 += -50
            if r8 > 200 goto trim
            r2 = r8
            r2 += 3
            trim:
            r1 = r6
            r3 = 0
            call bpf_skb_change_tail
            *(u64 *)(r7 + 120) = r0
            r1 = r6
            r2 = 10
            r3 = 1
            call bpf_skb_change_tail
            *(u64 *)(r7 + 128) = r0
            r1 = r6
            r2 = r8
            r2 &= 0xa888
            r3 = r8
            r3 &= 0xfff
            call bpf_skb_vlan_push
            *(u64 *)(r7 + 136) = r0
            r1 = r8
            r1 &= 1
            if r1 == 0 goto nopush2
            r1 = r6
            r2 = 0x81
            r3 = 7
            call bpf_skb_vlan_push
            *(u64 *)(r7 + 144) = r0
            nopush2:
            r1 = r8
            r1 %= 3
            if r1 != 0 goto nopop
            r1 = r6
            call bpf_skb_vlan_pop
            *(u64 *)(r7 + 152) = r0
            r1 = r6
            call bpf_skb_vlan_pop
            *(u64 *)(r7 + 160) = r0
            nopop:
            """ + reads(168, 0, 16, 20, 24, 28) + """
            r1 = r8
            r1 %= 5
            if r1 != 0 goto nohead
            r1 = r6
            r2 = 14
            r3 = 0
            call bpf_skb_change_head
            *(u64 *)(r7 + 216) = r0
            nohead:
            r1 = r8
            r1 %= 7
            if r1 != 0 goto noredirect
            r1 = r8
            r2 = r8
            r2 &= 3
            call bpf_redirect
            exit
            noredirect:
            r0 = r8
            r0 &= 3
            exit
            end:
            r0 = 2
            exit
            """;

    /**
     * bpf_skb_adjust_room with length differences, modes and flags (encap, decap, L2) taken from the
     * packet length, twice; then the length, protocol and network header as the program sees them.
     */
    static final String ADJUST_ROOM = PROLOGUE + adjust(0) + adjust(8) + reads(16, 0, 16) + """
            r1 = r6
            r2 = 0
            r3 = r10
            r3 += -16
            r4 = 4
            r5 = 1
            call bpf_skb_load_bytes_relative
            *(u64 *)(r7 + 40) = r0
            r1 = *(u32 *)(r10 - 16)
            *(u64 *)(r7 + 48) = r1
            r0 = *(u8 *)skb[-1048576]
            *(u64 *)(r7 + 56) = r0
            r0 = *(u32 *)(r6 + 0)
            r0 &= 3
            exit
            end:
            r0 = 2
            exit
            """;

    /** One adjust_room call whose arguments come from the packet length (plus a salt), its result in a slot. */
    private static String adjust(int slot) {
        return """
                r8 = *(u32 *)(r6 + 0)
                r8 += %d
                r2 = r8
                r2 &= 63
                r2 -= 32
                r3 = r8
                r3 >>= 6
                r3 &= 1
                r4 = r8
                r4 >>= 7
                r4 &= 7
                r4 <<= 6
                r5 = r8
                r5 >>= 3
                r5 &= 3
                r5 <<= 1
                r4 |= r5
                r5 = r8
                r5 &= 0x800
                r5 <<= 49
                r4 |= r5
                r1 = r6
                call bpf_skb_adjust_room
                *(u64 *)(r7 + %d) = r0
                """.formatted(slot * 3 + 5, slot);
    }

    @Test
    void adjustRoom() {
        runMany("tc", ADJUST_ROOM, 14);
    }

    /** test_run's input checks: sizes, short network headers, wire_len and gso_segs limits. */
    @Test
    void inputLimitsAgree() {
        inputLimitsAgree("tc", CTX);
        inputLimitsAgree("socket", SOCKET);
    }

    private static void inputLimitsAgree(String section, String asm) {
        ObjectSpec o = new ObjectSpec(List.of(Programs.program("tc_prog", section, asm)), List.of(out()), "GPL");
        byte[] ipv4 = RandomPackets.next(new Random(3));
        try (Twin t = new Twin(o)) {
            for (int len : new int[] {13, 14, 15, 33, 34, 53, 54, 3711, 3712, 3713, 4000}) {
                for (int type : new int[] {0x0800, 0x86dd, 0x0806, 0x0100}) {
                    byte[] p = java.util.Arrays.copyOf(ipv4, len);
                    if (len >= 14) {
                        p[12] = (byte) (type >> 8);
                        p[13] = (byte) type;
                    }
                    t.assertSame("tc_prog", SkbInput.of(p));
                    t.assertSame("tc_prog", SkbInput.of(p).mark(1).wireLen(len == 0 ? 0 : len - 1));
                    t.assertSame("tc_prog", SkbInput.of(p).mark(1).wireLen(Math.max(1, len - 14)));
                    t.assertSame("tc_prog", SkbInput.of(p).mark(1).wireLen(65536));
                    t.assertSame("tc_prog", SkbInput.of(p).mark(1).wireLen(65537));
                    t.assertSame("tc_prog", SkbInput.of(p).fields(SkbFields.NONE.withGso(65535, 1)));
                    t.assertSame("tc_prog", SkbInput.of(p).fields(SkbFields.NONE.withGso(65536, 1)));
                    t.assertSame("tc_prog", SkbInput.of(p).ifindex(1).ingressIfindex(7));
                }
            }
            t.assertMapsSame();
        }
    }

    /** A socket filter: the fields it may read, cb writes, LD_ABS from the network header, skb_load_bytes. */
    static final String SOCKET = PROLOGUE + reads(0, 0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64,
            68, 84, 164, 176) + """
            r1 = *(u32 *)(r6 + 0)
            *(u32 *)(r6 + 48) = r1
            *(u16 *)(r6 + 62) = r1
            r1 = *(u32 *)(r6 + 48)
            *(u64 *)(r7 + 200) = r1
            r1 = r6
            r2 = 0
            r3 = r10
            r3 += -16
            r4 = 8
            call bpf_skb_load_bytes
            *(u64 *)(r7 + 208) = r0
            r1 = *(u64 *)(r10 - 16)
            *(u64 *)(r7 + 216) = r1
            r1 = r6
            r2 = 6
            r3 = r10
            r3 += -16
            r4 = 8
            r5 = 0
            call bpf_skb_load_bytes_relative
            *(u64 *)(r7 + 224) = r0
            r1 = *(u64 *)(r10 - 16)
            *(u64 *)(r7 + 232) = r1
            r0 = *(u16 *)skb[-2097140]
            *(u64 *)(r7 + 240) = r0
            r0 = *(u8 *)skb[0]
            *(u64 *)(r7 + 248) = r0
            r9 = *(u32 *)(r6 + 0)
            r9 &= 63
            r0 = *(u32 *)skb[r9 + 0]
            *(u64 *)(r7 + 256) = r0
            r0 = *(u32 *)(r6 + 0)
            r0 &= 0xffff
            exit
            end:
            r0 = 0
            exit
            """;

    @Test
    void socketFilters() {
        runMany("socket", SOCKET, 15);
    }

    static MapSpec out() {
        return MapSpec.builder("out", MapType.ARRAY).keySize(4).valueSize(512).maxEntries(1).build();
    }

    private static SkbInput randomInput(Random r) {
        SkbInput in = SkbInput.of(RandomPackets.next(r));
        if (r.nextInt(3) == 0) {
            return in;
        }
        int[] cb = new int[5];
        for (int i = 0; i < 5; i++) {
            cb[i] = r.nextInt();
        }
        in = in.mark(r.nextInt()).priority(r.nextInt()).cb(cb).tstamp(r.nextLong()).ingressIfindex(r.nextInt(4));
        if (r.nextBoolean()) {
            in = in.wireLen(in.packet().length + r.nextInt(100));
        }
        if (r.nextInt(4) == 0) {
            in = in.fields(in.fields().withGso(r.nextInt(70000), r.nextInt(2000)).withHwtstamp(r.nextLong()));
        }
        return in;
    }

    private static void runMany(String section, String asm, long seed) {
        ObjectSpec o = new ObjectSpec(List.of(Programs.program("tc_prog", section, asm)), List.of(out()), "GPL");
        Random r = new Random(seed);
        try (Twin t = new Twin(o)) {
            for (int i = 0; i < PACKETS; i++) {
                t.assertSame("tc_prog", randomInput(r));
                t.assertMapsSame();
            }
        }
    }

    @Test
    void contextReadsAndWrites() {
        runMany("tc", CTX, 11);
    }

    @Test
    void helpersOnGeneratedPackets() {
        runMany("tc", HELPERS, 12);
    }

    @Test
    void actionProgramsRunToo() {
        runMany("action", HELPERS, 13);
    }

    /** Every load and store of every size at every offset of __sk_buff either works or faults, never crashes. */
    @Test
    void everyContextAccessEndsWellOrFaults() {
        int ok = 0;
        int faults = 0;
        for (int off = -8; off < 200; off++) {
            for (int size : new int[] {1, 2, 4, 8}) {
                String sz = switch (size) {
                    case 1 -> "u8";
                    case 2 -> "u16";
                    case 4 -> "u32";
                    default -> "u64";
                };
                for (boolean store : new boolean[] {false, true}) {
                    String asm = (store ? "r2 = 7\n*(" + sz + " *)(r1 + " + off + ") = r2\n"
                            : "r2 = *(" + sz + " *)(r1 + " + off + ")\n") + "r0 = 0\nexit\n";
                    ObjectSpec o = new ObjectSpec(List.of(Programs.program("p", "tc", asm)), List.of(), "GPL");
                    try {
                        Interpreter.load(o).program("p").run(RandomPackets.next(new Random(off)));
                        ok++;
                    } catch (BpfRuntimeException e) {
                        faults++;
                    } catch (InvalidInputException e) {
                        ok++;
                    }
                }
            }
        }
        assertThat(ok).isGreaterThan(100);
        assertThat(faults).isGreaterThan(1000);
    }

    @Test
    void runsWithoutKernel() {
        ObjectSpec o = new ObjectSpec(List.of(Programs.program("tc_prog", "tc", HELPERS)), List.of(out()), "GPL");
        Interpreter vm = Interpreter.load(o);
        byte[] p = RandomPackets.next(new Random(5));
        RunResult res = vm.program("tc_prog").run(p);
        assertThat(res.skb()).isNotNull();
        assertThat(res.tcAction()).isNotNull();
        assertThat(TcAction.of(7)).isEqualTo(TcAction.REDIRECT);
    }
}
