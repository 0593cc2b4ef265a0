package dev.bpfj.core;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns instructions into their 8-byte wire form and back. */
public final class InstructionCodec {
    private InstructionCodec() {}

    /** Number of 8-byte slots these instructions occupy. */
    public static int slotCount(List<Instruction> insns) {
        int n = 0;
        for (Instruction i : insns) {
            n += i.slots();
        }
        return n;
    }

    public static byte[] encode(List<Instruction> insns, ByteOrder order) {
        byte[] out = new byte[slotCount(insns) * Instruction.SLOT_SIZE];
        int pos = 0;
        for (Instruction i : insns) {
            i.encode(out, pos, order);
            pos += i.slots() * Instruction.SLOT_SIZE;
        }
        return out;
    }

    public static byte[] encode(List<Instruction> insns) {
        return encode(insns, ByteOrder.LITTLE_ENDIAN);
    }

    public static List<Instruction> decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length, ByteOrder.LITTLE_ENDIAN, true);
    }

    /**
     * Decodes {@code length} bytes at {@code start}.
     *
     * @param strict also reject instructions whose unused fields are not zero, as Linux does
     * @throws BpfFormatException naming the slot index of the first bad instruction
     */
    public static List<Instruction> decode(byte[] bytes, int start, int length, ByteOrder order, boolean strict) {
        if (start < 0 || length < 0 || start > bytes.length - length) {
            throw new BpfFormatException("", "instruction bytes [" + start + ", " + start + "+" + length
                    + ") lie outside a buffer of " + bytes.length);
        }
        if (length % Instruction.SLOT_SIZE != 0) {
            throw new BpfFormatException("", "instruction bytes are " + length + " long, not a multiple of 8");
        }
        boolean le = order == ByteOrder.LITTLE_ENDIAN;
        int slots = length / Instruction.SLOT_SIZE;
        List<Instruction> out = new ArrayList<>(slots);
        for (int slot = 0; slot < slots; slot++) {
            int p = start + slot * Instruction.SLOT_SIZE;
            int opcode = bytes[p] & 0xff;
            int regs = bytes[p + 1] & 0xff;
            int dst = le ? regs & 0xf : regs >>> 4;
            int src = le ? regs >>> 4 : regs & 0xf;
            int off = (short) getShort(bytes, p + 2, le);
            int imm = getInt(bytes, p + 4, le);
            Instruction insn;
            if (opcode == Opcodes.LDDW) {
                if (slot + 1 >= slots) {
                    throw new BpfFormatException("insn " + slot, "invalid bpf_ld_imm64 insn: the second slot is missing");
                }
                int q = p + Instruction.SLOT_SIZE;
                int nextOffset = getShort(bytes, q + 2, le);
                if (bytes[q] != 0 || bytes[q + 1] != 0 || nextOffset != 0) {
                    throw new BpfFormatException("insn " + slot, String.format(
                            "invalid bpf_ld_imm64 insn: second slot must hold only an immediate (code %02x, regs %02x, off %d)",
                            bytes[q] & 0xff, bytes[q + 1] & 0xff, (short) nextOffset));
                }
                long hi = getInt(bytes, q + 4, le);
                insn = new Instruction(opcode, dst, src, off, (hi << 32) | (imm & 0xffffffffL));
            } else {
                insn = new Instruction(opcode, dst, src, off, imm);
            }
            if (strict || !Opcodes.isKnown(opcode)) {
                String problem = InstructionChecks.check(insn);
                if (problem != null) {
                    throw new BpfFormatException("insn " + slot, problem + " (" + hex(bytes, p) + ")");
                }
            }
            out.add(insn);
            slot += insn.slots() - 1;
        }
        return Collections.unmodifiableList(out);
    }

    private static String hex(byte[] b, int p) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02x", b[p + i] & 0xff));
        }
        return sb.toString();
    }

    private static int getShort(byte[] b, int p, boolean le) {
        return le ? (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 : (b[p] & 0xff) << 8 | (b[p + 1] & 0xff);
    }

    private static int getInt(byte[] b, int p, boolean le) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (b[p + (le ? i : 3 - i)] & 0xff) << (8 * i);
        }
        return v;
    }
}
