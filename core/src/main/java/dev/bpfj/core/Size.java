package dev.bpfj.core;

/** Width of a memory access. */
public enum Size {
    B(Opcodes.B, 1),
    H(Opcodes.H, 2),
    W(Opcodes.W, 4),
    DW(Opcodes.DW, 8);

    private final int code;
    private final int bytes;

    Size(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The size field of the opcode. */
    public int code() {
        return code;
    }

    public int bytes() {
        return bytes;
    }

    /** The C type printed by the disassembler: {@code u8}, {@code u16}, {@code u32}, {@code u64}. */
    public String unsignedName() {
        return "u" + bytes * 8;
    }

    public String signedName() {
        return "s" + bytes * 8;
    }

    public static Size ofCode(int code) {
        return switch (code & 0x18) {
            case Opcodes.B -> B;
            case Opcodes.H -> H;
            case Opcodes.W -> W;
            default -> DW;
        };
    }

    public static Size ofBytes(int bytes) {
        return switch (bytes) {
            case 1 -> B;
            case 2 -> H;
            case 4 -> W;
            case 8 -> DW;
            default -> throw new IllegalArgumentException("no access size of " + bytes + " bytes (1, 2, 4 or 8)");
        };
    }
}
