package dev.bpfj.verifier;

import static dev.bpfj.core.Opcodes.*;
import static dev.bpfj.verifier.Frame.STACK_INVALID;
import static dev.bpfj.verifier.Frame.STACK_MISC;
import static dev.bpfj.verifier.Frame.STACK_SPILL;
import static dev.bpfj.verifier.Frame.STACK_ZERO;

import dev.bpfj.core.AttachType;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.spec.MapSpec;

/**
 * Loads, stores and atomics ({@code check_mem_access} and what it calls): context, packet, stack,
 * map value and ring buffer memory, each with the kernel's bounds rules and messages.
 */
final class MemoryChecks {
    static final int F_STRICT_ALIGNMENT = 1;
    static final int F_WRONLY_PROG = 1 << 8;

    private final Checker c;

    MemoryChecks(Checker c) {
        this.c = c;
    }

    private enum Access { READ, WRITE }

    void load(Instruction insn) {
        Reg src = c.src(insn.src());
        c.dstNoMark(insn.dst());
        RegType t = src.type;
        boolean ldsx = mode(insn.opcode()) == MEMSX;
        access(insn.src(), insn.offset(), sizeBytes(insn.opcode()), Access.READ, insn.dst(), false, ldsx, null);
        saveAuxPtrType(src, t);
    }

    void store(Instruction insn) {
        c.src(insn.src());
        Reg d = c.src(insn.dst());
        RegType t = d.type;
        access(insn.dst(), insn.offset(), sizeBytes(insn.opcode()), Access.WRITE, insn.src(), false, false, null);
        saveAuxPtrType(d, t);
    }

    void storeImm(Instruction insn) {
        Reg d = c.src(insn.dst());
        RegType t = d.type;
        access(insn.dst(), insn.offset(), sizeBytes(insn.opcode()), Access.WRITE, -1, false, false, insn);
        saveAuxPtrType(d, t);
    }

    void atomic(Instruction insn) {
        int imm = insn.imm32();
        if (imm == LOAD_ACQ || imm == STORE_REL) {
            throw c.notModelled("load-acquire/store-release at insn %d: bpfj does not model them", c.insnIdx);
        }
        int size = sizeBytes(insn.opcode());
        if (size != 4 && size != 8) {
            throw c.reject("invalid atomic operand size");
        }
        c.src(insn.src());
        Reg d = c.src(insn.dst());
        if (imm == CMPXCHG) {
            Reg r0 = c.src(0);
            if (c.isLeakyPointer(r0)) {
                throw c.reject("R%d leaks addr into mem", 0);
            }
        }
        if (c.isLeakyPointer(c.cur.regs()[insn.src()])) {
            throw c.reject("R%d leaks addr into mem", insn.src());
        }
        if (d.type == RegType.CTX || d.type.isPacket() || d.type.isSock()) {
            throw c.reject("BPF_ATOMIC stores into R%d %s is not allowed", insn.dst(), d.typeName());
        }
        int loadReg = -1;
        if ((imm & FETCH) != 0) {
            loadReg = imm == CMPXCHG ? 0 : insn.src();
            c.dst(loadReg);
        }
        RegType t = d.type;
        access(insn.dst(), insn.offset(), size, Access.READ, -1, true, false, null);
        if (loadReg >= 0) {
            access(insn.dst(), insn.offset(), size, Access.READ, loadReg, true, false, null);
        }
        saveAuxPtrType(d, t);
        access(insn.dst(), insn.offset(), size, Access.WRITE, -1, true, false, null);
    }

    /** {@code save_aux_ptr_type}: one load/store instruction must see compatible pointer kinds. */
    private void saveAuxPtrType(Reg r, RegType type) {
        RegType prev = c.auxPtrType[c.insnIdx];
        if (prev == null) {
            c.auxPtrType[c.insnIdx] = type;
        } else if (prev != type && (!mismatchOk(type) || !mismatchOk(prev))) {
            throw c.reject("same insn cannot be used with different pointers");
        }
    }

    private static boolean mismatchOk(RegType t) {
        return switch (t) {
            case CTX, SOCKET, SOCK_COMMON, TCP_SOCK, XDP_SOCK -> false;
            default -> true;
        };
    }

    /**
     * {@code check_mem_access}. {@code valueRegno} is the register loaded into or stored from (-1 for
     * none); {@code stImm} the BPF_ST instruction storing an immediate.
     */
    private void access(int regno, int insnOff, int size, Access t, int valueRegno, boolean strictOnce, boolean ldsx,
                        Instruction stImm) {
        Reg[] regs = c.cur.regs();
        Reg reg = regs[regno];
        checkAlignment(reg, insnOff, size, strictOnce);
        int off = insnOff + reg.off;
        if (reg.maybeNull && reg.type != RegType.MEM) {
            throw c.reject("R%d invalid mem access '%s'", regno, reg.typeName());
        }
        switch (reg.type) {
            case MAP_VALUE -> {
                if (t == Access.WRITE && valueRegno >= 0 && c.isLeakyPointer(regs[valueRegno])) {
                    throw c.reject("R%d leaks addr into map", valueRegno);
                }
                checkMapAccessType(reg.map, off, size, t);
                checkMapRegion(regno, reg, off, size, false);
                if (t == Access.READ && valueRegno >= 0) {
                    Long constant = reg.varOff.isConst() ? frozenRead(reg.map, off + reg.varOff.value(), size, ldsx) : null;
                    if (constant != null) {
                        regs[valueRegno].markKnown(constant);
                    } else {
                        regs[valueRegno].markUnknown();
                    }
                }
            }
            case MEM -> {
                if (reg.maybeNull) {
                    throw c.reject("R%d invalid mem access '%s'", regno, reg.typeName());
                }
                if (t == Access.WRITE && reg.rdonly) {
                    throw c.reject("R%d cannot write into %s", regno, reg.typeName());
                }
                if (t == Access.WRITE && valueRegno >= 0 && c.isLeakyPointer(regs[valueRegno])) {
                    throw c.reject("R%d leaks addr into mem", valueRegno);
                }
                checkMemRegion(regno, reg, off, size, reg.memSize, false);
                if (valueRegno >= 0 && (t == Access.READ || reg.rdonly)) {
                    regs[valueRegno].markUnknown();
                }
            }
            case CTX -> {
                if (t == Access.WRITE && valueRegno >= 0 && c.isLeakyPointer(regs[valueRegno])) {
                    throw c.reject("R%d leaks addr into ctx", valueRegno);
                }
                checkPtrOffReg(reg, regno, false);
                RegType loaded = ctxAccess(off, size, t, ldsx);
                if (t == Access.READ && valueRegno >= 0) {
                    if (loaded == RegType.SCALAR) {
                        regs[valueRegno].markUnknown();
                    } else {
                        regs[valueRegno].markKnownZeroPointer(loaded);
                        if (loaded == RegType.SOCK_COMMON) {
                            // skb->sk: PTR_TO_SOCK_COMMON_OR_NULL
                            regs[valueRegno].maybeNull = true;
                            regs[valueRegno].id = ++c.idGen;
                        }
                    }
                }
            }
            case STACK -> {
                Frame frame = c.frameOf(reg);
                checkStackBounds(regno, reg, frame, off, size, false, t);
                if (t == Access.READ) {
                    stackRead(regno, reg, frame, off, size, valueRegno);
                } else {
                    stackWrite(regno, reg, frame, off, size, valueRegno, stImm);
                }
            }
            case PACKET, PACKET_META -> {
                if (t == Access.WRITE && !directPacketAccess(true)) {
                    throw c.reject("cannot write into packet");
                }
                if (t == Access.READ && !directPacketAccess(false)) {
                    throw c.reject("R%d invalid mem access '%s'", regno, reg.typeName());
                }
                if (t == Access.WRITE && valueRegno >= 0 && c.isLeakyPointer(regs[valueRegno])) {
                    throw c.reject("R%d leaks addr into packet", valueRegno);
                }
                checkPacket(regno, reg, off, size, false);
                if (t == Access.READ && valueRegno >= 0) {
                    regs[valueRegno].markUnknown();
                }
            }
            case SOCKET, SOCK_COMMON, TCP_SOCK, XDP_SOCK -> {
                if (t == Access.WRITE) {
                    throw c.reject("R%d cannot write into %s", regno, reg.typeName());
                }
                if (!SockFields.valid(reg.type, off, size)) {
                    throw c.reject("R%d invalid %s access off=%d size=%d", regno, reg.typeName(), off, size);
                }
                if (valueRegno >= 0) {
                    regs[valueRegno].markUnknown();
                }
            }
            case CONST_MAP_PTR -> throw c.notModelled("R%d map_ptr field access at insn %d: bpfj does not model struct bpf_map "
                    + "fields", regno, c.insnIdx);
            case BTF_ID -> {
                if (!c.profile.allowPtrLeaks()) {
                    throw c.reject("'struct %s' access is allowed only to CAP_PERFMON and CAP_SYS_ADMIN",
                            reg.btf == null ? "?" : reg.btf.name());
                }
                throw c.notModelled("R%d %s access to struct %s at insn %d: bpfj does not model the fields of"
                        + " kernel objects", regno, t == Access.READ ? "read" : "write",
                        reg.btf == null ? "?" : reg.btf.name(), c.insnIdx);
            }
            default -> throw c.reject("R%d invalid mem access '%s'", regno, reg.typeName());
        }
        if (size < 8 && valueRegno >= 0 && t == Access.READ && regs[valueRegno].type == RegType.SCALAR) {
            if (!ldsx) {
                Bounds.coerceToSize(regs[valueRegno], size);
            } else {
                Bounds.coerceToSizeSx(regs[valueRegno], size);
            }
        }
    }

    private boolean directPacketAccess(boolean write) {
        ProgramType pt = c.progType;
        return switch (pt) {
            case LWT_IN, LWT_OUT, LWT_SEG6LOCAL, SK_REUSEPORT, FLOW_DISSECTOR, CGROUP_SKB -> !write;
            case SCHED_CLS, SCHED_ACT, XDP, LWT_XMIT, SK_SKB, SK_MSG, CGROUP_SOCKOPT -> true;
            default -> false;
        };
    }

    // ---- alignment -----------------------------------------------------------------------------

    void checkAlignment(Reg reg, int off, int size, boolean strictOnce) {
        boolean strict = (c.program.progFlags() & F_STRICT_ALIGNMENT) != 0 || strictOnce;
        String desc;
        switch (reg.type) {
            case PACKET, PACKET_META -> {
                if (!strict || size == 1) {
                    return;
                }
                Tnum regOff = reg.varOff.add(Tnum.constant(2 + reg.off + off));
                if (!regOff.isAligned(size)) {
                    throw c.reject("misaligned packet access off %d+%s+%d+%d size %d", 2, reg.varOff, reg.off, off, size);
                }
                return;
            }
            case MAP_KEY -> desc = "key ";
            case MAP_VALUE -> desc = "value ";
            case CTX -> desc = "context ";
            case STACK -> {
                desc = "stack ";
                strict = true;
            }
            case SOCKET -> desc = "sock ";
            case SOCK_COMMON -> desc = "sock_common ";
            case TCP_SOCK -> desc = "tcp_sock ";
            case XDP_SOCK -> desc = "xdp_sock ";
            default -> desc = "";
        }
        if (!strict || size == 1) {
            return;
        }
        Tnum regOff = reg.varOff.add(Tnum.constant((long) reg.off + off));
        if (!regOff.isAligned(size)) {
            throw c.reject("misaligned %saccess off %s+%d+%d size %d", desc, reg.varOff, reg.off, off, size);
        }
    }

    // ---- context -------------------------------------------------------------------------------

    /** {@code __check_ptr_off_reg}. */
    void checkPtrOffReg(Reg reg, int regno, boolean fixedOffOk) {
        if (reg.off < 0) {
            throw c.reject("negative offset %s ptr R%d off=%d disallowed", reg.typeName(), regno, reg.off);
        }
        if (!fixedOffOk && reg.off != 0) {
            throw c.reject("dereference of modified %s ptr R%d off=%d disallowed", reg.typeName(), regno, reg.off);
        }
        if (!reg.varOff.isConst() || reg.varOff.value() != 0) {
            throw c.reject("variable %s access var_off=%s disallowed", reg.typeName(), reg.varOff);
        }
    }

    /** {@code check_ctx_access}: returns the type the load yields. */
    private RegType ctxAccess(int off, int size, Access t, boolean ldsx) {
        RegType type = switch (c.progType) {
            case XDP -> xdpCtxAccess(off, size, t, ldsx);
            case SOCKET_FILTER -> SkbContext.socketFilter(off, size, t == Access.WRITE);
            case SCHED_CLS, SCHED_ACT -> SkbContext.tc(off, size, t == Access.WRITE, ldsx);
            default -> throw c.notModelled("context access at insn %d: bpfj does not model the context of %s programs",
                    c.insnIdx, c.progType.displayName());
        };
        if (type == null) {
            throw c.reject("invalid bpf_context access off=%d size=%d", off, size);
        }
        return type;
    }

    /** {@code xdp_is_valid_access} on {@code struct xdp_md}; null when invalid. */
    private RegType xdpCtxAccess(int off, int size, Access t, boolean ldsx) {
        if (c.program.attachType() != AttachType.XDP_DEVMAP && off == 20) {
            return null;
        }
        if (t == Access.WRITE || ldsx && (off == 0 || off == 4 || off == 8)) {
            return null;
        }
        if (!(off >= 0 && off < 24 && off % size == 0 && size == 4)) {
            return null;
        }
        return switch (off) {
            case 0 -> RegType.PACKET;
            case 8 -> RegType.PACKET_META;
            case 4 -> RegType.PACKET_END;
            default -> RegType.SCALAR;
        };
    }

    // ---- packet --------------------------------------------------------------------------------

    /** {@code check_packet_access}. */
    void checkPacket(int regno, Reg reg, int off, int size, boolean zeroSizeAllowed) {
        if (reg.smin < 0) {
            throw c.reject("R%d min value is negative, either use unsigned index or do a if (index >=0) check.", regno);
        }
        boolean sizeOk = size > 0 || (size == 0 && zeroSizeAllowed);
        if (reg.range < 0 || !(off >= 0 && sizeOk && (long) off + size <= reg.range)) {
            String first = reg.range < 0 ? null : String.format(
                    "invalid access to packet, off=%d size=%d, R%d(id=%d,off=%d,r=%d)", off, size, regno, reg.id, off,
                    reg.range);
            String last = String.format("R%d offset is outside of the packet", regno);
            throw c.reject(first == null ? last : first + "\n" + last);
        }
    }

    // ---- map values and memory -------------------------------------------------------------------

    private void checkMapAccessType(MapSpec map, int off, int size, Access t) {
        if (t == Access.WRITE && map.isReadOnlyForProgram()) {
            throw c.reject("write into map forbidden, value_size=%d off=%d size=%d", map.valueSize(), off, size);
        }
        if (t == Access.READ && (map.flags() & F_WRONLY_PROG) != 0) {
            throw c.reject("read from map forbidden, value_size=%d off=%d size=%d", map.valueSize(), off, size);
        }
    }

    void checkMapRegion(int regno, Reg reg, int off, int size, boolean zeroSizeAllowed) {
        checkMemRegion(regno, reg, off, size, reg.map.valueSize(), zeroSizeAllowed);
    }

    /** {@code check_mem_region_access}. */
    void checkMemRegion(int regno, Reg reg, int off, int size, int memSize, boolean zeroSizeAllowed) {
        if (reg.smin < 0 && (reg.smin == Reg.S64_MIN || (off + reg.smin != (int) (off + reg.smin))
                || reg.smin + off < 0)) {
            throw c.reject("R%d min value is negative, either use unsigned index or do a if (index >=0) check.", regno);
        }
        String err = memAccessError(reg, reg.smin + off, size, memSize, zeroSizeAllowed);
        if (err != null) {
            throw c.reject("%s\nR%d min value is outside of the allowed memory range", err, regno);
        }
        if (Long.compareUnsigned(reg.umax, Checker.MAX_VAR_OFF) >= 0) {
            throw c.reject("R%d unbounded memory access, make sure to bounds check any such access", regno);
        }
        err = memAccessError(reg, reg.umax + off, size, memSize, zeroSizeAllowed);
        if (err != null) {
            throw c.reject("%s\nR%d max value is outside of the allowed memory range", err, regno);
        }
    }

    /** {@code __check_mem_access}: null when inside, else the kernel's first message line. */
    private static String memAccessError(Reg reg, long offL, int size, int memSize, boolean zeroSizeAllowed) {
        int off = (int) offL;
        boolean sizeOk = size > 0 || (size == 0 && zeroSizeAllowed);
        if (off >= 0 && sizeOk && (long) off + size <= Integer.toUnsignedLong(memSize)) {
            return null;
        }
        return switch (reg.type) {
            case MAP_KEY -> String.format("invalid access to map key, key_size=%d off=%d size=%d", memSize, off, size);
            case MAP_VALUE -> String.format("invalid access to map value, value_size=%d off=%d size=%d", memSize, off,
                    size);
            default -> String.format("invalid access to memory, mem_size=%d off=%d size=%d", memSize, off, size);
        };
    }

    /** {@code bpf_map_direct_read} for a frozen read-only data section; null when not constant. */
    private static Long frozenRead(MapSpec map, long off, int size, boolean ldsx) {
        if (!map.isReadOnlyForProgram() || map.type() != dev.bpfj.core.MapType.ARRAY
                || map.definition() != dev.bpfj.core.spec.MapDefinitionKind.DATA_SECTION) {
            return null;
        }
        byte[] data = map.initialData();
        if (data == null || off < 0 || off + size > map.valueSize()) {
            return null;
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            long b = off + i < data.length ? data[(int) off + i] & 0xff : 0;
            v = (v << 8) | b;
        }
        if (ldsx && size < 8) {
            int bits = 64 - size * 8;
            v = (v << bits) >> bits;
        }
        return v;
    }

    // ---- stack ---------------------------------------------------------------------------------

    /** {@code check_stack_access_within_bounds}. */
    void checkStackBounds(int regno, Reg reg, Frame frame, int off, int accessSize, boolean helper, Access t) {
        String extra = t == Access.READ ? " read from" : " write to";
        long minOff;
        long maxOff;
        if (reg.varOff.isConst()) {
            minOff = reg.varOff.value() + off;
            maxOff = minOff + accessSize;
        } else {
            if (reg.smax >= Checker.MAX_VAR_OFF || reg.smin <= -Checker.MAX_VAR_OFF) {
                throw c.reject("invalid unbounded variable-offset%s stack R%d", extra, regno);
            }
            minOff = reg.smin + off;
            maxOff = reg.smax + off + accessSize;
        }
        long minValid = (t == Access.WRITE || c.profile.allowUninitStack()) ? -Frame.MAX_STACK : -frame.allocatedStack;
        boolean bad = minOff < minValid || minOff > -1 || maxOff > 0 || accessSize < 0;
        if (bad) {
            if (reg.varOff.isConst()) {
                throw c.reject("invalid%s stack R%d off=%d size=%d", extra, regno, off, accessSize);
            }
            throw c.reject("invalid variable-offset%s stack R%d var_off=%s off=%d size=%d", extra, regno, reg.varOff,
                    off, accessSize);
        }
        c.growStack(frame, (int) -minOff);
    }

    private void stackWrite(int regno, Reg ptr, Frame frame, int off, int size, int valueRegno, Instruction stImm) {
        if (ptr.varOff.isConst()) {
            stackWriteFixed(frame, off + (int) ptr.varOff.value(), size, valueRegno, stImm);
        } else {
            stackWriteVar(frame, ptr, off, size, valueRegno, stImm);
        }
    }

    private void stackWriteFixed(Frame frame, int off, int size, int valueRegno, Instruction stImm) {
        int slot = -off - 1;
        int spi = slot / 8;
        c.kfuncs.dynptrs().destroyIfDynptr(frame, spi);
        Frame curFrame = c.cur.cur();
        Reg reg = valueRegno >= 0 ? curFrame.regs[valueRegno] : null;
        if (!c.profile.allowPtrLeaks() && frame.isSpilled(spi) && !frame.isSpilledScalar(spi) && size != 8) {
            throw c.reject("attempt to corrupt spilled pointer on stack");
        }
        if (reg != null && off % 8 == 0 && reg.type == RegType.SCALAR) {
            boolean fits = 64 - Long.numberOfLeadingZeros(reg.umax) <= 8 * size;
            if (fits) {
                Alu.assignScalarIdBeforeMov(c, reg);
            }
            saveRegisterState(frame, spi, reg, size);
            if (!fits) {
                frame.spill(spi).id = 0;
            }
        } else if (reg == null && off % 8 == 0 && stImm != null) {
            Reg tmp = new Reg();
            tmp.markKnown(stImm.imm());
            saveRegisterState(frame, spi, tmp, size);
        } else if (reg != null && reg.isPointer()) {
            if (size != 8) {
                throw c.reject("invalid size of register spill");
            }
            if (frame != curFrame && reg.type == RegType.STACK) {
                throw c.reject("cannot spill pointers to stack into stack frame of the caller");
            }
            saveRegisterState(frame, spi, reg, size);
        } else {
            byte type = STACK_MISC;
            scrubSpecialSlot(frame, spi);
            if ((reg != null && reg.isNull()) || (reg == null && stImm != null && stImm.imm() == 0)) {
                type = STACK_ZERO;
            }
            for (int i = 0; i < size; i++) {
                frame.setType(spi, (slot - i) % 8, type);
            }
        }
    }

    private static void scrubSpecialSlot(Frame frame, int spi) {
        if (frame.spilledOrNull(spi) != null) {
            frame.spilledOrNull(spi).markNotInit();
        }
        if (frame.isSpilled(spi)) {
            for (int i = 0; i < 8; i++) {
                if (frame.type(spi, i) != STACK_INVALID) {
                    frame.setType(spi, i, STACK_MISC);
                }
            }
        }
    }

    private static void saveRegisterState(Frame frame, int spi, Reg reg, int size) {
        frame.spill(spi).copyFrom(reg);
        int i;
        for (i = 8; i > 8 - size; i--) {
            frame.setType(spi, i - 1, STACK_SPILL);
        }
        for (; i > 0; i--) {
            byte t = frame.type(spi, i - 1);
            if (t != STACK_ZERO && t != STACK_INVALID) {
                frame.setType(spi, i - 1, STACK_MISC);
            }
        }
    }

    private void stackWriteVar(Frame frame, Reg ptr, int off, int size, int valueRegno, Instruction stImm) {
        long minOff = ptr.smin + off;
        long maxOff = ptr.smax + off + size;
        Reg value = valueRegno >= 0 ? c.cur.regs()[valueRegno] : null;
        boolean writingZero = (value != null && value.isNull()) || (value == null && stImm != null && stImm.imm() == 0);
        for (long i = minOff; i < maxOff; i++) {
            c.kfuncs.dynptrs().destroyIfDynptr(frame, (int) ((-i - 1) / 8));
        }
        for (long i = minOff; i < maxOff; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / 8;
            int idx = slot % 8;
            byte st = frame.type(spi, idx);
            if (!c.profile.allowPtrLeaks() && st != STACK_MISC && st != STACK_ZERO) {
                throw c.reject("spilled ptr in range of var-offset stack write; insn %d, ptr off: %d", c.insnIdx, i);
            }
            if (frame.isSpilled(spi)) {
                scrubSpecialSlot(frame, spi);
                st = frame.type(spi, idx);
            }
            byte newType = STACK_MISC;
            if (writingZero && st == STACK_ZERO) {
                newType = STACK_ZERO;
            }
            if (st == STACK_INVALID && !c.profile.allowUninitStack()) {
                throw c.reject("uninit stack in range of var-offset write prohibited for !root; insn %d, off: %d",
                        c.insnIdx, i);
            }
            frame.setType(spi, idx, newType);
        }
    }

    private void stackRead(int regno, Reg ptr, Frame frame, int off, int size, int dstRegno) {
        if (!ptr.varOff.isConst()) {
            if (dstRegno < 0) {
                throw c.reject("variable offset stack pointer cannot be passed into helper function; var_off=%s off=%d "
                        + "size=%d", ptr.varOff, off, size);
            }
            checkStackRangeInitialized(regno, ptr, off, size, false, false, false);
            markRegStackRead(frame, (int) (ptr.smin + off), (int) (ptr.smax + off + size), dstRegno);
            return;
        }
        stackReadFixed(frame, off + (int) ptr.varOff.value(), size, dstRegno);
    }

    private void stackReadFixed(Frame frame, int off, int size, int dstRegno) {
        int slot = -off - 1;
        int spi = slot / 8;
        Reg[] regs = c.cur.regs();
        if (frame.isSpilled(spi)) {
            Reg spilled = frame.spill(spi);
            int spillSize = 1;
            for (int i = 7; i > 0 && frame.type(spi, i - 1) == STACK_SPILL; i--) {
                spillSize++;
            }
            if (size != 8 || spillSize != 8) {
                if (spilled.type != RegType.SCALAR) {
                    throw c.reject("invalid size of register fill");
                }
                if (dstRegno < 0) {
                    return;
                }
                if (size <= spillSize && off % 8 == 0) {
                    regs[dstRegno].copyFrom(spilled);
                    if (64 - Long.numberOfLeadingZeros(spilled.umax) > size * 8) {
                        Alu.clearScalarId(regs[dstRegno]);
                    }
                } else {
                    int spillCnt = 0;
                    int zeroCnt = 0;
                    for (int i = 0; i < size; i++) {
                        byte type = frame.type(spi, (slot - i) % 8);
                        if (type == STACK_SPILL) {
                            spillCnt++;
                            continue;
                        }
                        if (type == STACK_MISC) {
                            continue;
                        }
                        if (type == STACK_ZERO) {
                            zeroCnt++;
                            continue;
                        }
                        if (type == STACK_INVALID && c.profile.allowUninitStack()) {
                            continue;
                        }
                        throw c.reject("invalid read from stack off %d+%d size %d", off, i, size);
                    }
                    if ((spillCnt == size && spilled.varOff.equalsConst(0)) || zeroCnt == size) {
                        regs[dstRegno].markKnown(0);
                    } else {
                        regs[dstRegno].markUnknown();
                    }
                }
            } else if (dstRegno >= 0) {
                regs[dstRegno].copyFrom(spilled);
            } else if (spilled.isPointer() && !c.profile.allowPtrLeaks()) {
                throw c.reject("leaking pointer from stack off %d", off);
            }
            return;
        }
        for (int i = 0; i < size; i++) {
            byte type = frame.type(spi, (slot - i) % 8);
            if (type == STACK_MISC || type == STACK_ZERO) {
                continue;
            }
            if (type == STACK_INVALID && c.profile.allowUninitStack()) {
                continue;
            }
            throw c.reject("invalid read from stack off %d+%d size %d", off, i, size);
        }
        if (dstRegno >= 0) {
            markRegStackRead(frame, off, off + size, dstRegno);
        }
    }

    private void markRegStackRead(Frame frame, int minOff, int maxOff, int dstRegno) {
        int zeros = 0;
        for (int i = minOff; i < maxOff; i++) {
            int slot = -i - 1;
            if (frame.type(slot / 8, slot % 8) != STACK_ZERO) {
                break;
            }
            zeros++;
        }
        Reg d = c.cur.regs()[dstRegno];
        if (zeros == maxOff - minOff) {
            d.markKnown(0);
        } else {
            d.markUnknown();
        }
    }

    /**
     * {@code check_stack_range_initialized}. {@code helper} marks an access through a helper argument
     * (which may write anything into the slots); {@code rawMode} one the helper only writes.
     */
    void checkStackRangeInitialized(int regno, Reg reg, int off, int accessSize, boolean zeroSizeAllowed,
                                    boolean helper, boolean rawMode) {
        checkStackRangeInitialized(regno, reg, off, accessSize, zeroSizeAllowed, helper, rawMode, helper);
    }

    /** {@code clobber}: the helper may write the range, so initialised bytes become unknown. */
    void checkStackRangeInitialized(int regno, Reg reg, int off, int accessSize, boolean zeroSizeAllowed,
                                    boolean helper, boolean rawMode, boolean clobber) {
        Frame frame = c.frameOf(reg);
        if (accessSize == 0 && !zeroSizeAllowed) {
            throw c.reject("invalid zero-sized read");
        }
        checkStackBounds(regno, reg, frame, off, accessSize, helper, clobber ? Access.WRITE : Access.READ);
        long minOff;
        long maxOff;
        if (reg.varOff.isConst()) {
            minOff = maxOff = reg.varOff.value() + off;
        } else {
            if (!c.profile.bypassSpecV1()) {
                throw c.reject("R%d variable offset stack access prohibited for !root, var_off=%s", regno,
                        reg.varOff);
            }
            rawMode = false;
            minOff = reg.smin + off;
            maxOff = reg.smax + off;
        }
        if (rawMode) {
            // a helper writing there could corrupt a dynptr
            for (long i = minOff; i < maxOff + accessSize; i++) {
                int slot = (int) (-i - 1);
                if (slot < frame.allocatedStack && frame.type(slot / 8, slot % 8) == Frame.STACK_DYNPTR) {
                    throw c.reject("potential write to dynptr at off=%d disallowed", i);
                }
            }
            return;
        }
        for (long i = minOff; i < maxOff + accessSize; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / 8;
            int idx = slot % 8;
            byte st = frame.type(spi, idx);
            if (st == STACK_MISC) {
                continue;
            }
            if (st == STACK_ZERO || (st == STACK_INVALID && c.profile.allowUninitStack())) {
                if (clobber) {
                    frame.setType(spi, idx, STACK_MISC);
                }
                continue;
            }
            if (frame.isSpilled(spi) && (frame.spill(spi).type == RegType.SCALAR || c.profile.allowPtrLeaks())) {
                if (clobber) {
                    frame.spill(spi).markUnknown();
                    for (int j = 0; j < 8; j++) {
                        if (frame.type(spi, j) != STACK_INVALID) {
                            frame.setType(spi, j, STACK_MISC);
                        }
                    }
                }
                continue;
            }
            if (reg.varOff.isConst()) {
                throw c.reject("invalid read from stack R%d off %d+%d size %d", regno, minOff, i - minOff,
                        accessSize);
            }
            throw c.reject("invalid read from stack R%d var_off %s+%d size %d", regno, reg.varOff, i - minOff,
                    accessSize);
        }
    }

    /** An 8-byte write a kfunc makes through a pointer argument (building a dynptr). */
    void writeForKfunc(int regno, int off) {
        access(regno, off, 8, Access.WRITE, -1, false, false, null);
    }

    /** The raw-mode helper writes: each byte becomes STACK_MISC ({@code check_helper_call}'s loop). */
    void markRawWritten(int regno, int accessSize) {
        for (int i = 0; i < accessSize; i++) {
            access(regno, i, 1, Access.WRITE, -1, false, false, null);
        }
    }

    /** {@code check_helper_mem_access}. */
    void helperMemAccess(int regno, int accessSize, boolean write, boolean zeroSizeAllowed, boolean rawMode) {
        Reg reg = c.cur.regs()[regno];
        switch (reg.type) {
            case PACKET, PACKET_META -> checkPacket(regno, reg, reg.off, accessSize, zeroSizeAllowed);
            case MAP_KEY -> {
                if (write) {
                    throw c.reject("R%d cannot write into %s", regno, reg.typeName());
                }
                checkMemRegion(regno, reg, reg.off, accessSize, reg.map.keySize(), false);
            }
            case MAP_VALUE -> {
                checkMapAccessType(reg.map, reg.off, accessSize, write ? Access.WRITE : Access.READ);
                checkMapRegion(regno, reg, reg.off, accessSize, zeroSizeAllowed);
            }
            case MEM -> {
                if (reg.rdonly && write) {
                    throw c.reject("R%d cannot write into %s", regno, reg.typeName());
                }
                checkMemRegion(regno, reg, reg.off, accessSize, reg.memSize, zeroSizeAllowed);
            }
            case STACK -> checkStackRangeInitialized(regno, reg, reg.off, accessSize, zeroSizeAllowed, true, rawMode,
                    write);
            default -> {
                if (zeroSizeAllowed && accessSize == 0 && reg.isNull()) {
                    return;
                }
                throw c.reject("R%d type=%s expected=%s", regno, reg.typeName(), "fp");
            }
        }
    }
}
