package dev.bpfj.core;

/**
 * The numeric vocabulary of the BPF instruction set (RFC 9669 plus the kernel's additions): opcode
 * fields, pseudo sources, and the table of opcodes Linux accepts.
 *
 * <p>Kept as {@code int} constants because the interpreter and verifier switch on them in hot loops;
 * the typed enums ({@link AluOp}, {@link JumpOp}, {@link Size}, {@link AtomicOp}) map onto them.
 */
public final class Opcodes {
    private Opcodes() {}

    // instruction classes (opcode & 0x07)
    public static final int LD = 0x00;
    public static final int LDX = 0x01;
    public static final int ST = 0x02;
    public static final int STX = 0x03;
    public static final int ALU = 0x04;
    public static final int JMP = 0x05;
    public static final int JMP32 = 0x06;
    public static final int ALU64 = 0x07;

    // operand source (opcode & 0x08)
    public static final int K = 0x00;
    public static final int X = 0x08;

    // ALU operations (opcode & 0xf0)
    public static final int ADD = 0x00;
    public static final int SUB = 0x10;
    public static final int MUL = 0x20;
    public static final int DIV = 0x30;
    public static final int OR = 0x40;
    public static final int AND = 0x50;
    public static final int LSH = 0x60;
    public static final int RSH = 0x70;
    public static final int NEG = 0x80;
    public static final int MOD = 0x90;
    public static final int XOR = 0xa0;
    public static final int MOV = 0xb0;
    public static final int ARSH = 0xc0;
    public static final int END = 0xd0;

    // byte-swap direction for END in the ALU class (the source bit)
    public static final int TO_LE = 0x00;
    public static final int TO_BE = 0x08;

    // jump operations (opcode & 0xf0)
    public static final int JA = 0x00;
    public static final int JEQ = 0x10;
    public static final int JGT = 0x20;
    public static final int JGE = 0x30;
    public static final int JSET = 0x40;
    public static final int JNE = 0x50;
    public static final int JSGT = 0x60;
    public static final int JSGE = 0x70;
    public static final int CALL = 0x80;
    public static final int EXIT = 0x90;
    public static final int JLT = 0xa0;
    public static final int JLE = 0xb0;
    public static final int JSLT = 0xc0;
    public static final int JSLE = 0xd0;
    /** {@code may_goto} (kernel extension, {@code BPF_JMP | BPF_JCOND}). */
    public static final int JCOND = 0xe0;

    // load/store sizes (opcode & 0x18)
    public static final int W = 0x00;
    public static final int H = 0x08;
    public static final int B = 0x10;
    public static final int DW = 0x18;

    // load/store modes (opcode & 0xe0)
    public static final int IMM = 0x00;
    public static final int ABS = 0x20;
    public static final int IND = 0x40;
    public static final int MEM = 0x60;
    public static final int MEMSX = 0x80;
    public static final int ATOMIC = 0xc0;

    // atomic operations (imm of an STX | ATOMIC instruction)
    public static final int FETCH = 0x01;
    public static final int XCHG = 0xe0 | FETCH;
    public static final int CMPXCHG = 0xf0 | FETCH;
    public static final int LOAD_ACQ = 0x100;
    public static final int STORE_REL = 0x110;

    // src_reg of ld_imm64 (BPF_PSEUDO_*)
    public static final int PSEUDO_MAP_FD = 1;
    public static final int PSEUDO_MAP_VALUE = 2;
    public static final int PSEUDO_BTF_ID = 3;
    public static final int PSEUDO_FUNC = 4;
    public static final int PSEUDO_MAP_IDX = 5;
    public static final int PSEUDO_MAP_IDX_VALUE = 6;

    // src_reg of call
    public static final int PSEUDO_CALL = 1;
    public static final int PSEUDO_KFUNC_CALL = 2;

    /** The wide instruction {@code lddw} ({@code BPF_LD | BPF_IMM | BPF_DW}). */
    public static final int LDDW = LD | IMM | DW;

    // frequently named opcodes
    public static final int CALL_OP = JMP | CALL;
    public static final int EXIT_OP = JMP | EXIT;
    public static final int JA_OP = JMP | JA;
    public static final int GOTOL_OP = JMP32 | JA;

    public static int cls(int opcode) {
        return opcode & 0x07;
    }

    public static int op(int opcode) {
        return opcode & 0xf0;
    }

    public static int source(int opcode) {
        return opcode & 0x08;
    }

    public static int size(int opcode) {
        return opcode & 0x18;
    }

    public static int mode(int opcode) {
        return opcode & 0xe0;
    }

    public static boolean isAlu(int opcode) {
        int c = cls(opcode);
        return c == ALU || c == ALU64;
    }

    public static boolean isJump(int opcode) {
        int c = cls(opcode);
        return c == JMP || c == JMP32;
    }

    /** Bytes moved by a load or store of this size field. */
    public static int sizeBytes(int opcode) {
        return switch (size(opcode)) {
            case W -> 4;
            case H -> 2;
            case B -> 1;
            default -> 8;
        };
    }

    private static final boolean[] VALID = buildTable();

    /**
     * Whether Linux knows this opcode byte: the kernel's {@code bpf_opcode_in_insntable} plus the cpu-v4
     * forms (which share opcode bytes with older ones and differ in {@code offset}).
     */
    public static boolean isKnown(int opcode) {
        return opcode >= 0 && opcode < 256 && VALID[opcode];
    }

    private static boolean[] buildTable() {
        boolean[] t = new boolean[256];
        int[] aluOps = {ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, MOD, XOR, MOV, ARSH};
        for (int cls : new int[] {ALU, ALU64}) {
            for (int op : aluOps) {
                t[cls | op | K] = true;
                t[cls | op | X] = true;
            }
            t[cls | NEG | K] = true;
        }
        t[ALU | END | TO_LE] = true;
        t[ALU | END | TO_BE] = true;
        t[ALU64 | END | TO_LE] = true; // bswap
        int[] condOps = {JEQ, JGT, JGE, JSET, JNE, JSGT, JSGE, JLT, JLE, JSLT, JSLE};
        for (int cls : new int[] {JMP, JMP32}) {
            for (int op : condOps) {
                t[cls | op | K] = true;
                t[cls | op | X] = true;
            }
        }
        t[JMP | JA | K] = true;
        t[JMP32 | JA | K] = true; // gotol
        t[JMP | CALL | K] = true;
        t[JMP | EXIT | K] = true;
        t[JMP | JCOND | K] = true; // may_goto
        t[LDDW] = true;
        for (int size : new int[] {W, H, B}) {
            t[LD | ABS | size] = true;
            t[LD | IND | size] = true;
            t[LDX | MEMSX | size] = true;
        }
        for (int size : new int[] {W, H, B, DW}) {
            t[LDX | MEM | size] = true;
            t[ST | MEM | size] = true;
            t[STX | MEM | size] = true;
            t[STX | ATOMIC | size] = true; // B/H only for load-acquire/store-release
        }
        return t;
    }
}
