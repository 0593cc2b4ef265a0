package dev.bpfj.dsl;

import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapSpec;

/**
 * {@code BPF_MAP_TYPE_LPM_TRIE}: longest-prefix match. The key layout starts with a {@code u32}
 * prefix length followed by the address bytes (see {@code LpmKey}); the kernel requires
 * {@code BPF_F_NO_PREALLOC}, which is set for you.
 */
public final class LpmTrie extends DataMap {
    LpmTrie(XdpProgram owner, String name, Layout<?> key, DataType value, int maxEntries) {
        super(owner, name, MapType.LPM_TRIE, key, value, maxEntries, MapSpec.F_NO_PREALLOC);
        if (key.fields().isEmpty() || key.fields().get(0).type() != ScalarType.U32 || key.fields().get(0).offset() != 0) {
            throw new BpfBuildException(null, "LPM trie " + name + " needs a key whose first field is the u32 prefix length");
        }
    }
}
