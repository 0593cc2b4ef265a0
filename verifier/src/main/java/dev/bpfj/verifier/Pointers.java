package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Instruction;

/** Pointer arithmetic ({@code adjust_ptr_min_max_vals}, {@code check_reg_sane_offset}). */
final class Pointers {
    private Pointers() {}

    /** {@code dst = ptr op off}; the destination register is {@code insn.dst()}. */
    static void adjust(Checker c, Instruction insn, Reg ptr, Reg offReg) {
        Reg dst = c.cur.regs()[insn.dst()];
        int op = insn.op();
        boolean known = offReg.varOff.isConst();
        long sminVal = offReg.smin;
        long smaxVal = offReg.smax;
        long uminVal = offReg.umin;
        long umaxVal = offReg.umax;
        long sminPtr = ptr.smin;
        long smaxPtr = ptr.smax;
        long uminPtr = ptr.umin;
        long umaxPtr = ptr.umax;
        if ((known && (sminVal != smaxVal || uminVal != umaxVal)) || sminVal > smaxVal
                || Bounds.ugt(uminVal, umaxVal)) {
            dst.markUnknown();
            return;
        }
        if (insn.cls() != ALU64) {
            if (op == SUB && c.profile.allowPtrLeaks()) {
                dst.markUnknown();
                return;
            }
            throw c.reject("R%d 32-bit pointer arithmetic prohibited", insn.dst());
        }
        if (ptr.maybeNull) {
            throw c.reject("R%d pointer arithmetic on %s prohibited, null-check it first", insn.dst(), ptr.typeName());
        }
        switch (ptr.type) {
            case CTX, MAP_VALUE, MAP_KEY, STACK, PACKET_META, PACKET, MEM, FUNC, BTF_ID -> {
            }
            case CONST_MAP_PTR -> {
                if (!(known && sminVal == 0 && op == ADD)) {
                    throw c.reject("R%d pointer arithmetic on %s prohibited", insn.dst(), ptr.typeName());
                }
            }
            default -> throw c.reject("R%d pointer arithmetic on %s prohibited", insn.dst(), ptr.typeName());
        }
        Reg p = ptr.copy();
        if (dst != ptr) {
            dst.copyFrom(ptr);
        }
        String typeName = p.typeName();
        saneOffset(c, offReg, typeName);
        saneOffset(c, p, typeName);
        boolean sanitize = (op == ADD || op == SUB) && !c.profile.bypassSpecV1() && insn.usesSrcRegister();
        Sanitize info = new Sanitize();
        if (sanitize) {
            int err = sanitizePtrAlu(c, insn, p, ptr == dst, offReg, dst, info, false);
            if (err < 0) {
                throw sanitizeErr(c, insn, err, ptr == dst);
            }
        }
        dst.mark32Unbounded();
        switch (op) {
            case ADD -> {
                if (known && (long) p.off + sminVal == (int) (p.off + sminVal)) {
                    dst.smin = sminPtr;
                    dst.smax = smaxPtr;
                    dst.umin = uminPtr;
                    dst.umax = umaxPtr;
                    dst.varOff = p.varOff;
                    dst.off = (int) (p.off + sminVal);
                    dst.range = p.range;
                    break;
                }
                long smin = sminPtr + sminVal;
                long smax = smaxPtr + smaxVal;
                if (((sminPtr ^ smin) & (sminVal ^ smin)) < 0 || ((smaxPtr ^ smax) & (smaxVal ^ smax)) < 0) {
                    dst.smin = Reg.S64_MIN;
                    dst.smax = Reg.S64_MAX;
                } else {
                    dst.smin = smin;
                    dst.smax = smax;
                }
                long umin = uminPtr + uminVal;
                long umax = umaxPtr + umaxVal;
                if (Bounds.ult(umin, uminPtr) || Bounds.ult(umax, umaxPtr)) {
                    dst.umin = 0;
                    dst.umax = -1L;
                } else {
                    dst.umin = umin;
                    dst.umax = umax;
                }
                dst.varOff = p.varOff.add(offReg.varOff);
                dst.off = p.off;
                dst.range = p.range;
                if (p.type.isPacket()) {
                    dst.id = ++c.idGen;
                    dst.range = 0;
                }
            }
            case SUB -> {
                if (dst != ptr) {
                    throw c.reject("R%d tried to subtract pointer from scalar", insn.dst());
                }
                if (p.type == RegType.STACK) {
                    throw c.reject("R%d subtraction from stack pointer prohibited", insn.dst());
                }
                if (known && (long) p.off - sminVal == (int) (p.off - sminVal)) {
                    dst.smin = sminPtr;
                    dst.smax = smaxPtr;
                    dst.umin = uminPtr;
                    dst.umax = umaxPtr;
                    dst.varOff = p.varOff;
                    dst.id = p.id;
                    dst.off = (int) (p.off - sminVal);
                    dst.range = p.range;
                    break;
                }
                long smin = sminPtr - smaxVal;
                long smax = smaxPtr - sminVal;
                if (((sminPtr ^ smaxVal) & (sminPtr ^ smin)) < 0 || ((smaxPtr ^ sminVal) & (smaxPtr ^ smax)) < 0) {
                    dst.smin = Reg.S64_MIN;
                    dst.smax = Reg.S64_MAX;
                } else {
                    dst.smin = smin;
                    dst.smax = smax;
                }
                if (Bounds.ult(uminPtr, umaxVal)) {
                    dst.umin = 0;
                    dst.umax = -1L;
                } else {
                    dst.umin = uminPtr - umaxVal;
                    dst.umax = umaxPtr - uminVal;
                }
                dst.varOff = p.varOff.sub(offReg.varOff);
                dst.off = p.off;
                dst.range = p.range;
                if (p.type.isPacket()) {
                    dst.id = ++c.idGen;
                    if (sminVal < 0) {
                        dst.range = 0;
                    }
                }
            }
            case AND, OR, XOR -> throw c.reject("R%d bitwise operator %s on pointer prohibited", insn.dst(),
                    Alu.opName(op));
            default -> throw c.reject("R%d pointer arithmetic with %s operator prohibited", insn.dst(), Alu.opName(op));
        }
        saneOffset(c, dst, typeName);
        Bounds.sync(dst);
        if (!c.profile.bypassSpecV1()) {
            sanitizeCheckBounds(c, insn, dst);
        }
        if (sanitize) {
            int err = sanitizePtrAlu(c, insn, dst, true, offReg, dst, info, true);
            if (err < 0) {
                throw sanitizeErr(c, insn, err, ptr == dst);
            }
        }
    }

    static final int REASON_BOUNDS = -1;
    static final int REASON_TYPE = -2;
    static final int REASON_PATHS = -3;
    static final int REASON_LIMIT = -4;

    static final int ALU_SANITIZE_SRC = 1;
    static final int ALU_SANITIZE_DST = 2;
    static final int ALU_NEG_VALUE = 4;
    static final int ALU_NON_POINTER = 8;
    static final int ALU_IMMEDIATE = 16;

    /** What the first sanitation pass learned, for the commit pass ({@code struct bpf_sanitize_info}). */
    private static final class Sanitize {
        int aluState;
        long aluLimit;
        boolean maskToLeft;
    }

    /** {@code retrieve_ptr_limit}; returns the limit, or a negative reason. */
    private static long ptrLimit(Reg ptr, boolean maskToLeft) {
        long max;
        long limit;
        switch (ptr.type) {
            case STACK -> {
                max = Frame.MAX_STACK + (maskToLeft ? 1 : 0);
                limit = (-(ptr.varOff.value() + ptr.off)) & Reg.U32_MAX;
            }
            case MAP_VALUE -> {
                max = ptr.map.valueSize();
                limit = ((maskToLeft ? ptr.smin : ptr.umax) + ptr.off) & Reg.U32_MAX;
            }
            default -> {
                return REASON_TYPE;
            }
        }
        return limit >= max ? REASON_LIMIT : limit;
    }

    /** {@code sanitize_ptr_alu}: Spectre v1 masking needs a known limit for pointer arithmetic. */
    private static int sanitizePtrAlu(Checker c, Instruction insn, Reg ptr, boolean ptrIsDst, Reg off, Reg dst,
                                      Sanitize info, boolean commit) {
        boolean offIsImm = off.varOff.isConst();
        boolean offIsNeg = off.smin < 0;
        int op = insn.op();
        if (!c.cur.speculative) {
            if (!commit) {
                if (!offIsImm && (off.smin < 0) != (off.smax < 0)) {
                    return REASON_BOUNDS;
                }
                info.maskToLeft = (op == ADD && offIsNeg) || (op == SUB && !offIsNeg);
            }
            long limit = ptrLimit(ptr, info.maskToLeft);
            if (limit < 0) {
                return (int) limit;
            }
            int state;
            if (commit) {
                state = info.aluState;
                limit = Math.abs(info.aluLimit - limit);
                int idx = c.insnIdx;
                if (c.aluState[idx] != 0 && (c.aluState[idx] != state || c.aluLimit[idx] != limit)) {
                    return REASON_PATHS;
                }
                c.aluState[idx] = state;
                c.aluLimit[idx] = limit;
            } else {
                state = (offIsNeg ? ALU_NEG_VALUE : 0) | (offIsImm ? ALU_IMMEDIATE : 0)
                        | (ptrIsDst ? ALU_SANITIZE_SRC : ALU_SANITIZE_DST);
                if (!offIsImm) {
                    c.exploreAluLimits = true;
                }
                info.aluState = state;
                info.aluLimit = limit;
            }
        }
        if (commit || offIsImm) {
            return 0;
        }
        // simulate the masked (zero offset) result on a speculative path
        Reg saved = dst.copy();
        if (!ptrIsDst) {
            dst.copyFrom(ptr);
        }
        Branches.speculativePath(c, null, c.insnIdx + 1);
        if (!ptrIsDst) {
            dst.copyFrom(saved);
        }
        return 0;
    }

    private static Reject sanitizeErr(Checker c, Instruction insn, int reason, boolean ptrIsDst) {
        String err = "pointer arithmetic with it prohibited for !root";
        String op = insn.op() == ADD ? "add" : "sub";
        int dst = insn.dst();
        int src = insn.src();
        return switch (reason) {
            case REASON_BOUNDS -> c.reject("R%d has unknown scalar with mixed signed bounds, %s", ptrIsDst ? src : dst, err);
            case REASON_TYPE -> c.reject("R%d has pointer with unsupported alu operation, %s", ptrIsDst ? dst : src, err);
            case REASON_PATHS -> c.reject("R%d tried to %s from different maps, paths or scalars, %s", dst, op, err);
            default -> c.reject("R%d tried to %s beyond pointer bounds, %s", dst, op, err);
        };
    }

    /** {@code check_reg_sane_offset}. */
    static void saneOffset(Checker c, Reg r, String typeName) {
        boolean known = r.varOff.isConst();
        long val = r.varOff.value();
        if (known && (val >= Checker.MAX_VAR_OFF || val <= -Checker.MAX_VAR_OFF)) {
            throw c.reject("math between %s pointer and %d is not allowed", typeName, val);
        }
        if (r.off >= Checker.MAX_VAR_OFF || r.off <= -Checker.MAX_VAR_OFF) {
            throw c.reject("%s pointer offset %d is not allowed", typeName, r.off);
        }
        if (r.smin == Reg.S64_MIN) {
            throw c.reject("math between %s pointer and register with unbounded min value is not allowed", typeName);
        }
        if (r.smin >= Checker.MAX_VAR_OFF || r.smin <= -Checker.MAX_VAR_OFF) {
            throw c.reject("value %d makes %s pointer be out of bounds", r.smin, typeName);
        }
    }

    /** {@code sanitize_check_bounds}: without CAP_PERFMON the result must stay in bounds. */
    private static void sanitizeCheckBounds(Checker c, Instruction insn, Reg dst) {
        int regno = insn.dst();
        if (dst.type == RegType.STACK) {
            if (!dst.varOff.isConst()) {
                throw c.reject("R%d variable stack access prohibited for !root, var_off=%s off=%d", regno,
                        dst.varOff, dst.off + dst.varOff.value());
            }
            long off = dst.off + dst.varOff.value();
            if (off >= 0 || off < -Frame.MAX_STACK) {
                throw c.reject("R%d stack pointer arithmetic goes out of range, prohibited for !root; off=%d", regno, off);
            }
        } else if (dst.type == RegType.MAP_VALUE) {
            try {
                c.memory.checkMapRegion(regno, dst, dst.off, 1, false);
            } catch (Reject r) {
                throw c.reject("R%d pointer arithmetic of map value goes out of range, prohibited for !root", regno);
            }
        }
    }
}
