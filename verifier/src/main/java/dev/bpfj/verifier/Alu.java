package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Instruction;

/** {@code check_alu_op}, {@code adjust_reg_min_max_vals}, {@code adjust_ptr_min_max_vals}. */
final class Alu {
    private Alu() {}

    private static final String[] OP_NAMES = {"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=",
        "=", "s>>=", "endian"};

    static String opName(int op) {
        return OP_NAMES[op >> 4];
    }

    static void check(Checker c, Instruction insn) {
        int op = insn.op();
        boolean alu64 = insn.cls() == ALU64;
        boolean x = insn.usesSrcRegister();
        Reg[] regs = c.cur.regs();
        if (op == END || op == NEG) {
            Reg d = c.src(insn.dst());
            if (c.isLeakyPointer(d)) {
                throw c.reject("R%d pointer arithmetic prohibited", insn.dst());
            }
            if (op == NEG && d.type == RegType.SCALAR) {
                // Linux 6.13+ tracks negation as 0 - x
                c.dstNoMark(insn.dst());
                Bounds.neg(d, alu64);
                Alu.clearScalarId(d);
            } else {
                c.dst(insn.dst());
            }
        } else if (op == MOV) {
            mov(c, insn, alu64, x, regs);
        } else {
            if (x) {
                c.src(insn.src());
            }
            c.src(insn.dst());
            if ((op == MOD || op == DIV) && !x && insn.imm32() == 0) {
                throw c.reject("div by zero");
            }
            if ((op == LSH || op == RSH || op == ARSH) && !x) {
                int size = alu64 ? 64 : 32;
                if (insn.imm32() < 0 || insn.imm32() >= size) {
                    throw c.reject("invalid shift %d", insn.imm32());
                }
            }
            c.dstNoMark(insn.dst());
            adjustRegMinMax(c, insn, alu64, x, regs);
        }
        Bounds.sanity(regs[insn.dst()]);
    }

    private static void mov(Checker c, Instruction insn, boolean alu64, boolean x, Reg[] regs) {
        if (x) {
            c.src(insn.src());
        }
        Reg d = c.dstNoMark(insn.dst());
        if (!x) {
            d.markUnknown();
            d.markKnown(alu64 ? insn.imm() : insn.imm() & Reg.U32_MAX);
            return;
        }
        Reg s = regs[insn.src()];
        int off = insn.offset();
        if (alu64) {
            if (off == 0) {
                assignScalarIdBeforeMov(c, s);
                d.copyFrom(s);
            } else {
                if (c.isLeakyPointer(s)) {
                    throw c.reject("R%d sign-extension part of pointer", insn.src());
                } else if (s.type == RegType.SCALAR) {
                    boolean noSext = Long.compareUnsigned(s.umax, 1L << (off - 1)) < 0;
                    if (noSext) {
                        assignScalarIdBeforeMov(c, s);
                    }
                    d.copyFrom(s);
                    if (!noSext) {
                        clearScalarId(d);
                    }
                    Bounds.coerceToSizeSx(d, off >> 3);
                } else {
                    d.markUnknown();
                }
            }
            return;
        }
        if (c.isLeakyPointer(s)) {
            throw c.reject("R%d partial copy of pointer", insn.src());
        } else if (s.type == RegType.SCALAR) {
            if (off == 0) {
                boolean u32 = 64 - Long.numberOfLeadingZeros(s.umax) <= 32;
                if (u32) {
                    assignScalarIdBeforeMov(c, s);
                }
                d.copyFrom(s);
                if (!u32) {
                    clearScalarId(d);
                }
            } else {
                boolean noSext = Long.compareUnsigned(s.umax, 1L << (off - 1)) < 0;
                if (noSext) {
                    assignScalarIdBeforeMov(c, s);
                }
                d.copyFrom(s);
                if (!noSext) {
                    clearScalarId(d);
                }
                Bounds.coerceSubregToSizeSx(d, off >> 3);
            }
        } else {
            d.markUnknown();
        }
        Bounds.zext32To64(d);
        Bounds.sync(d);
    }

    static void assignScalarIdBeforeMov(Checker c, Reg s) {
        if (s.type != RegType.SCALAR) {
            return;
        }
        if ((s.id & Reg.ADD_CONST) != 0) {
            clearScalarId(s);
        }
        if (s.id == 0 && !s.varOff.isConst()) {
            s.id = ++c.idGen;
        }
    }

    static void clearScalarId(Reg r) {
        r.id = 0;
        r.off = 0;
    }

    private static void adjustRegMinMax(Checker c, Instruction insn, boolean alu64, boolean x, Reg[] regs) {
        int op = insn.op();
        Reg d = regs[insn.dst()];
        Reg s;
        boolean dstPtr = d.type != RegType.SCALAR;
        if (x) {
            s = regs[insn.src()];
            if (s.type != RegType.SCALAR) {
                if (dstPtr) {
                    if (op == SUB && c.profile.allowPtrLeaks()) {
                        d.markUnknown();
                        return;
                    }
                    throw c.reject("R%d pointer %s pointer prohibited", insn.dst(), opName(op));
                }
                Reg offReg = d.copy();
                Pointers.adjust(c, insn, s, offReg);
                return;
            } else if (dstPtr) {
                Pointers.adjust(c, insn, d, s);
                return;
            }
        } else {
            s = new Reg();
            s.markKnown(insn.imm());
            if (dstPtr) {
                Pointers.adjust(c, insn, d, s);
                return;
            }
        }
        if (!Bounds.safeToCompute(op, alu64, s)) {
            d.markUnknown();
        } else {
            if ((op == ADD || op == SUB) && x && !c.profile.bypassSpecV1()) {
                // sanitize_val_alu: the same instruction may not also move a pointer on another path
                int idx = c.insnIdx;
                if (c.aluState[idx] != 0 && (c.aluState[idx] != Pointers.ALU_NON_POINTER || c.aluLimit[idx] != 0)) {
                    throw c.reject("R%d tried to %s from different maps, paths or scalars, %s", insn.dst(),
                            op == ADD ? "add" : "sub", "pointer arithmetic with it prohibited for !root");
                }
                c.aluState[idx] = Pointers.ALU_NON_POINTER;
                c.aluLimit[idx] = 0;
            }
            Bounds.alu(op, alu64, d, s);
        }
        // remember rX = rY + const so a later bounds check on rY also bounds rX (sync_linked_regs)
        if (op == ADD && alu64 && d.id != 0 && s.varOff.isConst()
                && !(x && insn.src() == insn.dst())) {
            long val = s.varOff.value();
            if ((d.id & Reg.ADD_CONST) != 0 || Long.compareUnsigned(val, Integer.MAX_VALUE) > 0) {
                clearScalarId(d);
            } else {
                d.id |= Reg.ADD_CONST;
                d.off = (int) val;
            }
        } else {
            clearScalarId(d);
        }
    }
}
