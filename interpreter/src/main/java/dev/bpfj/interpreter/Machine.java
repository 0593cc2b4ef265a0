package dev.bpfj.interpreter;

import static dev.bpfj.interpreter.BpfRuntimeException.Kind.*;

import dev.bpfj.core.Helper;
import dev.bpfj.core.MapType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a running program can reach besides registers: maps, the simulated CPUs, clock and
 * random source, the routing table, the XDP buffer of the current run, and what the run has
 * produced so far (prints, perf and ring buffer records, the redirect target).
 */
final class Machine {
    final Memory mem;
    final Environment env;
    final Map<String, MapStore> maps = new LinkedHashMap<>();
    /** The XDP buffer of the run in progress, or null outside a run / for other program types. */
    XdpBuffer xdp;
    /** The skb of the run in progress (tc programs), or null. */
    SkbBuffer skb;

    // ---- what the current run produced ----
    final List<Event> events = new ArrayList<>();
    Redirect redirect;
    final List<RingBufMap.Reservation> openReservations = new ArrayList<>();
    /** Regions freed by map updates and deletes during the run; released when it ends, like RCU. */
    final List<Region> deferredRelease = new ArrayList<>();
    /** The dynptrs the run built ({@code bpf_dynptr_from_xdp}), by the index their stack bytes hold. */
    final List<XdpKfuncs.Dynptr> dynptrs = new ArrayList<>();

    Machine(Memory mem, Environment env) {
        this.mem = mem;
        this.env = env;
    }

    /** Ends a run: like an RCU grace period, memory freed during it becomes unreachable now. */
    void endRun() {
        for (Region g : deferredRelease) {
            mem.release(g);
        }
        deferredRelease.clear();
        dynptrs.clear();
    }

    /** The map behind a handle in a register, checked to be usable with a helper. */
    MapStore map(long handle, Helper helper) {
        Region g = mem.regionOf(handle);
        if (g.kind != Region.MAP) {
            throw new Fault(HELPER_MISUSE, helper.cName() + " needs a map (ld_imm64 map[...]) in R1, got "
                    + mem.describe(handle));
        }
        return (MapStore) g.owner;
    }

    static Fault incompatible(MapType type, Helper helper) {
        return new Fault(HELPER_MISUSE, "cannot pass map_type " + type.value() + " into func " + helper.cName() + "#"
                + helper.id() + " (a " + type.displayName() + " map does not support it)");
    }

    int cpu() {
        return env.cpu();
    }
}
