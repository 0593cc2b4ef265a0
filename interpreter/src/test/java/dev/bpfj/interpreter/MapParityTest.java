package dev.bpfj.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random sequences of lookups, updates (every flag, valid or not) and deletes, driven by packets,
 * on every map type programs can write: after each operation the kernel and the interpreter must
 * return the same code, and at the end hold the same elements.
 */
class MapParityTest {
    static final int OPS = 300;

    /** Packet: op (0 lookup, 1 update, 2 delete) at 14, key at 15, u64 value, then u32 flags. */
    static String program(int keySize) {
        String copyKey = keySize == 8 ? "r1 = *(u64 *)(r2 + 15)\n*(u64 *)(r10 - 8) = r1"
                : "r1 = *(u32 *)(r2 + 15)\n*(u32 *)(r10 - 8) = r1";
        return """
                r6 = r1
                r2 = *(u32 *)(r6 + 0)
                r3 = *(u32 *)(r6 + 4)
                r4 = r2
                r4 += 40
                if r4 > r3 goto bad
                r7 = *(u8 *)(r2 + 14)
                %s
                r1 = *(u64 *)(r2 + %d)
                *(u64 *)(r10 - 16) = r1
                r8 = *(u32 *)(r2 + %d)
                if r7 == 1 goto update
                if r7 == 2 goto delete
                r1 = map[m] ll
                r2 = r10
                r2 += -8
                call bpf_map_lookup_elem
                if r0 == 0 goto miss
                r0 = *(u64 *)(r0 + 0)
                exit
                miss:
                r0 = 0xdead
                exit
                update:
                r1 = map[m] ll
                r2 = r10
                r2 += -8
                r3 = r10
                r3 += -16
                r4 = r8
                call bpf_map_update_elem
                exit
                delete:
                r1 = map[m] ll
                r2 = r10
                r2 += -8
                call bpf_map_delete_elem
                exit
                bad:
                r0 = 0
                exit
                """.formatted(copyKey, 15 + keySize, 23 + keySize);
    }

    static Stream<Arguments> maps() {
        return Stream.of(
                Arguments.of(MapType.HASH, 4, 6, 0, 9),
                Arguments.of(MapType.PERCPU_HASH, 4, 6, 0, 9),
                Arguments.of(MapType.ARRAY, 4, 6, 0, 9),
                Arguments.of(MapType.PERCPU_ARRAY, 4, 6, 0, 9),
                Arguments.of(MapType.LRU_HASH, 4, 64, 0, 67),
                Arguments.of(MapType.LRU_PERCPU_HASH, 4, 64, 0, 67),
                // full LRU maps: Linux evicts in batches, per CPU lists, reference bits
                Arguments.of(MapType.LRU_HASH, 4, 16, 0, 48),
                Arguments.of(MapType.LRU_PERCPU_HASH, 4, 16, 0, 48),
                Arguments.of(MapType.LRU_HASH, 4, 15, 2 /* BPF_F_NO_COMMON_LRU */, 48),
                Arguments.of(MapType.HASH, 8, 5, MapSpec.F_NO_PREALLOC, 8),
                Arguments.of(MapType.LPM_TRIE, 8, 6, MapSpec.F_NO_PREALLOC, 9));
    }

    @ParameterizedTest(name = "{0} key {1} max {2} flags {3}")
    @MethodSource("maps")
    void randomOperationsAgree(MapType type, int keySize, int maxEntries, int flags, int keys) {
        MapSpec m = MapSpec.builder("m", type).keySize(keySize).valueSize(8).maxEntries(maxEntries).flags(flags).build();
        ObjectSpec o = new ObjectSpec(List.of(Programs.program("ops", "xdp", program(keySize))), List.of(m), "GPL");
        Random rnd = new Random(type.ordinal() * 31L + keySize + maxEntries * 7L + flags);
        try (Twin t = new Twin(o)) {
            for (int i = 0; i < OPS; i++) {
                byte[] p = Programs.packet(64);
                p[14] = (byte) rnd.nextInt(3);
                if (type == MapType.LPM_TRIE) {
                    int prefix = rnd.nextInt(10) == 0 ? 33 : new int[] {0, 8, 16, 24, 32, 12}[rnd.nextInt(6)];
                    dev.bpfj.core.codec.Codecs.putUnsigned(p, 15, 4, prefix);
                    byte[] nets = {10, 10, 10, (byte) 192};
                    p[19] = nets[rnd.nextInt(nets.length)];
                    p[20] = (byte) (rnd.nextBoolean() ? 0 : 1);
                    p[21] = (byte) rnd.nextInt(2);
                    p[22] = (byte) rnd.nextInt(3);
                } else {
                    dev.bpfj.core.codec.Codecs.putUnsigned(p, 15, keySize, rnd.nextInt(keys));
                }
                dev.bpfj.core.codec.Codecs.putUnsigned(p, 15 + keySize, 8, rnd.nextLong());
                int[] flagChoices = {0, 0, 0, 1, 2, 3, 4, 8};
                dev.bpfj.core.codec.Codecs.putUnsigned(p, 23 + keySize, 4, flagChoices[rnd.nextInt(flagChoices.length)]);
                t.assertSame("ops", XdpInput.of(p));
                if (i % 50 == 49) {
                    t.assertMapsSame();
                }
            }
            t.assertMapsSame();
            assertThat(t.interpreter.map("m").keys()).isNotEmpty();
        }
    }
}
