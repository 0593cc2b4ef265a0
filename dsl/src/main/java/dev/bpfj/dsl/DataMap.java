package dev.bpfj.dsl;

import dev.bpfj.core.Helpers;
import dev.bpfj.core.MapType;
import dev.bpfj.dsl.codegen.Code;

/**
 * A map holding data the program reads and writes: arrays, hashes, LPM tries, in their per-CPU and
 * LRU variants. {@code lookup} gives a value usable only where it is known to exist.
 */
public abstract sealed class DataMap extends BpfMap permits ArrayMap, HashTable, LpmTrie {
    /** {@code BPF_ANY}: create or update. */
    public static final int ANY = 0;
    /** {@code BPF_NOEXIST}: create only. */
    public static final int NOEXIST = 1;
    /** {@code BPF_EXIST}: update only. */
    public static final int EXIST = 2;

    DataMap(XdpProgram owner, String name, MapType type, DataType key, DataType value, int maxEntries, int flags) {
        super(owner, name, type, key, value, maxEntries, flags);
    }

    public DataType keyType() {
        return key;
    }

    public DataType valueType() {
        return value;
    }

    /** A typed handle on this map for Java code (tests, user space): its name and key/value codecs. */
    public <K, V> dev.bpfj.core.spec.MapRef<K, V> ref(dev.bpfj.core.codec.Codec<K> keyCodec, dev.bpfj.core.codec.Codec<V> valueCodec) {
        if (keyCodec.size() != key.size() || valueCodec.size() != value.size()) {
            throw new BpfBuildException(null, "map " + name + " has " + key.size() + "-byte keys and " + value.size()
                    + "-byte values; the codecs give " + keyCodec.size() + " and " + valueCodec.size());
        }
        return new dev.bpfj.core.spec.MapRef<>(name, keyCodec, valueCodec);
    }

    /** Looks up a scalar key. */
    public MapValue lookup(Value k) {
        Gen g = gen();
        g.code().frame().mark();
        Gen.Arg ka = keyArg(g, k);
        int ptr = g.callPointer(Helpers.MAP_LOOKUP_ELEM, new Gen.MapArg(name), ka);
        g.code().frame().release();
        return new MapValue(g, ptr, value, type.isPerCpu());
    }

    public MapValue lookup(long k) {
        return lookup(Value.of(scalarKey(), k));
    }

    /** Looks up a struct key built on the stack. */
    public MapValue lookup(Struct<?> k) {
        Gen g = gen();
        checkKey(k);
        int ptr = g.callPointer(Helpers.MAP_LOOKUP_ELEM, new Gen.MapArg(name), k.prepare());
        return new MapValue(g, ptr, value, type.isPerCpu());
    }

    /** Stores {@code v} under scalar key {@code k}; returns 0 or a negative errno. */
    public Value update(Value k, Value v, int flags) {
        Gen g = gen();
        g.code().frame().mark();
        Gen.Arg ka = keyArg(g, k);
        Gen.Arg va = valueArg(g, v);
        Value rc = g.call(Helpers.MAP_UPDATE_ELEM, ScalarType.S64, new Gen.MapArg(name), ka, va, new Gen.ImmArg(flags));
        g.code().frame().release();
        return rc;
    }

    public Value update(long k, Value v, int flags) {
        return update(Value.of(scalarKey(), k), v, flags);
    }

    /** Stores a struct value under a struct key. */
    public Value update(Struct<?> k, Struct<?> v, int flags) {
        Gen g = gen();
        checkKey(k);
        checkValue(v);
        return g.call(Helpers.MAP_UPDATE_ELEM, ScalarType.S64, new Gen.MapArg(name), k.prepare(),
                v.prepare(), new Gen.ImmArg(flags));
    }

    /** Stores a scalar value under a struct key. */
    public Value update(Struct<?> k, Value v, int flags) {
        Gen g = gen();
        checkKey(k);
        g.code().frame().mark();
        Gen.Arg va = valueArg(g, v);
        Value rc = g.call(Helpers.MAP_UPDATE_ELEM, ScalarType.S64, new Gen.MapArg(name), k.prepare(),
                va, new Gen.ImmArg(flags));
        g.code().frame().release();
        return rc;
    }

    /** Stores a struct value under a scalar key. */
    public Value update(Value k, Struct<?> v, int flags) {
        Gen g = gen();
        checkValue(v);
        g.code().frame().mark();
        Gen.Arg ka = keyArg(g, k);
        Value rc = g.call(Helpers.MAP_UPDATE_ELEM, ScalarType.S64, new Gen.MapArg(name), ka,
                v.prepare(), new Gen.ImmArg(flags));
        g.code().frame().release();
        return rc;
    }

    /** Deletes a scalar key; returns 0 or a negative errno. */
    public Value delete(Value k) {
        Gen g = gen();
        checkDeletable(g);
        g.code().frame().mark();
        Gen.Arg ka = keyArg(g, k);
        Value rc = g.call(Helpers.MAP_DELETE_ELEM, ScalarType.S64, new Gen.MapArg(name), ka);
        g.code().frame().release();
        return rc;
    }

    /** Deletes a struct key. */
    public Value delete(Struct<?> k) {
        Gen g = gen();
        checkDeletable(g);
        checkKey(k);
        return g.call(Helpers.MAP_DELETE_ELEM, ScalarType.S64, new Gen.MapArg(name), k.prepare());
    }

    private void checkDeletable(Gen g) {
        if (type.isArray()) {
            throw g.error("elements of " + type.displayName() + " map " + name + " cannot be deleted (the kernel"
                    + " returns -EINVAL); set the value to zero instead");
        }
    }

    private ScalarType scalarKey() {
        if (!(key instanceof ScalarType s)) {
            throw gen().error("map " + name + " has a struct key " + key + "; build it with struct(...) and pass that");
        }
        return s;
    }

    private void checkKey(Struct<?> k) {
        if (k.layout != key) {
            throw gen().error("map " + name + " takes keys of " + key + ", not struct " + k.layout.name());
        }
    }

    private void checkValue(Struct<?> v) {
        if (v.layout != value) {
            throw gen().error("map " + name + " holds values of " + value + ", not struct " + v.layout.name());
        }
    }

    private Gen.Arg keyArg(Gen g, Value k) {
        ScalarType kt = scalarKey();
        int off = g.allocate(kt.size(), kt.size());
        g.store(kt, Code.FP, off, k);
        return new Gen.StackArg(off);
    }

    private Gen.Arg valueArg(Gen g, Value v) {
        if (!(value instanceof ScalarType vt)) {
            throw g.error("map " + name + " holds struct values " + value + "; pass a struct(...)");
        }
        int off = g.allocate(vt.size(), vt.size());
        g.store(vt, Code.FP, off, v);
        return new Gen.StackArg(off);
    }
}
