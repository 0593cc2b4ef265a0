package dev.bpfj.verifier;

import java.util.Arrays;

/** One function's registers and stack ({@code struct bpf_func_state}). */
final class Frame {
    static final int MAX_STACK = 512;
    static final int SLOTS = MAX_STACK / 8;

    static final byte STACK_INVALID = 0;
    static final byte STACK_SPILL = 1;
    static final byte STACK_MISC = 2;
    static final byte STACK_ZERO = 3;
    /** Part of a {@code struct bpf_dynptr} a kfunc built on the stack; the spilled register describes it. */
    static final byte STACK_DYNPTR = 4;

    final Reg[] regs = new Reg[11];
    /**
     * Per stack byte: {@code slotType[spi * 8 + (slot % 8)]} with {@code slot = -off - 1}; only as long
     * as the stack touched so far (bytes past it are {@link #STACK_INVALID}), so that copying a state
     * costs what the program uses.
     */
    private byte[] slotType;
    /** The register state spilled to each 8-byte slot (null when none), as long as {@link #slotType} / 8. */
    private Reg[] spilled;
    /** Bytes of stack touched so far, a multiple of 8. */
    int allocatedStack;
    /** Slot of the call instruction that created this frame, -1 for the entry function. */
    final int callsite;
    final int frameno;
    /** Start slot of the subprogram this frame runs. */
    final int subprog;
    /** Whether this frame is a callback (bpf_loop): its exit returns to the calling helper. */
    boolean inCallback;
    /** Callback iterations already simulated from this frame ({@code callback_depth}). */
    int callbackDepth;

    private static final byte[] NO_BYTES = new byte[0];
    private static final Reg[] NO_REGS = new Reg[0];

    Frame(int callsite, int frameno, int subprog) {
        this.callsite = callsite;
        this.frameno = frameno;
        this.subprog = subprog;
        this.slotType = NO_BYTES;
        this.spilled = NO_REGS;
        for (int i = 0; i < regs.length; i++) {
            regs[i] = new Reg();
        }
    }

    private Frame(Frame o) {
        callsite = o.callsite;
        frameno = o.frameno;
        subprog = o.subprog;
        allocatedStack = o.allocatedStack;
        inCallback = o.inCallback;
        callbackDepth = o.callbackDepth;
        slotType = o.slotType.length == 0 ? NO_BYTES : o.slotType.clone();
        spilled = o.spilled.length == 0 ? NO_REGS : new Reg[o.spilled.length];
        for (int i = 0; i < spilled.length; i++) {
            if (o.spilled[i] != null) {
                spilled[i] = o.spilled[i].copy();
            }
        }
        for (int i = 0; i < regs.length; i++) {
            regs[i] = o.regs[i].copy();
        }
    }

    private void ensure(int spi) {
        int need = (spi + 1) * 8;
        if (need > slotType.length) {
            int cap = Math.min(MAX_STACK, Math.max(need, Math.max(32, slotType.length * 2)));
            slotType = java.util.Arrays.copyOf(slotType, cap);
            spilled = java.util.Arrays.copyOf(spilled, cap / 8);
        }
    }

    Frame copy() {
        return new Frame(this);
    }

    byte type(int spi, int i) {
        int k = spi * 8 + i;
        return k < slotType.length ? slotType[k] : STACK_INVALID;
    }

    void setType(int spi, int i, byte t) {
        ensure(spi);
        slotType[spi * 8 + i] = t;
    }

    /** The register spilled to a slot, or null. */
    Reg spilledOrNull(int spi) {
        return spi < spilled.length ? spilled[spi] : null;
    }

    Reg spill(int spi) {
        ensure(spi);
        Reg r = spilled[spi];
        if (r == null) {
            r = new Reg();
            r.markNotInit();
            spilled[spi] = r;
        }
        return r;
    }

    boolean isSpilled(int spi) {
        return type(spi, 7) == STACK_SPILL;
    }

    boolean isSpilledScalar(int spi) {
        Reg r = spilledOrNull(spi);
        return isSpilled(spi) && r != null && r.type == RegType.SCALAR;
    }

    /** {@code is_spilled_scalar_reg64}: a full 8-byte scalar spill. */
    boolean isSpilledScalar64(int spi) {
        if (!isSpilledScalar(spi)) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (type(spi, i) != STACK_SPILL) {
                return false;
            }
        }
        return true;
    }

    void growStack(int size) {
        int n = (size + 7) / 8 * 8;
        if (n > allocatedStack) {
            allocatedStack = n;
        }
    }

    void clearSlot(int spi) {
        if (spi < spilled.length) {
            Arrays.fill(slotType, spi * 8, spi * 8 + 8, STACK_INVALID);
            spilled[spi] = null;
        }
    }
}
