package dev.bpfj.interpreter;

import dev.bpfj.core.Errno;
import dev.bpfj.core.Helpers;

/**
 * The map helpers: lookup, update, delete ({@code kernel/bpf/helpers.c}), per-CPU lookup and
 * {@code bpf_for_each_map_elem}. Keys and values are read where the program keeps them, after the
 * checks the verifier would have made (the whole key and value inside one readable region).
 */
final class MapHelpers {
    private MapHelpers() {}

    static void register(HelperFunction[] t) {
        t[Helpers.MAP_LOOKUP_ELEM.id()] = MapHelpers::lookup;
        t[Helpers.MAP_UPDATE_ELEM.id()] = MapHelpers::update;
        t[Helpers.MAP_DELETE_ELEM.id()] = MapHelpers::delete;
        t[195] = MapHelpers::lookupPercpu;
        t[164] = MapHelpers::forEach;
    }

    static long lookup(Vm vm, long map, long key, long r3, long r4, long r5) {
        MapStore m = vm.machine.map(map, Helpers.MAP_LOOKUP_ELEM);
        Region k = vm.mem.range(key, m.keySize(), false);
        return m.lookup(k.bytes, (int) key);
    }

    static long update(Vm vm, long map, long key, long value, long flags, long r5) {
        MapStore m = vm.machine.map(map, Helpers.MAP_UPDATE_ELEM);
        Region k = vm.mem.range(key, m.keySize(), false);
        Region v = vm.mem.range(value, m.valueSize(), false);
        return m.update(k.bytes, (int) key, v.bytes, (int) value, flags);
    }

    static long delete(Vm vm, long map, long key, long r3, long r4, long r5) {
        MapStore m = vm.machine.map(map, Helpers.MAP_DELETE_ELEM);
        Region k = vm.mem.range(key, m.keySize(), false);
        return m.delete(k.bytes, (int) key);
    }

    static long lookupPercpu(Vm vm, long map, long key, long cpu, long r4, long r5) {
        MapStore m = vm.machine.map(map, Helpers.get(195));
        Region k = vm.mem.range(key, m.keySize(), false);
        long c = cpu & 0xffffffffL;
        return m.lookupOnCpu(k.bytes, (int) key, c >= vm.machine.env.cpus() ? -1 : (int) c);
    }

    /** {@code bpf_for_each_map_elem(map, callback, ctx, flags)}: callback(map, key, value, ctx) per element. */
    static long forEach(Vm vm, long map, long callback, long ctx, long flags, long r5) {
        MapStore m = vm.machine.map(map, Helpers.get(164));
        if (flags != 0) {
            return Errno.EINVAL.negative();
        }
        return m.forEach((key, value) -> vm.callback(callback, map, key, value, ctx, 0, 4) != 0);
    }
}
