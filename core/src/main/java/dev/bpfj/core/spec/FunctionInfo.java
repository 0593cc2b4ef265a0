package dev.bpfj.core.spec;

import dev.bpfj.core.btf.BtfType;
import java.util.Objects;

/**
 * A function inside a program: the entry function at slot 0, or a bpf-to-bpf subprogram appended
 * after it. Each becomes a {@code bpf_func_info} record and a BTF {@code FUNC}.
 *
 * @param name the function's symbol name
 * @param slot the slot index of its first instruction within the program
 * @param proto its BTF prototype, or null to let the writer derive a generic one
 * @param linkage {@code GLOBAL} functions are verified independently by the kernel; {@code STATIC}
 *        ones in each caller's context
 */
public record FunctionInfo(String name, int slot, BtfType.FuncProto proto, BtfType.Linkage linkage) {
    public FunctionInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(linkage, "linkage");
        if (slot < 0) {
            throw new IllegalArgumentException("negative slot " + slot);
        }
    }

    public FunctionInfo(String name, int slot) {
        this(name, slot, null, slot == 0 ? BtfType.Linkage.GLOBAL : BtfType.Linkage.STATIC);
    }
}
