package dev.bpfj.emitter.btf;

import dev.bpfj.core.MapType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.Pinning;
import java.util.ArrayList;
import java.util.List;

/**
 * The BTF struct of a map definition in {@code .maps}, with libbpf's member encodings:
 * {@code __uint(name, N)} is a pointer to an {@code int[N]}, {@code __type(name, T)} a pointer to
 * {@code T}, {@code __array(values, T)} a zero-length array of pointers to {@code T}.
 */
public final class MapDefinitions {
    private MapDefinitions() {}

    private static final BtfType.Int INT = BtfType.Int.S32;

    /** {@code __uint(name, value)} */
    public static Member uint(String name, long value, int index) {
        return new Member(name, new BtfType.Ptr(new BtfType.Array(INT, BtfType.Array.ARRAY_INDEX, (int) value)), index * 64);
    }

    /** {@code __type(name, type)} */
    public static Member type(String name, BtfType type, int index) {
        return new Member(name, new BtfType.Ptr(type), index * 64);
    }

    /** Whether the definition names the key and value by their BTF types rather than by size. */
    public static boolean usesTypes(MapSpec m, boolean key) {
        return m.type().takesBtfKeyValue() && (key ? m.keyType() : m.valueType()) != null;
    }

    /** The anonymous struct libbpf parses into this map's definition. */
    public static BtfType.Struct definition(MapSpec m) {
        return definition(m, true);
    }

    private static BtfType.Struct definition(MapSpec m, boolean outer) {
        List<Member> members = new ArrayList<>();
        members.add(uint("type", m.type().value(), members.size()));
        if (usesTypes(m, true)) {
            members.add(type("key", m.keyType(), members.size()));
        } else if (m.keySize() != 0) {
            members.add(uint("key_size", m.keySize(), members.size()));
        }
        if (usesTypes(m, false)) {
            members.add(type("value", m.valueType(), members.size()));
        } else if (m.valueSize() != 0 && m.innerMap() == null) {
            members.add(uint("value_size", m.valueSize(), members.size()));
        }
        if (m.maxEntries() != 0) {
            members.add(uint("max_entries", m.maxEntries(), members.size()));
        }
        if (m.flags() != 0) {
            members.add(uint("map_flags", m.flags() & 0xffffffffL, members.size()));
        }
        if (m.numaNode() != 0) {
            members.add(uint("numa_node", m.numaNode(), members.size()));
        }
        if (outer && m.pinning() != Pinning.NONE) {
            members.add(uint("pinning", m.pinning().value(), members.size()));
        }
        if (m.mapExtra() != 0) {
            if (m.mapExtra() < 0 || m.mapExtra() > Integer.MAX_VALUE) {
                // __ulong(map_extra, V): an anonymous 64-bit enum holding V, not behind a pointer
                members.add(new Member("map_extra", new BtfType.Enum("", 8, false,
                        List.of(new BtfType.Enumerator("__unique_value0", m.mapExtra()))), members.size() * 64));
            } else {
                members.add(uint("map_extra", m.mapExtra(), members.size()));
            }
        }
        if (m.innerMap() != null) {
            // __array(values, struct { ... }): must be the last member
            members.add(new Member("values", new BtfType.Array(new BtfType.Ptr(definition(m.innerMap(), false)),
                    BtfType.Array.ARRAY_INDEX, 0), members.size() * 64));
        } else if (m.type() == MapType.PROG_ARRAY && !m.initialSlots().isEmpty()) {
            // __array(values, int (void *)): where a program array's initial slots are relocated
            BtfType.FuncProto program = new BtfType.FuncProto(INT, List.of(new BtfType.Param("", new BtfType.Ptr(BtfType.Void.INSTANCE))));
            members.add(new Member("values", new BtfType.Array(new BtfType.Ptr(program), BtfType.Array.ARRAY_INDEX, 0),
                    members.size() * 64));
        }
        return new BtfType.Struct("", members.size() * 8, members);
    }
}
