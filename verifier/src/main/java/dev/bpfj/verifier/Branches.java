package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.Instruction;

/**
 * Conditional jumps ({@code check_cond_jmp_op}): decides constant outcomes, otherwise queues the
 * jump target and narrows both branches — scalar bounds, linked copies, NULL checks and packet
 * ranges learned from comparisons with {@code pkt_end}.
 */
final class Branches {
    private Branches() {}

    static final int MAX_PACKET_OFF = 0xffff;

    static void check(Checker c, Instruction insn) {
        int op = insn.op();
        boolean jmp32 = insn.cls() == JMP32;
        Reg dst = c.src(insn.dst());
        Reg src;
        int srcNo = insn.src();
        if (insn.usesSrcRegister()) {
            src = c.src(srcNo);
            if (!(dst.type.isPacketAny() && src.type.isPacketAny()) && c.isLeakyPointer(src)) {
                throw c.reject("R%d pointer comparison prohibited", srcNo);
            }
        } else {
            src = new Reg();
            src.markKnown(insn.imm());
            srcNo = -1;
        }
        int pred = branchTaken(dst, src, op, jmp32);
        int target = c.insnIdx + insn.offset() + 1;
        if (pred == 1) {
            if (!c.profile.bypassSpecV1()) {
                speculativePath(c, insn, c.insnIdx + 1);
            }
            c.cur.path = State.Path.add(c.cur.path, c.insnIdx, target);
            c.insnIdx = target - 1; // the caller adds one
            return;
        } else if (pred == 0) {
            if (!c.profile.bypassSpecV1()) {
                speculativePath(c, insn, target);
            }
            return;
        }
        State other = c.pushBranch(target, c.insnIdx);
        Reg[] otherRegs = other.regs();
        Reg[] regs = c.cur.regs();
        if (srcNo >= 0) {
            setMinMax(otherRegs[insn.dst()], otherRegs[srcNo], dst, src, op, jmp32);
        } else {
            Reg fake0 = src;
            Reg fake1 = src.copy();
            setMinMax(otherRegs[insn.dst()], fake0, dst, fake1, op, jmp32);
        }
        if (srcNo >= 0 && src.type == RegType.SCALAR && src.id != 0) {
            syncLinked(c.cur, src);
            syncLinked(other, otherRegs[srcNo]);
        }
        if (dst.type == RegType.SCALAR && dst.id != 0) {
            syncLinked(c.cur, dst);
            syncLinked(other, otherRegs[insn.dst()]);
        }
        if (!jmp32 && srcNo >= 0 && src.isPointer() && dst.isPointer()) {
            Reg[] eq = op == JEQ ? otherRegs : op == JNE ? regs : null;
            if (eq != null) {
                if (dst.notNull() && src.maybeNull) {
                    markNotNull(eq[srcNo]);
                }
                if (src.notNull() && dst.maybeNull) {
                    markNotNull(eq[insn.dst()]);
                }
            }
        }
        if (!jmp32 && srcNo < 0 && insn.imm() == 0 && (op == JEQ || op == JNE) && dst.maybeNull) {
            markPtrOrNull(c, c.cur, insn.dst(), op == JNE);
            markPtrOrNull(c, other, insn.dst(), op == JEQ);
        } else if (!matchPacketPointers(c, insn, dst, srcNo >= 0 ? regs[srcNo] : null, c.cur, other)
                && c.isLeakyPointer(dst)) {
            throw c.reject("R%d pointer comparison prohibited", insn.dst());
        }
    }

    /**
     * {@code sanitize_speculative_path}: without CAP_PERFMON the branch the CPU should not take is
     * still verified, speculatively, with the compared registers unknown.
     */
    static void speculativePath(Checker c, Instruction insn, int next) {
        State branch = c.pushBranch(next, c.insnIdx, true);
        if (insn != null) {
            Reg[] regs = branch.regs();
            regs[insn.dst()].markUnknown();
            if (insn.usesSrcRegister()) {
                regs[insn.src()].markUnknown();
            }
        }
    }

    /** {@code is_branch_taken}. */
    static int branchTaken(Reg r1, Reg r2, int op, boolean jmp32) {
        if (r1.type.isPacketAny() && r2.type.isPacketAny() && !jmp32) {
            return pktBranchTaken(r1, r2, op);
        }
        if (r1.isPointer() || r2.isPointer()) {
            if (jmp32) {
                return -1;
            }
            if (!r2.isConst(false) || r2.type != RegType.SCALAR) {
                op = Bounds.flip(op);
                Reg t = r1;
                r1 = r2;
                r2 = t;
            }
            if (r2.type != RegType.SCALAR || !r2.isConst(false)) {
                return -1;
            }
            if (!r1.notNull()) {
                return -1;
            }
            if (r2.varOff.value() != 0) {
                return -1;
            }
            return switch (op) {
                case JEQ -> 0;
                case JNE -> 1;
                default -> -1;
            };
        }
        return Bounds.scalarBranchTaken(r1, r2, op, jmp32);
    }

    private static int pktBranchTaken(Reg dst, Reg src, int op) {
        Reg pkt;
        if (src.type == RegType.PACKET_END) {
            pkt = dst;
        } else if (dst.type == RegType.PACKET_END) {
            pkt = src;
            op = Bounds.flip(op);
        } else {
            return -1;
        }
        if (pkt.range >= 0) {
            return -1;
        }
        switch (op) {
            case JLE, JGT:
                if (pkt.range == Reg.BEYOND_PKT_END) {
                    return op == JGT ? 1 : 0;
                }
                break;
            case JLT, JGE:
                if (pkt.range == Reg.BEYOND_PKT_END || pkt.range == Reg.AT_PKT_END) {
                    return op == JGE ? 1 : 0;
                }
                break;
            default:
                break;
        }
        return -1;
    }

    /** {@code reg_set_min_max}: the true branch is the jump target. */
    private static void setMinMax(Reg true1, Reg true2, Reg false1, Reg false2, int op, boolean jmp32) {
        if (false1.type != RegType.SCALAR || false2.type != RegType.SCALAR) {
            return;
        }
        Bounds.refine(false1, false2, Bounds.reverse(op), jmp32);
        Bounds.sync(false1);
        Bounds.sync(false2);
        Bounds.refine(true1, true2, op, jmp32);
        Bounds.sync(true1);
        Bounds.sync(true2);
        Bounds.sanity(true1);
        Bounds.sanity(true2);
        Bounds.sanity(false1);
        Bounds.sanity(false2);
    }

    /** {@code sync_linked_regs}: copies that share an id learn the same bounds. */
    private static void syncLinked(State st, Reg known) {
        int id = known.id & ~Reg.ADD_CONST;
        st.forEachReg(r -> {
            if (r == known || r.type != RegType.SCALAR || (r.id & ~Reg.ADD_CONST) != id) {
                return;
            }
            boolean rConst = (r.id & Reg.ADD_CONST) != 0;
            boolean kConst = (known.id & Reg.ADD_CONST) != 0;
            if ((!rConst && !kConst) || r.off == known.off) {
                boolean precise = r.precise;
                r.copyFrom(known);
                r.precise = precise;
            } else {
                int savedOff = r.off;
                int savedId = r.id;
                long delta = (long) savedOff - known.off;
                r.copyFrom(known);
                r.off = savedOff;
                r.id = savedId;
                Bounds.addConst(r, (int) delta);
            }
        });
    }

    private static void markNotNull(Reg r) {
        if (r.maybeNull) {
            r.maybeNull = false;
        }
    }

    /** {@code mark_ptr_or_null_regs}. */
    private static void markPtrOrNull(Checker c, State st, int regno, boolean isNull) {
        Reg r = st.regs()[regno];
        int refObjId = r.refObjId;
        int id = r.id;
        if (refObjId != 0 && refObjId == id && isNull) {
            st.release(id);
        }
        st.forEachReg(reg -> {
            if (reg.maybeNull && reg.id == id) {
                if (isNull) {
                    reg.markKnown(0);
                    return;
                }
                reg.maybeNull = false;
                // mark_ptr_not_null_reg: a map-in-map lookup gives the inner map, a socket map's a socket
                if (reg.type == RegType.MAP_VALUE && reg.map != null) {
                    switch (reg.map.type()) {
                        case ARRAY_OF_MAPS, HASH_OF_MAPS -> {
                            reg.type = RegType.CONST_MAP_PTR;
                            if (reg.map.innerMap() != null) {
                                reg.map = reg.map.innerMap();
                            }
                        }
                        case XSKMAP -> reg.type = RegType.XDP_SOCK;
                        case SOCKMAP, SOCKHASH -> reg.type = RegType.SOCKET;
                        default -> {
                        }
                    }
                }
                reg.id = 0;
            }
        });
    }

    /** {@code try_match_pkt_pointers}. */
    private static boolean matchPacketPointers(Checker c, Instruction insn, Reg dst, Reg src, State thisBranch,
                                               State otherBranch) {
        if (!insn.usesSrcRegister() || insn.cls() == JMP32 || src == null) {
            return false;
        }
        boolean dstIsPkt = (dst.type == RegType.PACKET && src.type == RegType.PACKET_END)
                || (dst.type == RegType.PACKET_META && src.isInitPacketPointer(RegType.PACKET));
        boolean srcIsPkt = (dst.type == RegType.PACKET_END && src.type == RegType.PACKET)
                || (dst.isInitPacketPointer(RegType.PACKET) && src.type == RegType.PACKET_META);
        int d = insn.dst();
        int s = insn.src();
        switch (insn.op()) {
            case JGT -> {
                if (dstIsPkt) {
                    goodPkt(thisBranch, dst, false);
                    markPktEnd(otherBranch, d, true);
                } else if (srcIsPkt) {
                    goodPkt(otherBranch, src, true);
                    markPktEnd(thisBranch, s, false);
                } else {
                    return false;
                }
            }
            case JLT -> {
                if (dstIsPkt) {
                    goodPkt(otherBranch, dst, true);
                    markPktEnd(thisBranch, d, false);
                } else if (srcIsPkt) {
                    goodPkt(thisBranch, src, false);
                    markPktEnd(otherBranch, s, true);
                } else {
                    return false;
                }
            }
            case JGE -> {
                if (dstIsPkt) {
                    goodPkt(thisBranch, dst, true);
                    markPktEnd(otherBranch, d, false);
                } else if (srcIsPkt) {
                    goodPkt(otherBranch, src, false);
                    markPktEnd(thisBranch, s, true);
                } else {
                    return false;
                }
            }
            case JLE -> {
                if (dstIsPkt) {
                    goodPkt(otherBranch, dst, false);
                    markPktEnd(thisBranch, d, true);
                } else if (srcIsPkt) {
                    goodPkt(thisBranch, src, true);
                    markPktEnd(otherBranch, s, false);
                } else {
                    return false;
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code find_good_pkt_pointers}. */
    private static void goodPkt(State st, Reg ptr, boolean rangeRightOpen) {
        if (ptr.off < 0 || (ptr.off == 0 && rangeRightOpen)) {
            return;
        }
        if (Bounds.ugt(ptr.umax, MAX_PACKET_OFF) || Bounds.ugt(ptr.umax + ptr.off, MAX_PACKET_OFF)) {
            return;
        }
        int newRange = ptr.off + (rangeRightOpen ? 1 : 0);
        RegType type = ptr.type;
        int id = ptr.id;
        st.forEachReg(r -> {
            if (r.type == type && r.id == id) {
                r.range = Math.max(r.range, newRange);
            }
        });
    }

    private static void markPktEnd(State st, int regno, boolean rangeOpen) {
        Reg r = st.regs()[regno];
        if (r.type != RegType.PACKET) {
            return;
        }
        r.range = rangeOpen ? Reg.BEYOND_PKT_END : Reg.AT_PKT_END;
    }
}
