package dev.bpfj.testing;

import dev.bpfj.interpreter.BpfMap;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a map's contents. Keys and values may be given as bytes, integers (little-endian
 * at the map's sizes) or records (C layout), as {@link BpfMap} takes them.
 *
 * <pre>{@code
 * assertThat(vm.map("drops")).containsEntry(0, 1L);
 * }</pre>
 */
public final class BpfMapAssert extends AbstractAssert<BpfMapAssert, BpfMap> {

    BpfMapAssert(BpfMap actual) {
        super(actual, BpfMapAssert.class);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** The element exists with this value (for per-CPU maps: the current CPU's value). */
    public BpfMapAssert containsEntry(Object key, Object value) {
        isNotNull();
        byte[] k = actual.key(key);
        byte[] v = actual.value(value);
        Optional<byte[]> got = actual.lookup(k);
        if (got.isEmpty()) {
            failWithMessage("%nExpecting map %s to contain key %s (%s), but it has none; it holds:%n%s", actual.name(),
                    key, hex(k), actual);
        } else if (!Arrays.equals(got.get(), v)) {
            failWithMessage("%nExpecting map %s[%s] to be %s (%s) but it is %s", actual.name(), key, value, hex(v),
                    hex(got.get()));
        }
        return this;
    }

    public BpfMapAssert containsKey(Object key) {
        isNotNull();
        if (actual.lookup(key).isEmpty()) {
            failWithMessage("%nExpecting map %s to contain key %s; it holds:%n%s", actual.name(), key, actual);
        }
        return this;
    }

    public BpfMapAssert doesNotContainKey(Object key) {
        isNotNull();
        if (actual.lookup(key).isPresent()) {
            failWithMessage("%nExpecting map %s not to contain key %s, but it maps to %s", actual.name(), key,
                    hex(actual.get(key)));
        }
        return this;
    }

    /** Number of elements (for arrays, max_entries: every index exists). */
    public BpfMapAssert hasSize(int size) {
        isNotNull();
        if (actual.size() != size) {
            failWithMessage("%nExpecting map %s to hold %d elements but it holds %d:%n%s", actual.name(), size,
                    actual.size(), actual);
        }
        return this;
    }

    public BpfMapAssert isEmpty() {
        return hasSize(0);
    }

    /** For per-CPU maps of numbers: the value summed over every simulated CPU. */
    public BpfMapAssert hasSum(Object key, long sum) {
        isNotNull();
        long got = actual.sumLong(key);
        if (got != sum) {
            failWithMessage("%nExpecting the per-CPU values of %s[%s] to sum to %d but they sum to %d", actual.name(),
                    key, sum, got);
        }
        return this;
    }
}
