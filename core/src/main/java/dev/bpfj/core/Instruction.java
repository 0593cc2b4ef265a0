package dev.bpfj.core;

import static dev.bpfj.core.Opcodes.*;

import java.nio.ByteOrder;

/**
 * One BPF instruction as a plain value.
 *
 * <p>{@code lddw} (opcode 0x18) is a single {@code Instruction} that occupies two 8-byte slots; its
 * {@link #imm()} holds the full 64 bits ({@code next_imm << 32 | imm}). Every other instruction's
 * {@code imm} is a sign-extended 32-bit value.
 *
 * <p>Two pieces of metadata travel with the encoding: {@link #reference()} names the map (for a
 * map load) or function (for a local call or function address) the instruction refers to, which is
 * what an ELF relocation records; {@link #source()} is the place in the user's source that emitted it.
 * Neither affects {@link #encode}. Instructions in an {@code ObjectSpec} are in loaded form: a map
 * load is {@code lddw} with {@code src = PSEUDO_MAP_FD} (or {@code PSEUDO_MAP_VALUE} with the value
 * offset in the upper half of {@code imm}) and the map's name as reference.
 */
public record Instruction(int opcode, int dst, int src, int offset, long imm, String reference, SourceLocation source) {

    public Instruction {
        if (opcode < 0 || opcode > 0xff) {
            throw new IllegalArgumentException("opcode " + opcode + " is not a byte");
        }
        if (dst < 0 || dst > 15 || src < 0 || src > 15) {
            throw new IllegalArgumentException("register fields must be 0..15, got dst=" + dst + " src=" + src);
        }
        if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
            throw new IllegalArgumentException("offset " + offset + " does not fit 16 bits");
        }
        if (opcode != LDDW && (imm < Integer.MIN_VALUE || imm > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("imm " + imm + " does not fit 32 bits (only lddw carries 64)");
        }
    }

    public Instruction(int opcode, int dst, int src, int offset, long imm) {
        this(opcode, dst, src, offset, imm, null, null);
    }

    /** Bytes per slot on the wire. */
    public static final int SLOT_SIZE = 8;

    public boolean isWide() {
        return opcode == LDDW;
    }

    /** Slots this instruction occupies: 2 for {@code lddw}, else 1. */
    public int slots() {
        return opcode == LDDW ? 2 : 1;
    }

    public int cls() {
        return opcode & 0x07;
    }

    public int op() {
        return opcode & 0xf0;
    }

    public boolean usesSrcRegister() {
        return (opcode & X) != 0;
    }

    /** The low 32 bits of the immediate (the whole immediate for every instruction but lddw). */
    public int imm32() {
        return (int) imm;
    }

    /** The second slot's immediate of an {@code lddw}. */
    public int nextImm() {
        return (int) (imm >>> 32);
    }

    public boolean isExit() {
        return opcode == EXIT_OP;
    }

    public boolean isCall() {
        return opcode == CALL_OP;
    }

    public boolean isHelperCall() {
        return opcode == CALL_OP && src == 0;
    }

    public boolean isLocalCall() {
        return opcode == CALL_OP && src == PSEUDO_CALL;
    }

    public boolean isKfuncCall() {
        return opcode == CALL_OP && src == PSEUDO_KFUNC_CALL;
    }

    /** Whether this is a jump with a target: {@code ja}, {@code gotol} or a conditional jump. */
    public boolean isBranch() {
        int c = cls();
        if (c != JMP && c != JMP32) {
            return false;
        }
        int o = op();
        return o != CALL && o != EXIT;
    }

    public boolean isUnconditionalJump() {
        return opcode == JA_OP || opcode == GOTOL_OP;
    }

    /** The jump distance in slots: {@code imm} for {@code gotol}, else {@code offset}. */
    public int jumpOffset() {
        return opcode == GOTOL_OP ? (int) imm : offset;
    }

    public boolean isMapLoad() {
        return opcode == LDDW && (src == PSEUDO_MAP_FD || src == PSEUDO_MAP_IDX
                || src == PSEUDO_MAP_VALUE || src == PSEUDO_MAP_IDX_VALUE);
    }

    /**
     * A load of a kernel variable by name, which the loader resolves: {@code btf_id[name]} (a typed ksym,
     * {@code src = PSEUDO_BTF_ID}) or {@code ksym[name]} (a typeless one, a plain {@code lddw} of its address).
     */
    public boolean isKsymLoad() {
        return opcode == LDDW && reference != null && (src == 0 || src == PSEUDO_BTF_ID);
    }

    public Instruction withOffset(int newOffset) {
        return new Instruction(opcode, dst, src, newOffset, imm, reference, source);
    }

    public Instruction withImm(long newImm) {
        return new Instruction(opcode, dst, src, offset, newImm, reference, source);
    }

    public Instruction withSrc(int newSrc) {
        return new Instruction(opcode, dst, newSrc, offset, imm, reference, source);
    }

    /** Sets the jump distance in the field this opcode uses for it. */
    public Instruction withJumpOffset(int slots) {
        return opcode == GOTOL_OP ? withImm(slots) : withOffset(slots);
    }

    public Instruction withReference(String newReference) {
        return new Instruction(opcode, dst, src, offset, imm, newReference, source);
    }

    public Instruction withSource(SourceLocation newSource) {
        return new Instruction(opcode, dst, src, offset, imm, reference, newSource);
    }

    /** The same encoding with no reference and no source. */
    public Instruction withoutMetadata() {
        return reference == null && source == null ? this : new Instruction(opcode, dst, src, offset, imm);
    }

    /** Whether both encode to the same bytes, whatever their metadata. */
    public boolean sameEncoding(Instruction other) {
        return opcode == other.opcode && dst == other.dst && src == other.src
                && offset == other.offset && imm == other.imm;
    }

    /** Writes {@link #slots()} × 8 bytes at {@code pos}. */
    public void encode(byte[] out, int pos, ByteOrder order) {
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        out[pos] = (byte) opcode;
        out[pos + 1] = (byte) (le ? (src << 4) | dst : (dst << 4) | src);
        putShort(out, pos + 2, offset, le);
        putInt(out, pos + 4, (int) imm, le);
        if (opcode == LDDW) {
            for (int i = 0; i < 4; i++) {
                out[pos + 8 + i] = 0;
            }
            putInt(out, pos + 12, (int) (imm >>> 32), le);
        }
    }

    private static void putShort(byte[] b, int pos, int v, boolean le) {
        if (le) {
            b[pos] = (byte) v;
            b[pos + 1] = (byte) (v >> 8);
        } else {
            b[pos] = (byte) (v >> 8);
            b[pos + 1] = (byte) v;
        }
    }

    private static void putInt(byte[] b, int pos, int v, boolean le) {
        for (int i = 0; i < 4; i++) {
            b[pos + (le ? i : 3 - i)] = (byte) (v >>> (8 * i));
        }
    }

    /** The instruction in the kernel/llvm-objdump syntax, e.g. {@code r0 = *(u32 *)(r1 + 4)}. */
    @Override
    public String toString() {
        return Disassembler.format(this);
    }
}
