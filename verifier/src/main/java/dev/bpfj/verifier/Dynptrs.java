package dev.bpfj.verifier;

import static dev.bpfj.verifier.Frame.STACK_DYNPTR;
import static dev.bpfj.verifier.Frame.STACK_INVALID;

import dev.bpfj.core.Kfunc;
import dev.bpfj.core.btf.BtfType;

/**
 * Dynptrs on the stack ({@code process_dynptr_func}, {@code mark_stack_slots_dynptr},
 * {@code destroy_if_dynptr_stack_slot}): a {@code struct bpf_dynptr} occupies two 8-byte slots marked
 * {@link Frame#STACK_DYNPTR}, whose spilled registers carry its id. bpfj models the packet dynptrs of
 * XDP ({@code bpf_dynptr_from_xdp}), which hold no reference; slices taken from one are memory that
 * goes stale, like packet pointers, when the packet changes or the dynptr is overwritten.
 */
final class Dynptrs {
    private static final int NR_SLOTS = 2;

    private final Checker c;

    Dynptrs(Checker c) {
        this.c = c;
    }

    /**
     * A dynptr argument of a kfunc: builds one ({@code __uninit}) or checks an initialised one.
     *
     * @return the dynptr's id when it was initialised, else 0
     */
    int checkArg(Kfunc k, BtfType.Param arg, int regno) {
        Reg reg = c.cur.regs()[regno];
        if (reg.type != RegType.STACK) {
            throw c.reject("arg#%d expected pointer to stack or const struct bpf_dynptr", regno - 1);
        }
        if (arg.name().endsWith("__uninit")) {
            if (!k.name().equals("bpf_dynptr_from_xdp")) {
                throw c.notModelled("kfunc %s builds a dynptr: bpfj models dynptrs of bpf_dynptr_from_xdp only", k.name());
            }
            int spi = spi(reg);
            if (spi < 0 && spi != ERANGE) {
                throw c.reject("Dynptr has to be an uninitialized dynptr");
            }
            for (int i = 0; i < 16; i += 8) {
                c.memory.writeForKfunc(regno, i);
            }
            mark(reg);
            return 0;
        }
        int spi = spi(reg);
        Frame f = c.frameOf(reg);
        if (spi < 0 || !f.spill(spi).dynptrFirst || !allDynptr(f, spi)) {
            throw c.reject("Expected an initialized dynptr as arg #%d", regno - 1);
        }
        return f.spill(spi).id;
    }

    private static final int ERANGE = -34;

    /**
     * {@code dynptr_get_spi}: the upper slot of a dynptr a stack pointer points at, -34 (ERANGE) when
     * the slots are not allocated yet, or -1 when it cannot hold one.
     */
    private int spi(Reg reg) {
        // the kernel logs why (constant offset, alignment) before the caller's final message
        if (!reg.varOff.isConst()) {
            return -1;
        }
        int off = reg.off + (int) reg.varOff.value();
        if (off % 8 != 0) {
            return -1;
        }
        int spi = (-off - 1) / 8;
        if (spi + 1 < NR_SLOTS) {
            return -1;
        }
        Frame f = c.frameOf(reg);
        if (!(spi - NR_SLOTS + 1 >= 0 && spi < f.allocatedStack / 8)) {
            return ERANGE;
        }
        return spi;
    }

    private static boolean allDynptr(Frame f, int spi) {
        for (int i = 0; i < 8; i++) {
            if (f.type(spi, i) != STACK_DYNPTR || f.type(spi - 1, i) != STACK_DYNPTR) {
                return false;
            }
        }
        return true;
    }

    /** {@code mark_stack_slots_dynptr} for an XDP dynptr (not reference counted). */
    private void mark(Reg reg) {
        Frame f = c.frameOf(reg);
        int spi = spi(reg);
        destroyIfDynptr(f, spi);
        destroyIfDynptr(f, spi - 1);
        for (int i = 0; i < 8; i++) {
            f.setType(spi, i, STACK_DYNPTR);
            f.setType(spi - 1, i, STACK_DYNPTR);
        }
        int id = ++c.idGen;
        for (int s : new int[] {spi, spi - 1}) {
            Reg slot = f.spill(s);
            slot.markKnownZeroPointer(RegType.DYNPTR);
            slot.id = id;
            slot.dynptrFirst = s == spi;
        }
    }

    /**
     * {@code destroy_if_dynptr_stack_slot}: a write into either slot of a dynptr destroys it, and every
     * slice taken from it.
     */
    void destroyIfDynptr(Frame f, int spi) {
        if (spi < 0 || f.type(spi, 0) != STACK_DYNPTR) {
            return;
        }
        if (!f.spill(spi).dynptrFirst) {
            spi++;
        }
        int id = f.spill(spi).id;
        for (int i = 0; i < 8; i++) {
            f.setType(spi, i, STACK_INVALID);
            f.setType(spi - 1, i, STACK_INVALID);
        }
        // the kernel invalidates plain PTR_TO_MEM slices only; packet slices carry a dynptr type flag and survive
        c.cur.forEachReg(r -> {
            if (r.type == RegType.MEM && !r.rdonly && !r.pktSlice && r.dynptrId == id) {
                c.invalidate(r);
            }
        });
        f.spill(spi).markNotInit();
        f.spill(spi - 1).markNotInit();
    }

    /** R0 of {@code bpf_dynptr_slice(_rdwr)}: packet memory of the constant size asked for, or NULL. */
    void markSlice(Reg r0, boolean rdwr, long size, int dynptrId) {
        r0.markKnownZeroPointer(RegType.MEM);
        r0.memSize = (int) size;
        r0.rdonly = !rdwr;
        r0.pktSlice = true;
        r0.dynptrId = dynptrId;
    }
}
