package dev.bpfj.dsl;

import java.util.Objects;

/**
 * A named member of a {@link Layout}: a scalar ({@code u8}…{@code u64}, network-order types) or a
 * byte range (a MAC or IPv6 address). {@code S} ties the field to its layout, so a view of an
 * Ethernet header accepts only Ethernet fields.
 *
 * @param <S> the layout's marker type
 */
public final class Field<S> {
    private final String name;
    private final int offset;
    private final ScalarType type;
    private final int length;
    private final int bitShift;
    private final int bitWidth;

    Field(String name, int offset, ScalarType type, int length, int bitShift, int bitWidth) {
        this.name = Objects.requireNonNull(name, "name");
        this.offset = offset;
        this.type = type;
        this.length = length;
        this.bitShift = bitShift;
        this.bitWidth = bitWidth;
    }

    public String name() {
        return name;
    }

    /** Byte offset from the start of the layout. */
    public int offset() {
        return offset;
    }

    /** The scalar type, or null for a byte range. */
    public ScalarType type() {
        return type;
    }

    /** Length in bytes. */
    public int length() {
        return length;
    }

    public boolean isScalar() {
        return type != null;
    }

    /** Whether this is a bit field inside a byte ({@code ihl}, {@code version}, {@code doff}). */
    public boolean isBits() {
        return bitWidth > 0;
    }

    /** Bits to shift right to reach a bit field's value. */
    public int bitShift() {
        return bitShift;
    }

    /** Width of a bit field, 0 for a whole field. */
    public int bitWidth() {
        return bitWidth;
    }

    /** The field {@code delta} bytes further on (for repeated structures such as VLAN tags). */
    public Field<S> shifted(int delta) {
        return new Field<>(name, offset + delta, type, length, bitShift, bitWidth);
    }

    @Override
    public String toString() {
        return name + "@" + offset + (type != null ? ":" + type : "[" + length + "]")
                + (bitWidth > 0 ? "{" + bitShift + "+" + bitWidth + "}" : "");
    }
}
