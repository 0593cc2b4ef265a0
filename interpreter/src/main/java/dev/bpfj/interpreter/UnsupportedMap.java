package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import dev.bpfj.core.spec.MapSpec;
import java.util.List;

/** A map of a type the interpreter does not model: it exists, but any use of it says so. */
final class UnsupportedMap extends MapStore {
    UnsupportedMap(MapSpec spec, Machine machine) {
        super(spec, machine);
    }

    private Fault unsupported() {
        return new Fault(UNSUPPORTED, "map " + name() + " is a " + spec.type().displayName()
                + " map, which the interpreter does not support");
    }

    @Override
    long lookup(byte[] key, int keyOff) {
        throw unsupported();
    }

    @Override
    long update(byte[] key, int keyOff, byte[] value, int valueOff, long flags) {
        throw unsupported();
    }

    @Override
    long delete(byte[] key, int keyOff) {
        throw unsupported();
    }

    private UnsupportedOperationException userUnsupported() {
        return new UnsupportedOperationException("the interpreter does not support " + spec.type().displayName()
                + " maps (map " + name() + ")");
    }

    @Override
    byte[] userLookup(byte[] key) {
        throw userUnsupported();
    }

    @Override
    long userUpdate(byte[] key, byte[] value, long flags) {
        throw userUnsupported();
    }

    @Override
    long userDelete(byte[] key) {
        throw userUnsupported();
    }

    @Override
    List<byte[]> userKeys() {
        return List.of();
    }

    @Override
    void clear() {
    }
}
