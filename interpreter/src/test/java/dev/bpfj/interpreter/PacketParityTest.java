package dev.bpfj.interpreter;

import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Packet programs written in assembly run on thousands of generated packets in Linux and in the
 * interpreter: same verdict, same output packet, same map contents.
 */
class PacketParityTest {
    static final int PACKETS = 2000;

    /**
     * Parses Ethernet (one optional VLAN tag), counts IPv4 protocols per CPU, drops UDP to 9999,
     * bounces TCP SYNs (MACs swapped, XDP_TX), decrements the hop limit of ICMPv6, passes the rest.
     */
    static final String PARSE = """
            r6 = r1
            r7 = *(u32 *)(r6 + 0)
            r8 = *(u32 *)(r6 + 4)
            r2 = r7
            r2 += 14
            if r2 > r8 goto pass
            r9 = *(u16 *)(r7 + 12)
            r2 = 14
            *(u64 *)(r10 - 16) = r2
            if r9 != 0x81 goto l3
            r2 = r7
            r2 += 18
            if r2 > r8 goto pass
            r9 = *(u16 *)(r7 + 16)
            r2 = 18
            *(u64 *)(r10 - 16) = r2
            l3:
            if r9 == 0x8 goto ipv4
            if r9 == 0xdd86 goto ipv6
            goto pass
            ipv4:
            r2 = *(u64 *)(r10 - 16)
            r4 = r7
            r4 += r2
            r2 = r4
            r2 += 20
            if r2 > r8 goto pass
            r3 = *(u8 *)(r4 + 9)
            *(u32 *)(r10 - 4) = r3
            r2 = r10
            r2 += -4
            r1 = map[counters] ll
            call bpf_map_lookup_elem
            if r0 == 0 goto counted
            r1 = 1
            lock *(u64 *)(r0 + 0) += r1
            counted:
            r2 = *(u64 *)(r10 - 16)
            r4 = r7
            r4 += r2
            r2 = r4
            r2 += 20
            if r2 > r8 goto pass
            r3 = *(u8 *)(r4 + 0)
            r3 &= 0xf
            r3 <<= 2
            if r3 < 20 goto pass
            r1 = *(u8 *)(r4 + 9)
            r2 = r4
            r2 += r3
            r0 = r2
            r0 += 20
            if r0 > r8 goto short
            if r1 == 6 goto tcp
            short:
            r0 = r2
            r0 += 8
            if r0 > r8 goto pass
            if r1 != 17 goto pass
            r3 = *(u16 *)(r2 + 2)
            if r3 == 0x0f27 goto drop
            goto pass
            tcp:
            r3 = *(u8 *)(r2 + 13)
            r3 &= 2
            if r3 == 0 goto pass
            r1 = *(u32 *)(r7 + 0)
            r2 = *(u16 *)(r7 + 4)
            r3 = *(u32 *)(r7 + 6)
            r4 = *(u16 *)(r7 + 10)
            *(u32 *)(r7 + 0) = r3
            *(u16 *)(r7 + 4) = r4
            *(u32 *)(r7 + 6) = r1
            *(u16 *)(r7 + 10) = r2
            r0 = 3
            exit
            ipv6:
            r2 = *(u64 *)(r10 - 16)
            r4 = r7
            r4 += r2
            r2 = r4
            r2 += 40
            if r2 > r8 goto pass
            r3 = *(u8 *)(r4 + 6)
            if r3 != 58 goto pass
            r3 = *(u8 *)(r4 + 7)
            r3 += -1
            *(u8 *)(r4 + 7) = r3
            goto pass
            drop:
            r0 = 1
            exit
            pass:
            r0 = 2
            exit
            """;

    /**
     * Strips one 802.1Q tag (moves the MACs up, then bpf_xdp_adjust_head by 4); counts IPv4 sources
     * in a hash map (insert with BPF_NOEXIST, then increment), and trims packets over 1000 bytes.
     */
    static final String REWRITE = """
            r6 = r1
            r7 = *(u32 *)(r6 + 0)
            r8 = *(u32 *)(r6 + 4)
            r2 = r7
            r2 += 18
            if r2 > r8 goto notag
            r9 = *(u16 *)(r7 + 12)
            if r9 != 0x81 goto notag
            r1 = *(u64 *)(r7 + 0)
            r2 = *(u32 *)(r7 + 8)
            *(u64 *)(r7 + 4) = r1
            *(u32 *)(r7 + 12) = r2
            r1 = r6
            r2 = 4
            call bpf_xdp_adjust_head
            if r0 != 0 goto abort
            notag:
            r7 = *(u32 *)(r6 + 0)
            r8 = *(u32 *)(r6 + 4)
            r2 = r7
            r2 += 34
            if r2 > r8 goto tail
            r9 = *(u16 *)(r7 + 12)
            if r9 != 0x8 goto tail
            r1 = *(u32 *)(r7 + 26)
            *(u32 *)(r10 - 4) = r1
            *(u64 *)(r10 - 16) = 1
            r1 = map[sources] ll
            r2 = r10
            r2 += -4
            r3 = r10
            r3 += -16
            r4 = 1
            call bpf_map_update_elem
            if r0 == 0 goto tail
            r1 = map[sources] ll
            r2 = r10
            r2 += -4
            call bpf_map_lookup_elem
            if r0 == 0 goto tail
            r1 = *(u64 *)(r0 + 0)
            r1 += 1
            *(u64 *)(r0 + 0) = r1
            tail:
            r7 = *(u32 *)(r6 + 0)
            r8 = *(u32 *)(r6 + 4)
            r8 -= r7
            if r8 < 1000 goto done
            r1 = r6
            r2 = -100
            call bpf_xdp_adjust_tail
            done:
            r0 = 2
            exit
            abort:
            r0 = 0
            exit
            """;

    private static void runMany(ObjectSpec o, String program, long seed) {
        Random r = new Random(seed);
        try (Twin t = new Twin(o)) {
            for (int i = 0; i < PACKETS; i++) {
                t.assertSame(program, XdpInput.of(RandomPackets.next(r)));
            }
            t.assertMapsSame();
        }
    }

    @Test
    void parseCountDropBounce() {
        MapSpec counters = MapSpec.builder("counters", MapType.PERCPU_ARRAY).keySize(4).valueSize(8).maxEntries(256)
                .build();
        runMany(new ObjectSpec(List.of(Programs.program("parse", "xdp", PARSE)), List.of(counters), "GPL"), "parse", 1);
    }

    @Test
    void stripTagCountSourcesTrim() {
        MapSpec sources = MapSpec.builder("sources", MapType.HASH).keySize(4).valueSize(8).maxEntries(64).build();
        runMany(new ObjectSpec(List.of(Programs.program("rewrite", "xdp", REWRITE)), List.of(sources), "GPL"),
                "rewrite", 2);
    }
}
