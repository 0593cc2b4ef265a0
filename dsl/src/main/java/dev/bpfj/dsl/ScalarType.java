package dev.bpfj.dsl;

import dev.bpfj.core.Size;
import dev.bpfj.core.btf.BtfType;

/**
 * An integer type: width, signedness and byte order. Network-order types ({@link #BE16},
 * {@link #BE32}, {@link #BE64}) are what header fields hold; comparing one with a Java constant
 * converts the constant at build time (as {@code bpf_htons} does in C), arithmetic converts the
 * field to host order first.
 */
public final class ScalarType implements DataType, Param {
    public static final ScalarType U8 = new ScalarType(1, false, false, "u8", BtfType.Typedef.U8);
    public static final ScalarType U16 = new ScalarType(2, false, false, "u16", BtfType.Typedef.U16);
    public static final ScalarType U32 = new ScalarType(4, false, false, "u32", BtfType.Typedef.U32);
    public static final ScalarType U64 = new ScalarType(8, false, false, "u64", BtfType.Typedef.U64);
    public static final ScalarType S8 = new ScalarType(1, true, false, "s8", new BtfType.Typedef("__s8", BtfType.Int.S8));
    public static final ScalarType S16 = new ScalarType(2, true, false, "s16", new BtfType.Typedef("__s16", BtfType.Int.S16));
    public static final ScalarType S32 = new ScalarType(4, true, false, "s32", BtfType.Typedef.S32);
    public static final ScalarType S64 = new ScalarType(8, true, false, "s64", BtfType.Typedef.S64);
    /** A 16-bit field in network byte order ({@code __be16}). */
    public static final ScalarType BE16 = new ScalarType(2, false, true, "be16", new BtfType.Typedef("__be16", BtfType.Typedef.U16));
    /** A 32-bit field in network byte order ({@code __be32}). */
    public static final ScalarType BE32 = new ScalarType(4, false, true, "be32", new BtfType.Typedef("__be32", BtfType.Typedef.U32));
    /** A 64-bit field in network byte order ({@code __be64}). */
    public static final ScalarType BE64 = new ScalarType(8, false, true, "be64", new BtfType.Typedef("__be64", BtfType.Typedef.U64));

    private final int size;
    private final boolean signed;
    private final boolean bigEndian;
    private final String name;
    private final BtfType btf;

    private ScalarType(int size, boolean signed, boolean bigEndian, String name, BtfType btf) {
        this.size = size;
        this.signed = signed;
        this.bigEndian = bigEndian;
        this.name = name;
        this.btf = btf;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int alignment() {
        return size;
    }

    public boolean signed() {
        return signed;
    }

    /** Whether values are stored in network (big-endian) byte order. */
    public boolean bigEndian() {
        return bigEndian;
    }

    public int bits() {
        return size * 8;
    }

    /** The memory access size. */
    public Size accessSize() {
        return Size.ofBytes(size);
    }

    /** The host-order type of the same width ({@code BE16} gives {@code U16}). */
    public ScalarType host() {
        return bigEndian ? unsigned(size) : this;
    }

    /** The network-order type of the same width ({@code U16} gives {@code BE16}; {@code U8} stays). */
    public ScalarType network() {
        return switch (size) {
            case 2 -> BE16;
            case 4 -> BE32;
            case 8 -> BE64;
            default -> this;
        };
    }

    @Override
    public BtfType btf() {
        return btf;
    }

    public static ScalarType unsigned(int bytes) {
        return switch (bytes) {
            case 1 -> U8;
            case 2 -> U16;
            case 4 -> U32;
            case 8 -> U64;
            default -> throw new IllegalArgumentException("no unsigned type of " + bytes + " bytes");
        };
    }

    /** Truncates {@code v} to this type's width and extends it back as a register would hold it. */
    long normalize(long v) {
        if (size == 8) {
            return v;
        }
        int shift = 64 - bits();
        return signed ? (v << shift) >> shift : (v << shift) >>> shift;
    }

    /** The constant as it is stored: byte-swapped for network-order types. */
    long toStored(long v) {
        if (!bigEndian) {
            return normalize(v);
        }
        return switch (size) {
            case 2 -> Short.reverseBytes((short) v) & 0xffffL;
            case 4 -> Integer.reverseBytes((int) v) & 0xffffffffL;
            default -> Long.reverseBytes(v);
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
