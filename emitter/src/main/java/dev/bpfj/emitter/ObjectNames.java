package dev.bpfj.emitter;

import dev.bpfj.core.BpfException;
import dev.bpfj.emitter.btf.BtfNames;
import java.util.Set;

/**
 * The names an object may use, checked before anything is written: what the kernel accepts for
 * program and map names ({@code bpf_obj_name_cpy}: letters, digits, {@code _} and {@code .}; only
 * the first 15 characters are kept) and what BTF accepts for FUNC and VAR names.
 */
public final class ObjectNames {
    private ObjectNames() {}

    /** Characters of an object name the kernel keeps ({@code BPF_OBJ_NAME_LEN} - 1). */
    public static final int KERNEL_NAME_LENGTH = 15;

    private static final Set<String> RESERVED_SECTIONS = Set.of(".text", ".maps", "maps", "license", "version", ".BTF",
            ".BTF.ext", ".symtab", ".strtab", ".shstrtab", ".llvm_addrsig", ".kconfig", ".ksyms", ".struct_ops",
            ".struct_ops.link");

    /** Whether a name is a program, function or map name the kernel and BTF both accept. */
    public static boolean isValidName(String name) {
        return BtfNames.isIdentifier(name);
    }

    private static String rule(String what, String name) {
        return what + " name '" + name + "' is not valid: use letters, digits, '_' and '.', not starting with a digit"
                + " (the kernel keeps the first " + KERNEL_NAME_LENGTH + " characters)";
    }

    public static void checkFunction(String name) {
        if (!isValidName(name)) {
            throw new BpfException(rule("program/function", name));
        }
    }

    public static void checkMap(String name) {
        if (!isValidName(name)) {
            throw new BpfException(rule("map", name));
        }
    }

    /** A data-section map is named after its section: {@code .rodata}, {@code .data.foo}, {@code .bss}. */
    public static void checkDataSection(String name) {
        boolean prefix = name.startsWith(".rodata") || name.startsWith(".data") || name.startsWith(".bss");
        if (!prefix || !name.chars().allMatch(c -> c == '_' || c == '.' || Character.isLetterOrDigit(c) && c < 128)) {
            throw new BpfException("data section map '" + name + "' must be named after its section: .rodata, .data or"
                    + " .bss, optionally followed by a suffix of letters, digits, '_' and '.'");
        }
    }

    /** A program section: printable, not empty, not a section with another meaning. */
    public static void checkProgramSection(String program, String section) {
        if (!BtfNames.isSectionName(section) || section.contains(" ")) {
            throw new BpfException("program '" + program + "': section name '" + section
                    + "' must be non-empty printable ASCII without spaces");
        }
        if (RESERVED_SECTIONS.contains(section) || section.startsWith(".rel") || section.startsWith(".data")
                || section.startsWith(".rodata") || section.startsWith(".bss") || section.startsWith(".debug")) {
            throw new BpfException("program '" + program + "': section '" + section
                    + "' has another meaning in an object; name the section after the program type, e.g. \"xdp\"");
        }
    }
}
