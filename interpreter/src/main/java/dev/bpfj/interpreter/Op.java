package dev.bpfj.interpreter;

/**
 * The interpreter's own operation numbers. Below 256 they are the opcode byte itself where the byte
 * alone says what to do; the variants the kernel selects with {@code offset} or {@code imm} (signed
 * division, sign-extending moves, byte swaps of each width, calls of each kind) get numbers of
 * their own so the loop dispatches on one dense switch.
 */
final class Op {
    private Op() {}

    static final int SDIV64_K = 0x100;
    static final int SDIV64_X = 0x101;
    static final int SMOD64_K = 0x102;
    static final int SMOD64_X = 0x103;
    static final int SDIV32_K = 0x104;
    static final int SDIV32_X = 0x105;
    static final int SMOD32_K = 0x106;
    static final int SMOD32_X = 0x107;
    static final int MOVSX64_8 = 0x108;
    static final int MOVSX64_16 = 0x109;
    static final int MOVSX64_32 = 0x10a;
    static final int MOVSX32_8 = 0x10b;
    static final int MOVSX32_16 = 0x10c;
    static final int LE16 = 0x10d;
    static final int LE32 = 0x10e;
    static final int LE64 = 0x10f;
    static final int BE16 = 0x110;
    static final int BE32 = 0x111;
    static final int BE64 = 0x112;
    static final int BSWAP16 = 0x113;
    static final int BSWAP32 = 0x114;
    static final int BSWAP64 = 0x115;
    static final int CALL_HELPER = 0x116;
    static final int CALL_LOCAL = 0x117;
    static final int TAIL_CALL = 0x118;
    /** {@code lddw} with its value resolved at decode time (constant, map handle, value or code address). */
    static final int LDDW = 0x119;
    static final int ATOMIC32 = 0x11a;
    static final int ATOMIC64 = 0x11b;
    /** {@code load_acquire} / {@code store_release} of any size. */
    static final int LOAD_ACQ = 0x11c;
    static final int STORE_REL = 0x11d;
    static final int MAY_GOTO = 0x11e;
    /** An instruction that must not run; {@link Code#invalid} says why. */
    static final int INVALID = 0x11f;
    /** {@code BPF_LD | BPF_ABS} and {@code BPF_LD | BPF_IND} (tc, socket filters); size in {@code off}. */
    static final int LD_ABS = 0x120;
    static final int LD_IND = 0x121;
    static final int COUNT = 0x122;
}
