package dev.bpfj.dsl;

import dev.bpfj.core.btf.BtfType;

/** What a map key or value, or a stack object, holds: a {@link ScalarType} or a {@link Layout}. */
public sealed interface DataType permits ScalarType, Layout {
    /** Size in bytes. */
    int size();

    /** Alignment in bytes. */
    int alignment();

    /** The BTF type describing it in the object. */
    BtfType btf();
}
