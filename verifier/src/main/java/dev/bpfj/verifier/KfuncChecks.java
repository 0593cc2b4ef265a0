package dev.bpfj.verifier;

import dev.bpfj.core.Instruction;
import dev.bpfj.core.Kfunc;
import dev.bpfj.core.Kfuncs;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.ExternSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.util.List;

/**
 * Kernel function calls ({@code check_kfunc_call}, {@code check_kfunc_args},
 * {@code get_kfunc_ptr_arg_type}) against core's kfunc table: arguments classified from the kernel's
 * prototype and parameter names, {@code KF_*} flags for trusted arguments, acquired references and
 * NULL returns, and the load-time checks of {@code add_kfunc_call}. A kfunc bpfj does not model
 * makes the verdict "unsupported".
 */
final class KfuncChecks {
    /** {@code BPF_F_XDP_DEV_BOUND_ONLY}: the program is bound to a device (with {@code prog_ifindex}). */
    static final int XDP_DEV_BOUND_ONLY = 1 << 6;

    private final Checker c;
    private final Dynptrs dynptrs;

    KfuncChecks(Checker c) {
        this.c = c;
        this.dynptrs = new Dynptrs(c);
    }

    Dynptrs dynptrs() {
        return dynptrs;
    }

    // ---- load time ------------------------------------------------------------------------------

    /**
     * {@code add_kfunc_call} for every kfunc call, in instruction order, before anything runs; also what
     * libbpf refuses before the kernel sees the program (a strong extern the kernel lacks).
     *
     * @param first whether this is the program's first kfunc call (the license is checked once)
     */
    static void checkAtLoad(ObjectSpec object, ProgramSpec program, Instruction insn, int at, boolean first) {
        if (first && !object.isGplCompatible()) {
            throw new Reject(at, "cannot call kernel function from non-GPL compatible program");
        }
        String name = insn.reference();
        if (name == null) {
            if (insn.imm32() == 0 && insn.offset() == 0) {
                return; // the kernel leaves such a call to dead-code elimination
            }
            throw new Reject.NotModelled(at, "kfunc call by BTF id " + insn.imm32() + " at insn " + at
                    + ": bpfj knows kfuncs by name only (call kfunc[name])");
        }
        if (!Kfuncs.exists(name)) {
            ExternSpec e = object.extern(name).orElse(null);
            if (e == null || !e.weak()) {
                throw new Reject(at, "extern (func ksym) '" + name + "': not found in kernel or module BTFs");
            }
            return; // poisoned: refused only where it is reachable
        }
        Kfunc k = Kfuncs.byName(name).orElse(null);
        if (k != null && k.devBound() && !devBound(program)) {
            throw new Reject(at, "metadata kfuncs require device-bound program");
        }
    }

    static boolean devBound(ProgramSpec p) {
        return (p.progFlags() & XDP_DEV_BOUND_ONLY) != 0;
    }

    /** What a typed {@code ld_imm64} of a kernel symbol ({@code btf_id[name]}) loads ({@code check_pseudo_btf_id}). */
    void loadSymbol(Instruction insn, Reg d) {
        String name = insn.reference();
        ExternSpec e = name == null ? null : c.object.extern(name).orElse(null);
        if (name == null) {
            throw c.notModelled("ld_imm64 of BTF id %d at insn %d: bpfj knows kernel symbols by name only",
                    insn.imm32(), c.insnIdx);
        }
        if (e != null && e.kind() == ExternSpec.Kind.KSYM) {
            throw c.notModelled("ld_imm64 of kernel variable %s at insn %d: bpfj does not model typed ksyms", name,
                    c.insnIdx);
        }
        if (!Kfuncs.exists(name)) {
            if (e == null || !e.weak()) {
                throw c.reject("extern (func ksym) '%s': not found in kernel or module BTFs", name);
            }
            d.markKnown(0); // a weak kfunc the kernel lacks: libbpf loads 0
            return;
        }
        // a kfunc's address: read-only memory of size 0, never NULL
        d.markKnownZeroPointer(RegType.MEM);
        d.rdonly = true;
        d.memSize = 0;
    }

    // ---- calls ----------------------------------------------------------------------------------

    /** What the argument checks learned ({@code struct bpf_kfunc_call_arg_meta}). */
    private static final class Meta {
        int refObjId;
        int releaseRegno;
        boolean constFound;
        long constValue;
        int dynptrId;
    }

    private enum ArgKind { CTX, NULL, DYNPTR, BTF_ID, MEM, MEM_SIZE }

    void call(Instruction insn) {
        String name = insn.reference();
        if (name == null) {
            throw c.notModelled("kfunc call by BTF id %d at insn %d: bpfj knows kfuncs by name only", insn.imm32(),
                    c.insnIdx);
        }
        if (!Kfuncs.exists(name)) {
            int poison = ExternSpec.POISON_CALL_KFUNC_BASE + Math.max(0, ExternSpec.libbpfIndex(c.object.externs(), name));
            throw c.reject("invalid func unknown#%d", poison);
        }
        Kfunc k = Kfuncs.byName(name).orElse(null);
        if (k == null) {
            throw c.notModelled("kfunc %s at insn %d: bpfj does not model this kfunc", name, c.insnIdx);
        }
        if (!k.availableTo(c.progType)) {
            throw c.reject("calling kernel function %s is not allowed", name);
        }
        Meta meta = checkArgs(k);
        Reg[] regs = c.cur.regs();
        if (meta.releaseRegno > 0) {
            int ref = regs[meta.releaseRegno].refObjId;
            if (!releaseReference(ref)) {
                throw c.reject("kfunc %s reference has not been acquired before", name);
            }
        }
        for (int i = 0; i <= 5; i++) {
            regs[i].markNotInit();
        }
        BtfType ret = k.proto().returnType().resolve();
        Reg r0 = regs[0];
        switch (ret) {
            case BtfType.Void v -> {
            }
            case BtfType.Int i -> r0.markUnknown();
            case BtfType.Enum e -> r0.markUnknown();
            case BtfType.Ptr p -> {
                BtfType target = p.target().resolve();
                if (name.equals("bpf_dynptr_slice") || name.equals("bpf_dynptr_slice_rdwr")) {
                    dynptrs.markSlice(r0, name.equals("bpf_dynptr_slice_rdwr"), meta.constValue, meta.dynptrId);
                } else if (target instanceof BtfType.Void) {
                    r0.markUnknown(); // a 'void *' is a scalar to the program
                } else if (target instanceof BtfType.Struct || target instanceof BtfType.Fwd) {
                    r0.markKnownZeroPointer(RegType.BTF_ID);
                    r0.btf = target;
                } else {
                    throw c.notModelled("kfunc %s returns a pointer to %s: bpfj does not model it", name, target);
                }
                if (k.has(Kfunc.RET_NULL)) {
                    r0.maybeNull = true;
                    r0.id = ++c.idGen;
                }
                if (k.has(Kfunc.ACQUIRE)) {
                    int ref = ++c.idGen;
                    c.cur.acquire(ref, c.insnIdx);
                    if (k.has(Kfunc.RET_NULL)) {
                        r0.id = ref;
                    }
                    r0.refObjId = ref;
                }
            }
            default -> throw c.notModelled("kfunc %s returns %s: bpfj does not model it", name, ret);
        }
    }

    /** {@code release_reference}: every copy of the object becomes invalid. */
    private boolean releaseReference(int refObjId) {
        if (refObjId == 0 || !c.cur.release(refObjId)) {
            return false;
        }
        c.cur.forEachReg(r -> {
            if (r.refObjId == refObjId) {
                c.invalidate(r);
            }
        });
        return true;
    }

    private static boolean trustedArgs(Kfunc k) {
        return k.has(Kfunc.TRUSTED_ARGS) || k.has(Kfunc.RELEASE);
    }

    private static boolean isScalar(BtfType t) {
        BtfType r = t.resolve();
        return r instanceof BtfType.Int || r instanceof BtfType.Enum || r instanceof BtfType.Float;
    }

    private static boolean hasSuffix(BtfType.Param p, String suffix) {
        return p.name().length() > suffix.length() && p.name().endsWith(suffix);
    }

    /** {@code __btf_type_is_scalar_struct}: a struct (or union) of scalars and arrays of them. */
    private static boolean isScalarStruct(BtfType t, int depth) {
        if (!(t.resolve() instanceof BtfType.Struct s) || depth > 2) {
            return false;
        }
        for (BtfType.Member m : s.members()) {
            BtfType mt = m.type().resolve();
            while (mt instanceof BtfType.Array a) {
                mt = a.element().resolve();
            }
            if (mt instanceof BtfType.Struct) {
                if (!isScalarStruct(mt, depth + 1)) {
                    return false;
                }
            } else if (!isScalar(mt)) {
                return false;
            }
        }
        return true;
    }

    /** {@code btf_type_str} and name, as the kernel's messages print a type. */
    private static String describe(BtfType t) {
        BtfType r = t.resolve();
        String kind = switch (r) {
            case BtfType.Void v -> "UNKN";
            case BtfType.Int i -> "INT";
            case BtfType.Ptr p -> "PTR";
            case BtfType.Array a -> "ARRAY";
            case BtfType.Struct s -> s.union() ? "UNION" : "STRUCT";
            case BtfType.Fwd f -> f.union() ? "UNION" : "STRUCT"; // a struct the kernel knows in full
            case BtfType.Enum e -> e.size() == 8 ? "ENUM64" : "ENUM";
            case BtfType.FuncProto fp -> "FUNC_PROTO";
            default -> "UNKN";
        };
        return kind + " " + r.name();
    }

    /** {@code check_kfunc_args}. */
    private Meta checkArgs(Kfunc k) {
        Meta meta = new Meta();
        List<BtfType.Param> args = k.proto().params();
        Reg[] regs = c.cur.regs();
        for (int i = 0; i < args.size(); i++) {
            BtfType.Param arg = args.get(i);
            int regno = i + 1;
            Reg reg = regs[regno];
            BtfType t = arg.type().resolve();
            if (hasSuffix(arg, "__ign")) {
                continue;
            }
            if (isScalar(t)) {
                if (reg.type != RegType.SCALAR) {
                    throw c.reject("R%d is not a scalar", regno);
                }
                if (hasSuffix(arg, "__k")) {
                    if (!reg.varOff.isConst()) {
                        throw c.reject("R%d must be a known constant", regno);
                    }
                    meta.constFound = true;
                    meta.constValue = reg.varOff.value();
                }
                continue;
            }
            if (!(t instanceof BtfType.Ptr ptr)) {
                throw c.notModelled("kfunc %s argument %d of type %s: bpfj does not model it", k.name(), i, t);
            }
            if (reg.type == RegType.NOT_INIT) {
                throw c.reject("R%d !read_ok", regno);
            }
            boolean nullable = hasSuffix(arg, "__nullable");
            if (trustedArgs(k) && (reg.isNull() || reg.maybeNull) && !nullable) {
                throw c.reject("Possibly NULL pointer passed to trusted arg%d", i);
            }
            if (reg.refObjId != 0) {
                if (k.has(Kfunc.RELEASE) && meta.refObjId != 0) {
                    throw c.reject("verifier internal error: more than one arg with ref_obj_id R%d %d %d", regno,
                            reg.refObjId, meta.refObjId);
                }
                meta.refObjId = reg.refObjId;
                if (k.has(Kfunc.RELEASE)) {
                    meta.releaseRegno = regno;
                }
            }
            BtfType ref = ptr.target().resolve();
            ArgKind kind = argKind(k, args, i, ref, reg);
            if (kind == ArgKind.NULL) {
                continue;
            }
            if (kind == ArgKind.BTF_ID && trustedArgs(k) && reg.refObjId == 0) {
                throw c.reject("R%d must be referenced or trusted", regno);
            }
            boolean release = k.has(Kfunc.RELEASE) && reg.refObjId != 0;
            checkArgRegOff(reg, regno, release);
            boolean strict = release || reg.btf != null && nocastAlias(reg.btf, ref);
            switch (kind) {
                case CTX -> {
                    if (reg.type != RegType.CTX) {
                        throw c.reject("arg#%d expected pointer to ctx, but got %s", i, reg.typeName());
                    }
                }
                case DYNPTR -> meta.dynptrId = dynptrs.checkArg(k, arg, regno);
                case BTF_ID -> {
                    if (reg.type != RegType.BTF_ID) {
                        throw c.reject("arg#%d is %s expected %s or socket", i, reg.typeName(),
                                reg.maybeNull ? "ptr_" : reg.typeName());
                    }
                    checkStructMatch(k, i, ref, reg, strict);
                }
                case MEM -> {
                    int size = ref.size();
                    if (size <= 0) {
                        throw c.reject("arg#%d reference type('%s') size cannot be determined: -22", i, describe(ref));
                    }
                    checkMemReg(reg, regno, size);
                }
                case MEM_SIZE -> {
                    Reg sizeReg = regs[regno + 1];
                    BtfType.Param sizeArg = args.get(i + 1);
                    if (!reg.isNull() || !hasSuffix(arg, "__opt")) {
                        try {
                            checkKfuncMemSizeReg(sizeReg, regno + 1);
                        } catch (Reject r) {
                            if (!r.modelled()) {
                                throw r;
                            }
                            throw new Reject(r.insn, r.getMessage() + "\n" + String.format(
                                    "arg#%d arg#%d memory, len pair leads to invalid memory access", i, i + 1));
                        }
                    }
                    if (hasSuffix(sizeArg, "__szk")) {
                        if (!sizeReg.varOff.isConst()) {
                            throw c.reject("R%d must be a known constant", regno + 1);
                        }
                        meta.constFound = true;
                        meta.constValue = sizeReg.varOff.value();
                    }
                    i++;
                }
                default -> {
                }
            }
        }
        if (k.has(Kfunc.RELEASE) && meta.releaseRegno == 0) {
            throw c.reject("release kernel function %s expects refcounted PTR_TO_BTF_ID", k.name());
        }
        return meta;
    }

    /** {@code get_kfunc_ptr_arg_type}. */
    private ArgKind argKind(Kfunc k, List<BtfType.Param> args, int i, BtfType ref, Reg reg) {
        BtfType.Param arg = args.get(i);
        if (ref instanceof BtfType.Struct s && c.progType == ProgramType.XDP
                && (s.name().equals("xdp_md") || s.name().equals("xdp_buff"))) {
            return ArgKind.CTX;
        }
        if (hasSuffix(arg, "__nullable") && reg.isNull()) {
            return ArgKind.NULL;
        }
        if (ref instanceof BtfType.Struct s && s.name().equals("bpf_dynptr")) {
            return ArgKind.DYNPTR;
        }
        if (reg.type == RegType.BTF_ID || reg.type.isSock()) {
            if (!(ref instanceof BtfType.Struct || ref instanceof BtfType.Fwd)) {
                throw c.reject("kernel function %s args#%d pointer type %s is not supported", k.name(), i, describe(ref));
            }
            if (reg.type != RegType.BTF_ID) {
                throw c.notModelled("socket passed to kfunc %s: bpfj does not model it", k.name());
            }
            return ArgKind.BTF_ID;
        }
        boolean memSize = false;
        if (i + 1 < args.size()) {
            BtfType.Param next = args.get(i + 1);
            Reg nextReg = c.cur.regs()[i + 2];
            memSize = isScalar(next.type()) && nextReg.type == RegType.SCALAR
                    && (hasSuffix(next, "__sz") || hasSuffix(next, "__szk"));
        }
        boolean isVoid = ref instanceof BtfType.Void;
        if (!isScalar(ref) && !isScalarStruct(ref, 0) && (!memSize || !isVoid)) {
            throw c.reject("arg#%d pointer type %s must point to %sscalar, or struct with scalar", i, describe(ref),
                    memSize ? "void, " : "");
        }
        return memSize ? ArgKind.MEM_SIZE : ArgKind.MEM;
    }

    /** {@code check_func_arg_reg_off} for a kfunc argument. */
    private void checkArgRegOff(Reg reg, int regno, boolean release) {
        if (release) {
            if (reg.off != 0) {
                throw c.reject("R%d must have zero offset when passed to release func or trusted arg to kfunc", regno);
            }
            c.memory.checkPtrOffReg(reg, regno, false);
            return;
        }
        switch (reg.type) {
            case STACK, PACKET, PACKET_META, MAP_KEY, MAP_VALUE, SCALAR -> {
            }
            case MEM -> {
                if (reg.maybeNull || reg.pktSlice) {
                    c.memory.checkPtrOffReg(reg, regno, false);
                }
            }
            case BTF_ID -> {
                if (reg.maybeNull) {
                    c.memory.checkPtrOffReg(reg, regno, false);
                } else {
                    c.memory.checkPtrOffReg(reg, regno, true);
                }
            }
            default -> c.memory.checkPtrOffReg(reg, regno, false);
        }
    }

    /**
     * {@code process_kf_arg_ptr_to_btf_id}: the object must be of the expected struct, or (unless the
     * match is strict: releases, and {@code ___flavor} aliases) start with it.
     */
    private void checkStructMatch(Kfunc k, int argno, BtfType expected, Reg reg, boolean strict) {
        BtfType have = reg.btf == null ? null : reg.btf.resolve();
        if (have == null) {
            throw c.notModelled("kfunc %s argument %d: bpfj does not know the kernel type R%d points to", k.name(), argno,
                    argno + 1);
        }
        if (reg.off != 0) {
            throw c.notModelled("kfunc %s argument %d: a pointer into the middle of struct %s; bpfj does not model"
                    + " kernel struct layouts", k.name(), argno, have.name());
        }
        BtfType walk = have;
        for (int depth = 0; walk != null && depth < 8; depth++) {
            if (walk.name().equals(expected.name())) {
                return;
            }
            if (strict) {
                break;
            }
            walk = walk instanceof BtfType.Struct s && !s.members().isEmpty() && s.members().get(0).bitOffset() == 0
                    ? s.members().get(0).type().resolve() : null;
        }
        throw c.reject("kernel function %s args#%d expected pointer to %s but R%d has a pointer to %s", k.name(), argno,
                describe(expected), argno + 1, describe(have));
    }

    /**
     * {@code btf_type_ids_nocast_alias}: two names that differ only by a {@code ___flavor} suffix
     * ({@code nf_conn___init} and {@code nf_conn}) are distinct types that must never be mixed up.
     */
    private static boolean nocastAlias(BtfType a, BtfType b) {
        String x = a.resolve().name();
        String y = b.resolve().name();
        return !x.equals(y) && essential(x).equals(essential(y));
    }

    private static String essential(String name) {
        int cut = name.indexOf("___");
        return cut > 0 ? name.substring(0, cut) : name;
    }

    /** {@code check_mem_reg}: the memory must be readable and writable for the pointee's size. */
    private void checkMemReg(Reg reg, int regno, int size) {
        if (reg.isNull()) {
            return;
        }
        boolean maybeNull = reg.maybeNull;
        reg.maybeNull = false;
        try {
            c.memory.helperMemAccess(regno, size, false, true, false);
            c.memory.helperMemAccess(regno, size, true, true, false);
        } finally {
            reg.maybeNull = maybeNull;
        }
    }

    /** {@code check_kfunc_mem_size_reg}: a memory, size pair. */
    private void checkKfuncMemSizeReg(Reg sizeReg, int regno) {
        Reg mem = c.cur.regs()[regno - 1];
        boolean maybeNull = mem.maybeNull;
        mem.maybeNull = false;
        try {
            c.helpers.checkMemSize(regno, sizeReg, false, true);
            c.helpers.checkMemSize(regno, sizeReg, true, true);
        } finally {
            mem.maybeNull = maybeNull;
        }
    }
}
