package dev.bpfj.maven.skeleton;

import java.util.Locale;
import java.util.Set;

/** Turns C identifiers into Java ones: {@code flow_key} → {@code FlowKey} / {@code flowKey}. */
final class JavaNames {
    private JavaNames() {}

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "var", "yield", "sealed", "permits",
            "hashCode", "equals", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

    static String typeName(String cName) {
        String camel = camel(cName, true);
        return camel.isEmpty() ? "Anonymous" : camel;
    }

    static String fieldName(String cName) {
        String camel = camel(cName, false);
        if (camel.isEmpty()) {
            return "field";
        }
        return KEYWORDS.contains(camel) ? camel + "_" : camel;
    }

    /** {@code drop_counts} → {@code DROP_COUNTS}, for constants. */
    static String constantName(String cName) {
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (char c : cName.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                c = '_';
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                sb.append('_');
            }
            sb.append(Character.toUpperCase(c));
            prev = c;
        }
        String s = sb.toString().replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
            s = "M_" + s;
        }
        return s;
    }

    private static String camel(String cName, boolean upperFirst) {
        StringBuilder sb = new StringBuilder();
        boolean upper = upperFirst;
        for (char c : cName.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = sb.length() > 0 || upperFirst;
                continue;
            }
            if (sb.length() == 0 && Character.isDigit(c)) {
                sb.append(upperFirst ? 'T' : 'f');
            }
            sb.append(upper ? Character.toUpperCase(c) : sb.length() == 0 ? Character.toLowerCase(c) : c);
            upper = false;
        }
        return sb.toString();
    }

    /** {@code xdp_counter.bpf.o} → {@code XdpCounter}. */
    static String objectName(String fileName) {
        String base = fileName;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        for (String suffix : new String[] {".o", ".bpf", ".elf"}) {
            if (base.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                base = base.substring(0, base.length() - suffix.length());
            }
        }
        return typeName(base);
    }
}
