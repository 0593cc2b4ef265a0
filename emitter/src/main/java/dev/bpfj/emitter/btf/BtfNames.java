package dev.bpfj.emitter.btf;

/** The kernel's naming rules for BTF ({@code kernel/bpf/btf.c}). */
public final class BtfNames {
    private BtfNames() {}

    /** {@code KSYM_NAME_LEN - 1}: the longest name the kernel accepts. */
    public static final int MAX_NAME = 511;

    /**
     * An identifier as {@code btf_name_valid_identifier} accepts it: letters, digits, {@code _} and
     * {@code .}, not starting with a digit.
     */
    public static boolean isIdentifier(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_NAME) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '_' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A section name as {@code btf_name_valid_section} accepts it: printable ASCII, not empty. */
    public static boolean isSectionName(String s) {
        if (s == null || s.isEmpty() || s.length() > MAX_NAME) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
