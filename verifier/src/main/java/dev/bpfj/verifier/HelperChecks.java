package dev.bpfj.verifier;

import dev.bpfj.core.ArgKind;
import dev.bpfj.core.Helper;
import dev.bpfj.core.Helpers;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.Privilege;
import dev.bpfj.core.ReturnKind;
import dev.bpfj.core.spec.MapSpec;
import java.util.List;
import java.util.Set;

/**
 * Helper calls ({@code check_helper_call}, {@code check_func_arg}, {@code check_reg_type},
 * {@code check_map_func_compatibility}) against core's helper table.
 */
final class HelperChecks {
    private static final String MEM_TYPES = "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";
    private static final String SOCK_COMMON_TYPES = "sock_common, sock, tcp_sock, xdp_sock";

    private final Checker c;

    HelperChecks(Checker c) {
        this.c = c;
    }

    /** What the argument checks learned ({@code struct bpf_call_arg_meta}). */
    private static final class Meta {
        MapSpec map;
        boolean rawMode;
        int rawRegno = -1;
        int rawSize;
        int refObjId;
        int releaseRegno;
        int callbackSubprog = -1;
        long memSize;
        long constMapKey = -1;
    }

    void call(Instruction insn) {
        int id = insn.imm32();
        if (id == 0) {
            throw c.reject("program of this type cannot use helper unspec#0");
        }
        Helper h = Helpers.byId(id).orElse(null);
        if (h == null) {
            throw c.reject("invalid func %s#%d", "unknown", id);
        }
        if (!h.availableTo(c.progType) || !privileged(h.privilege())) {
            throw c.reject("program of this type cannot use helper %s#%d", h.cName(), id);
        }
        if (!c.gpl && h.gplOnly()) {
            throw c.reject("cannot call GPL-restricted function from non-GPL compatible program");
        }
        if (!h.isModelled()) {
            throw c.notModelled("helper %s#%d at insn %d: bpfj does not model this helper's arguments", h.cName(), id,
                    c.insnIdx);
        }
        Meta meta = new Meta();
        List<ArgKind> args = h.args();
        for (int i = 0; i < 5; i++) {
            if (i < args.size()) {
                checkArg(h, i, args, meta);
            }
        }
        if (meta.map != null && meta.map.isReadOnlyForProgram()
                && (id == 2 || id == 3 || id == 87 || id == 88)) {
            throw c.reject("write into map forbidden");
        }
        if (meta.rawRegno >= 0) {
            c.memory.markRawWritten(meta.rawRegno, meta.rawSize);
        }
        Reg[] regs = c.cur.regs();
        if (id == Helpers.LOOP.id()) {
            // simulate one more iteration while the count allows; the queued state re-enters this call
            Frame caller = c.cur.cur();
            if (Long.compareUnsigned(caller.callbackDepth, regs[1].umax) < 0) {
                c.pushCallback(meta.callbackSubprog);
            } else {
                caller.callbackDepth = 0;
            }
        }
        if (meta.releaseRegno > 0) {
            boolean ok;
            if (meta.refObjId != 0) {
                ok = releaseReference(meta.refObjId);
            } else {
                ok = regs[meta.releaseRegno].isNull();
            }
            if (!ok) {
                throw c.reject("func %s#%d reference has not been acquired before", h.cName(), id);
            }
        }
        if (id == Helpers.TAIL_CALL.id() && meta.map != null) {
            MapSpec seen = c.tailCallMap[c.insnIdx];
            if (seen != null && seen != meta.map) {
                c.tailCallPoisoned[c.insnIdx] = true;
            }
            c.tailCallMap[c.insnIdx] = meta.map;
        }
        if (id == Helpers.TAIL_CALL.id()) {
            if (c.cur.refIds.length > 0) {
                int last = c.cur.refIds.length - 1;
                throw c.reject("Unreleased reference id=%d alloc_insn=%d\ntail_call would lead to reference leak",
                        c.cur.refIds[last], c.cur.refInsns[last]);
            }
        }
        for (int i = 0; i <= 5; i++) {
            regs[i].markNotInit();
        }
        Reg r0 = regs[0];
        ReturnKind ret = h.returns();
        switch (ret) {
            case INTEGER -> r0.markUnknown();
            case VOID -> r0.markNotInit();
            case MAP_VALUE_OR_NULL -> {
                MapSpec map = meta.map;
                if (map.type() == MapType.ARRAY_OF_MAPS || map.type() == MapType.HASH_OF_MAPS) {
                    // map_value_or_null until the NULL check makes it the inner map's pointer
                    r0.markKnownZeroPointer(RegType.MAP_VALUE);
                    r0.map = map;
                    r0.maybeNull = true;
                } else {
                    r0.markKnownZeroPointer(RegType.MAP_VALUE);
                    r0.map = map;
                    boolean elide = id == Helpers.MAP_LOOKUP_ELEM.id()
                            && (map.type() == MapType.ARRAY || map.type() == MapType.PERCPU_ARRAY)
                            && meta.constMapKey >= 0 && meta.constMapKey < Integer.toUnsignedLong(map.maxEntries());
                    r0.maybeNull = !elide;
                }
            }
            case RINGBUF_MEM_OR_NULL -> {
                r0.markKnownZeroPointer(RegType.MEM);
                r0.ringbuf = true;
                r0.maybeNull = true;
                r0.memSize = (int) meta.memSize;
            }
            case SOCKET_OR_NULL -> {
                r0.markKnownZeroPointer(RegType.SOCKET);
                r0.maybeNull = true;
            }
            case SOCK_COMMON_OR_NULL -> {
                r0.markKnownZeroPointer(RegType.SOCK_COMMON);
                r0.maybeNull = true;
            }
            case TCP_SOCK_OR_NULL -> {
                r0.markKnownZeroPointer(RegType.TCP_SOCK);
                r0.maybeNull = true;
            }
            default -> throw c.reject("unknown return type of func %s#%d", h.cName(), id);
        }
        if (r0.maybeNull) {
            r0.id = ++c.idGen;
        }
        if (PTR_CAST_FUNCS.contains(id)) {
            // is_ptr_cast_function: the result goes when the object it was cast from is released
            r0.refObjId = meta.refObjId;
        } else if (ACQUIRE_FUNCS.contains(id) || id == Helpers.MAP_LOOKUP_ELEM.id() && meta.map != null
                && (meta.map.type() == MapType.SOCKMAP || meta.map.type() == MapType.SOCKHASH)) {
            int ref = ++c.idGen;
            c.cur.acquire(ref, c.insnIdx);
            r0.id = ref;
            r0.refObjId = ref;
        }
        if (id == Helpers.GET_SMP_PROCESSOR_ID.id()) {
            long max = c.profile.nrCpuIds() - 1L;
            r0.umax = max;
            r0.u32max = max;
            r0.smax = max;
            r0.s32max = (int) max;
            r0.umin = 0;
            r0.u32min = 0;
            r0.smin = 0;
            r0.s32min = 0;
            Bounds.sync(r0);
        }
        checkMapFuncCompatibility(meta.map, h);
        if (h.changesPacketData()) {
            c.clearAllPacketPointers();
        }
    }

    private boolean privileged(Privilege p) {
        return p != Privilege.CAP_PERFMON || c.profile.perfmon();
    }

    private boolean releaseReference(int refObjId) {
        if (!c.cur.release(refObjId)) {
            return false;
        }
        c.cur.forEachReg(r -> {
            if (r.refObjId == refObjId) {
                c.invalidate(r);
            }
        });
        return true;
    }

    private void checkArg(Helper h, int arg, List<ArgKind> args, Meta meta) {
        int regno = arg + 1;
        ArgKind kind = args.get(arg);
        Reg reg = c.src(regno);
        if (kind == ArgKind.ANYTHING) {
            if (c.isLeakyPointer(reg)) {
                throw c.reject("R%d leaks addr into helper function", regno);
            }
            return;
        }
        if (reg.type == RegType.BTF_ID) {
            throw c.notModelled("R%d (a pointer to kernel struct %s) passed to helper %s: bpfj does not model kernel"
                    + " objects as helper arguments", regno, reg.btf == null ? "?" : reg.btf.name(), h.cName());
        }
        if (reg.type.isPacket() && !h.packetAccess()) {
            throw c.reject("helper access to the packet is not allowed");
        }
        if ((kind == ArgKind.MAP_VALUE || kind == ArgKind.UNINIT_MAP_VALUE) && meta.map != null
                && (meta.map.type() == MapType.SOCKMAP || meta.map.type() == MapType.SOCKHASH)) {
            // resolve_map_arg_type: a socket map's value is a socket
            if (kind != ArgKind.MAP_VALUE) {
                throw c.reject("invalid arg_type for sockmap/sockhash");
            }
            kind = ArgKind.SOCK_COMMON;
        }
        boolean mayBeNull = kind == ArgKind.MEM_RDONLY_OR_NULL || kind == ArgKind.STACK_OR_NULL;
        boolean release = kind == ArgKind.RINGBUF_MEM_RELEASE || kind == ArgKind.SOCK_COMMON_RELEASE;
        if (!(reg.isNull() && mayBeNull)) {
            checkRegType(regno, reg, kind, h);
            checkArgRegOff(regno, reg, release);
        }
        if (release) {
            if (reg.refObjId == 0 && !reg.isNull()) {
                throw c.reject("R%d must be referenced when passed to release function", regno);
            }
            meta.releaseRegno = regno;
        }
        if (reg.refObjId != 0) {
            meta.refObjId = reg.refObjId;
        }
        switch (kind) {
            case CONST_MAP_PTR -> meta.map = reg.map;
            case MAP_KEY -> {
                if (meta.map.type() == MapType.ARRAY || meta.map.type() == MapType.PERCPU_ARRAY) {
                    meta.constMapKey = constantMapKey(reg, meta.map.keySize());
                }
                c.memory.helperMemAccess(regno, meta.map.keySize(), false, false, false);
            }
            case MAP_VALUE -> c.memory.helperMemAccess(regno, meta.map.valueSize(), false, false, false);
            case UNINIT_MAP_VALUE -> {
                c.memory.helperMemAccess(regno, meta.map.valueSize(), true, false, true);
                if (reg.type == RegType.STACK) {
                    meta.rawRegno = regno;
                    meta.rawSize = meta.map.valueSize();
                }
            }
            case MEM, MEM_RDONLY, MEM_RDONLY_OR_NULL, UNINIT_MEM -> meta.rawMode = kind == ArgKind.UNINIT_MEM;
            case FIXED_SIZE_MEM -> {
                c.memory.helperMemAccess(regno, h.fixedMemSize(), true, false, true);
                c.memory.checkAlignment(reg, 0, h.fixedMemSize(), true); // MEM_ALIGNED
                if (reg.type == RegType.STACK) {
                    meta.rawRegno = regno;
                    meta.rawSize = h.fixedMemSize();
                }
            }
            case CONST_SIZE, CONST_SIZE_OR_ZERO -> {
                ArgKind prev = args.get(arg - 1);
                boolean write = prev == ArgKind.UNINIT_MEM || prev == ArgKind.MEM;
                checkMemSizeReg(regno, reg, write && prev == ArgKind.UNINIT_MEM, kind == ArgKind.CONST_SIZE_OR_ZERO,
                        meta.rawMode);
                if (meta.rawMode && reg.varOff.isConst() && c.cur.regs()[regno - 1].type == RegType.STACK) {
                    meta.rawRegno = regno - 1;
                    meta.rawSize = (int) reg.umax;
                }
                meta.rawMode = false;
            }
            case CONST_ALLOC_SIZE_OR_ZERO -> {
                if (!reg.varOff.isConst()) {
                    throw c.reject("R%d is not a known constant'", regno);
                }
                meta.memSize = reg.varOff.value();
            }
            case FUNC -> {
                if (h.id() != Helpers.LOOP.id()) {
                    throw c.notModelled("callback passed to %s at insn %d: bpfj does not model this helper's callbacks",
                            h.cName(), c.insnIdx);
                }
                meta.callbackSubprog = reg.subprog;
            }
            default -> {
            }
        }
    }

    /** {@code check_mem_size_reg} of a kfunc's memory, size pair (never raw mode). */
    void checkMemSize(int regno, Reg reg, boolean write, boolean zeroSizeAllowed) {
        checkMemSizeReg(regno, reg, write, zeroSizeAllowed, false);
    }

    /** {@code check_mem_size_reg}. */
    private void checkMemSizeReg(int regno, Reg reg, boolean write, boolean zeroSizeAllowed, boolean rawMode) {
        if (!reg.varOff.isConst()) {
            rawMode = false;
        }
        if (reg.smin < 0) {
            throw c.reject("R%d min value is negative, either use unsigned or 'var &= const'", regno);
        }
        if (reg.umin == 0 && !zeroSizeAllowed) {
            throw c.reject("R%d invalid zero-sized read: u64=[%d,%d]", regno, reg.umin, reg.umax);
        }
        if (Long.compareUnsigned(reg.umax, Checker.MAX_VAR_OFF) >= 0) {
            throw c.reject("R%d unbounded memory access, use 'var &= const' or 'if (var < const)'", regno);
        }
        c.memory.helperMemAccess(regno - 1, (int) reg.umax, write, zeroSizeAllowed, rawMode);
    }

    /** {@code get_constant_map_key} (Linux 6.14+): a constant key on the stack lets an array lookup skip NULL. */
    private long constantMapKey(Reg key, int keySize) {
        if (key.type != RegType.STACK || !key.varOff.isConst()) {
            return -1;
        }
        Frame f = c.frameOf(key);
        long stackOff = key.off + key.varOff.value();
        int slot = (int) (-stackOff - 1);
        int spi = slot / 8;
        int off = slot % 8;
        int zeroSize = 0;
        for (int i = off; i >= 0 && f.type(spi, i) == Frame.STACK_ZERO; i--) {
            zeroSize++;
        }
        if (zeroSize >= keySize) {
            return 0;
        }
        if (!f.isSpilledScalar(spi)) {
            return -1;
        }
        int spillSize = 0;
        for (int i = off; i >= 0 && f.type(spi, i) == Frame.STACK_SPILL; i--) {
            spillSize++;
        }
        if (spillSize != keySize) {
            return -1;
        }
        Reg r = f.spill(spi);
        if (!r.varOff.isConst()) {
            return -1;
        }
        return r.varOff.value();
    }

    private void checkRegType(int regno, Reg reg, ArgKind kind, Helper h) {
        String expected;
        boolean ok;
        switch (kind) {
            case CONST_MAP_PTR -> {
                ok = reg.type == RegType.CONST_MAP_PTR && !reg.maybeNull;
                expected = "map_ptr";
            }
            case MAP_KEY, MAP_VALUE, UNINIT_MAP_VALUE, MEM, UNINIT_MEM, FIXED_SIZE_MEM -> {
                ok = isMemType(reg, false);
                expected = MEM_TYPES;
            }
            case MEM_RDONLY, MEM_RDONLY_OR_NULL -> {
                ok = isMemType(reg, true);
                expected = MEM_TYPES;
            }
            case CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO, SCALAR -> {
                ok = reg.type == RegType.SCALAR;
                expected = "scalar";
            }
            case CTX -> {
                ok = reg.type == RegType.CTX;
                expected = "ctx";
            }
            case FUNC -> {
                ok = reg.type == RegType.FUNC;
                expected = "func";
            }
            case STACK_OR_NULL -> {
                ok = reg.type == RegType.STACK;
                expected = "fp";
            }
            case RINGBUF_MEM_RELEASE -> {
                ok = reg.type == RegType.MEM && reg.ringbuf && !reg.maybeNull && !reg.rdonly;
                expected = "ringbuf_mem";
            }
            case SOCK_COMMON, SOCK_COMMON_RELEASE -> {
                ok = reg.type.isSock() && !reg.maybeNull;
                expected = SOCK_COMMON_TYPES + ", ptr_, trusted_ptr_";
            }
            case SOCK_COMMON_NO_BTF -> {
                ok = reg.type.isSock() && !reg.maybeNull;
                expected = SOCK_COMMON_TYPES;
            }
            default -> throw c.notModelled("helper %s argument %d: bpfj does not model %s arguments", h.cName(), regno, kind);
        }
        if (!ok) {
            throw c.reject("R%d type=%s expected=%s", regno, reg.typeName(), expected);
        }
    }

    private static final Set<RegType> MEM = Set.of(RegType.STACK, RegType.PACKET, RegType.PACKET_META,
            RegType.MAP_KEY, RegType.MAP_VALUE, RegType.MEM);

    private static boolean isMemType(Reg reg, boolean rdonlyOk) {
        if (!MEM.contains(reg.type) || reg.maybeNull) {
            return false;
        }
        return !reg.rdonly || rdonlyOk;
    }

    /** {@code check_func_arg_reg_off}. */
    private void checkArgRegOff(int regno, Reg reg, boolean release) {
        if (release) {
            if (reg.off != 0) {
                throw c.reject("R%d must have zero offset when passed to release func or trusted arg to kfunc", regno);
            }
            c.memory.checkPtrOffReg(reg, regno, false);
            return;
        }
        switch (reg.type) {
            case STACK, PACKET, PACKET_META, MAP_KEY, MAP_VALUE, MEM, SCALAR -> {
            }
            default -> c.memory.checkPtrOffReg(reg, regno, false);
        }
    }

    /** {@code is_acquire_function}, besides lookups in a sockmap or sockhash. */
    private static final Set<Integer> ACQUIRE_FUNCS = Set.of(84, 85, 99, 131);
    /** {@code is_ptr_cast_function}, among the helpers the table models. */
    private static final Set<Integer> PTR_CAST_FUNCS = Set.of(95, 96);
    private static final Set<Integer> PERF_FUNCS = Set.of(22, 25, 55, 111, 121);
    private static final Set<Integer> RINGBUF_FUNCS = Set.of(130, 131, 134, 198, 199, 200);

    /** {@code check_map_func_compatibility}. */
    private void checkMapFuncCompatibility(MapSpec map, Helper h) {
        if (map == null) {
            return;
        }
        int f = h.id();
        MapType t = map.type();
        boolean ok = switch (t) {
            case PROG_ARRAY -> f == 12;
            case PERF_EVENT_ARRAY -> PERF_FUNCS.contains(f);
            case RINGBUF -> RINGBUF_FUNCS.contains(f);
            case USER_RINGBUF -> f == 209;
            case STACK_TRACE -> f == 27;
            case CGROUP_ARRAY -> f == 33 || f == 37;
            case CGROUP_STORAGE, PERCPU_CGROUP_STORAGE -> f == 81;
            case DEVMAP, DEVMAP_HASH -> f == 51 || f == 1;
            case CPUMAP -> f == 51;
            case XSKMAP -> f == 51 || f == 1;
            case ARRAY_OF_MAPS, HASH_OF_MAPS -> f == 1;
            case SOCKMAP -> f == 52 || f == 53 || f == 60 || f == 3 || f == 2 || f == 82 || f == 1;
            case SOCKHASH -> f == 71 || f == 70 || f == 72 || f == 3 || f == 2 || f == 82 || f == 1;
            case REUSEPORT_SOCKARRAY -> f == 82;
            case QUEUE, STACK -> f == 89 || f == 88 || f == 87;
            case SK_STORAGE -> f == 107 || f == 108 || f == 194;
            case INODE_STORAGE -> f == 145 || f == 146 || f == 194;
            case TASK_STORAGE -> f == 156 || f == 157 || f == 194;
            case CGRP_STORAGE -> f == 210 || f == 211 || f == 194;
            case BLOOM_FILTER -> f == 89 || f == 87;
            default -> true;
        };
        if (ok) {
            ok = switch (f) {
                case 12 -> t == MapType.PROG_ARRAY;
                case 22, 25, 55, 111, 121 -> t == MapType.PERF_EVENT_ARRAY;
                case 130, 131, 134, 198, 199, 200 -> t == MapType.RINGBUF;
                case 209 -> t == MapType.USER_RINGBUF;
                case 27 -> t == MapType.STACK_TRACE;
                case 33, 37 -> t == MapType.CGROUP_ARRAY;
                case 52, 53, 60 -> t == MapType.SOCKMAP;
                case 70, 71, 72 -> t == MapType.SOCKHASH;
                case 81 -> t == MapType.CGROUP_STORAGE || t == MapType.PERCPU_CGROUP_STORAGE;
                case 82 -> t == MapType.REUSEPORT_SOCKARRAY || t == MapType.SOCKMAP || t == MapType.SOCKHASH;
                case 107, 108 -> t == MapType.SK_STORAGE;
                case 145, 146 -> t == MapType.INODE_STORAGE;
                case 156, 157 -> t == MapType.TASK_STORAGE;
                case 210, 211 -> t == MapType.CGRP_STORAGE;
                case 51 -> t == MapType.DEVMAP || t == MapType.DEVMAP_HASH || t == MapType.CPUMAP || t == MapType.XSKMAP;
                case 88 -> t == MapType.QUEUE || t == MapType.STACK;
                case 87, 89 -> t == MapType.QUEUE || t == MapType.STACK || t == MapType.BLOOM_FILTER;
                case 195 -> t == MapType.PERCPU_ARRAY || t == MapType.PERCPU_HASH || t == MapType.LRU_PERCPU_HASH;
                default -> true;
            };
        }
        if (!ok) {
            throw c.reject("cannot pass map_type %d into func %s#%d", t.value(), h.cName(), f);
        }
    }
}
