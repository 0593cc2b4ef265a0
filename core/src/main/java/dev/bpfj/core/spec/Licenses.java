package dev.bpfj.core.spec;

import java.util.Set;

/** The kernel's list of GPL-compatible license strings ({@code include/linux/license.h}). */
public final class Licenses {
    private Licenses() {}

    private static final Set<String> GPL_COMPATIBLE = Set.of(
            "GPL", "GPL v2", "GPL and additional rights", "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL");

    public static boolean isGplCompatible(String license) {
        return license != null && GPL_COMPATIBLE.contains(license);
    }
}
