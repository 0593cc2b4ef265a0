package dev.bpfj.dsl.codegen;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.AluOp;
import dev.bpfj.core.Helper;
import dev.bpfj.core.JumpOp;
import dev.bpfj.core.Size;
import dev.bpfj.core.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The body of one function under construction: instructions on virtual registers, labels, and a
 * frame of stack slots. The typed layer writes here; {@link #finish} optimises, allocates registers
 * and returns physical code.
 */
public final class Code {
    /** The frame pointer. */
    public static final int FP = 10;

    private final String name;
    private final Supplier<SourceLocation> where;
    private final List<MInsn> insns = new ArrayList<>();
    private final StackFrame frame = new StackFrame();
    private int nextReg = MInsn.FIRST_VIRTUAL;
    private int nextLabel;
    private int entryInsertPoint;
    private SourceLocation fixed;

    public Code(String name, Supplier<SourceLocation> where) {
        this.name = name;
        this.where = where;
    }

    public String name() {
        return name;
    }

    public StackFrame frame() {
        return frame;
    }

    public List<MInsn> insns() {
        return insns;
    }

    /** A fresh virtual register. */
    public int newReg() {
        return nextReg++;
    }

    public String newLabel(String hint) {
        return "." + name + "." + hint + "." + nextLabel++;
    }

    /** Attributes following instructions to {@code loc} (null: capture the caller again). */
    public void at(SourceLocation loc) {
        this.fixed = loc;
    }

    public SourceLocation here() {
        return fixed != null ? fixed : where.get();
    }

    public int size() {
        return insns.size();
    }

    /** Marks the end of the prologue: {@link #atEntry} inserts there. */
    public void markEntry() {
        entryInsertPoint = insns.size();
    }

    /** Inserts an instruction at the function's entry (after the prologue), e.g. a packet pointer load. */
    public void atEntry(MInsn insn) {
        insns.add(entryInsertPoint++, insn);
    }

    public void emit(MInsn insn) {
        insns.add(insn);
    }

    public void label(String label) {
        insns.add(MInsn.label(label));
    }

    /** The last emitted instruction, or null. */
    public MInsn last() {
        return insns.isEmpty() ? null : insns.get(insns.size() - 1);
    }

    /** The source line of the last instruction that has one, or null. */
    public SourceLocation lastSource() {
        for (int i = insns.size() - 1; i >= 0; i--) {
            if (insns.get(i).source() != null) {
                return insns.get(i).source();
            }
        }
        return null;
    }

    /** Whether control can reach the next instruction emitted (the last one is not exit or goto). */
    public boolean fallsThrough() {
        MInsn l = last();
        return l == null || !l.endsBlock();
    }

    public MInsn make(int opcode, int dst, int src, int offset, long imm) {
        return new MInsn(opcode, dst, src, offset, imm, null, null, 0, here());
    }

    private void add(int opcode, int dst, int src, int offset, long imm) {
        insns.add(make(opcode, dst, src, offset, imm));
    }

    public void alu(boolean wide, AluOp op, int dst, int src) {
        add((wide ? ALU64 : ALU) | op.code() | X, dst, src, op.offset(), 0);
    }

    public void aluImm(boolean wide, AluOp op, int dst, int imm) {
        add((wide ? ALU64 : ALU) | op.code() | K, dst, 0, op.offset(), imm);
    }

    public void mov(int dst, int src) {
        if (dst != src) {
            alu(true, AluOp.MOV, dst, src);
        }
    }

    /** {@code dst = value}, as {@code mov} or {@code lddw} depending on the value's size. */
    public void movImm(int dst, long value) {
        if (value == (int) value) {
            aluImm(true, AluOp.MOV, dst, (int) value);
        } else if (value >= 0 && value <= 0xffffffffL) {
            aluImm(false, AluOp.MOV, dst, (int) value); // w = imm zero-extends: one slot instead of two
        } else {
            add(LDDW, dst, 0, 0, value);
        }
    }

    public void movsx(int dst, int src, int bits) {
        add(ALU64 | MOV | X, dst, src, bits, 0);
    }

    public void swap(int dst, int bits, boolean toBe) {
        add(ALU | END | (toBe ? TO_BE : TO_LE), dst, 0, 0, bits);
    }

    public void load(Size size, int dst, int base, int offset) {
        add(LDX | MEM | size.code(), dst, base, offset, 0);
    }

    public void loadSigned(Size size, int dst, int base, int offset) {
        add(LDX | MEMSX | size.code(), dst, base, offset, 0);
    }

    public void store(Size size, int base, int offset, int src) {
        add(STX | MEM | size.code(), base, src, offset, 0);
    }

    public void storeImm(Size size, int base, int offset, int imm) {
        add(ST | MEM | size.code(), base, 0, offset, imm);
    }

    public void atomic(int atomicImm, Size size, int base, int offset, int src) {
        add(STX | ATOMIC | size.code(), base, src, offset, atomicImm);
    }

    public void ldMap(int dst, String map) {
        insns.add(new MInsn(LDDW, dst, PSEUDO_MAP_FD, 0, 0, null, map, 0, here()));
    }

    public void ldMapValue(int dst, String map, int offset) {
        insns.add(new MInsn(LDDW, dst, PSEUDO_MAP_VALUE, 0, ((long) offset) << 32, null, map, 0, here()));
    }

    public void ldFunc(int dst, String function) {
        insns.add(new MInsn(LDDW, dst, PSEUDO_FUNC, 0, 0, null, function, 0, here()));
    }

    public void jump(String label) {
        insns.add(new MInsn(JA_OP, 0, 0, 0, 0, label, null, 0, here()));
    }

    public void jump(boolean wide, JumpOp op, int a, int b, String label) {
        insns.add(new MInsn((wide ? JMP : JMP32) | op.code() | X, a, b, 0, 0, label, null, 0, here()));
    }

    public void jumpImm(boolean wide, JumpOp op, int a, int imm, String label) {
        insns.add(new MInsn((wide ? JMP : JMP32) | op.code() | K, a, 0, 0, imm, label, null, 0, here()));
    }

    /** A helper call reading r1..r{args}. */
    public void call(Helper helper, int args) {
        insns.add(new MInsn(CALL_OP, 0, 0, 0, helper.id(), null, null, args, here()));
    }

    /** A bpf-to-bpf call reading r1..r{args}. */
    public void callLocal(String function, int args) {
        insns.add(new MInsn(CALL_OP, 0, PSEUDO_CALL, 0, 0, null, function, args, here()));
    }

    public void exit() {
        add(EXIT_OP, 0, 0, 0, 0);
    }

    /**
     * Optimises, allocates registers (spilling to the frame when needed) and returns the physical
     * code. The frame's final size is known afterwards.
     */
    public List<MInsn> finish() {
        List<MInsn> code = Optimizer.optimize(new ArrayList<>(insns));
        code = new RegisterAllocator(code, frame, nextReg).allocate();
        return Optimizer.cleanup(code);
    }
}
