package dev.bpfj.emitter.text;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints BTF types in the {@link CTypes} syntax, collecting the definitions of the named structs,
 * unions, enums and typedefs they use (dependencies first) for the object text's header.
 */
public final class TypePrinter {
    private final Map<String, String> definitions = new LinkedHashMap<>();
    private final Map<String, BtfType> defined = new LinkedHashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    /** Definitions collected so far, each a directive body: {@code struct flow { ... }}. */
    public List<String> definitions() {
        return new ArrayList<>(definitions.values());
    }

    /** The type as an expression, e.g. {@code struct flow}, {@code u8[6]}, {@code const char *}. */
    public String print(BtfType t) {
        return switch (t) {
            case BtfType.Void v -> "void";
            case BtfType.Int i -> printInt(i);
            case BtfType.Ptr p -> print(p.target()) + " *";
            case BtfType.Array a -> print(a.element()) + "[" + a.count() + "]";
            case BtfType.Struct s -> {
                String kw = s.union() ? "union" : "struct";
                if (s.name().isEmpty()) {
                    yield kw + body(s);
                }
                define(kw + " " + s.name(), s, () -> kw + " " + s.name() + body(s));
                yield kw + " " + s.name();
            }
            case BtfType.Enum e -> {
                if (e.name().isEmpty()) {
                    yield "enum" + enumBody(e);
                }
                define("enum " + e.name(), e, () -> "enum " + e.name() + enumBody(e));
                yield "enum " + e.name();
            }
            case BtfType.Fwd f -> (f.union() ? "union " : "struct ") + f.name();
            case BtfType.Typedef td -> {
                BtfType.Typedef builtin = CTypes.BUILTIN_TYPEDEFS.get(td.name());
                if (builtin == null || !builtin.equals(td)) {
                    define("typedef " + td.name(), td, () -> "typedef " + td.name() + " = " + print(td.type()));
                }
                yield td.name();
            }
            case BtfType.Qualifier q -> baseLike(q.type()) ? qualifier(q) + " " + print(q.type())
                    : print(q.type()) + " " + qualifier(q);
            case BtfType.FuncProto fp -> {
                StringBuilder sb = new StringBuilder(print(fp.returnType())).append(" (");
                for (int i = 0; i < fp.params().size(); i++) {
                    BtfType.Param p = fp.params().get(i);
                    if (i > 0) {
                        sb.append(", ");
                    }
                    if (p.type() instanceof BtfType.Void && p.name().isEmpty()) {
                        sb.append("...");
                    } else {
                        sb.append(declare(print(p.type()), p.name()));
                    }
                }
                yield sb.append(')').toString();
            }
            case BtfType.Float f -> floatName(f);
            case BtfType.Func f -> throw new IllegalArgumentException("a FUNC is not a value type: " + f);
            case BtfType.Var v -> throw new IllegalArgumentException("a VAR is not a value type: " + v);
            case BtfType.Datasec d -> throw new IllegalArgumentException("a DATASEC is not a value type: " + d);
            case BtfType.DeclTag d -> throw new IllegalArgumentException("a declaration tag is not a value type");
        };
    }

    /** {@code char *name}, {@code __u32 name}: a type followed by a name, C style. */
    private static String declare(String type, String name) {
        if (name.isEmpty()) {
            return type;
        }
        return type.endsWith("*") ? type + name : type + " " + name;
    }

    private void define(String key, BtfType t, java.util.function.Supplier<String> body) {
        if (defined.containsKey(key) || inProgress.contains(key)) {
            return; // first definition of a name wins; one in progress refers to itself
        }
        inProgress.add(key);
        try {
            String text = body.get();
            defined.put(key, t);
            definitions.put(key, text);
        } finally {
            inProgress.remove(key);
        }
    }

    static boolean baseLike(BtfType t) {
        return switch (t) {
            case BtfType.Int i -> true;
            case BtfType.Struct s -> true;
            case BtfType.Enum e -> true;
            case BtfType.Typedef td -> true;
            case BtfType.Fwd f -> true;
            case BtfType.Void v -> true;
            case BtfType.Float f -> true;
            case BtfType.Qualifier q -> baseLike(q.type());
            default -> false;
        };
    }

    private static String qualifier(BtfType.Qualifier q) {
        return switch (q.kind()) {
            case BtfType.KIND_CONST -> "const";
            case BtfType.KIND_VOLATILE -> "volatile";
            case BtfType.KIND_RESTRICT -> "restrict";
            default -> "__tag(" + CTypes.quote(q.name()) + ")";
        };
    }

    private static String printInt(BtfType.Int i) {
        BtfType.Int known = CTypes.INTS.get(i.name());
        if (i.equals(known)) {
            return i.name();
        }
        String enc = switch (i.encoding()) {
            case 0 -> "none";
            case BtfType.Int.SIGNED -> "signed";
            case BtfType.Int.CHAR -> "char";
            case BtfType.Int.BOOL -> "bool";
            default -> Integer.toString(i.encoding());
        };
        return "__btf_int(" + CTypes.quote(i.name()) + ", " + i.size() + ", " + i.bits() + ", " + i.bitOffset() + ", "
                + enc + ")";
    }

    private static String floatName(BtfType.Float f) {
        if ((f.name().equals("float") && f.size() == 4) || (f.name().equals("double") && f.size() == 8)
                || (f.name().equals("long double") && f.size() == 16)) {
            return f.name();
        }
        return "__btf_float(" + CTypes.quote(f.name()) + ", " + f.size() + ")";
    }

    private String body(BtfType.Struct s) {
        CTypes.Layout natural = CTypes.naturalLayout(s.members(), s.union());
        boolean bitfields = s.members().stream().anyMatch(m -> m.bitfieldSize() != 0);
        boolean explicit = bitfields || natural.size() != s.size();
        for (int k = 0; !explicit && k < s.members().size(); k++) {
            explicit = s.members().get(k).bitOffset() != natural.bitOffsets().get(k);
        }
        StringBuilder sb = new StringBuilder();
        if (explicit) {
            sb.append(" size=").append(s.size());
        }
        sb.append(" {");
        for (Member m : s.members()) {
            sb.append(' ').append(member(m, explicit)).append(';');
        }
        return sb.append(" }").toString();
    }

    private String member(Member m, boolean explicit) {
        BtfType t = m.type();
        StringBuilder dims = new StringBuilder();
        while (t instanceof BtfType.Array a && a.index().equals(BtfType.Array.ARRAY_INDEX)) {
            dims.append('[').append(a.count()).append(']');
            t = a.element();
        }
        StringBuilder sb = new StringBuilder(declare(print(t), m.name()));
        sb.append(dims);
        if (m.bitfieldSize() != 0) {
            sb.append(':').append(m.bitfieldSize());
        }
        if (explicit) {
            if (m.bitfieldSize() != 0 || m.bitOffset() % 8 != 0) {
                sb.append(" @bit ").append(m.bitOffset());
            } else {
                sb.append(" @").append(m.bitOffset() / 8);
            }
        }
        return sb.toString();
    }

    private static String enumBody(BtfType.Enum e) {
        String base = (e.signed() ? "s" : "u") + (e.size() * 8);
        StringBuilder sb = new StringBuilder(" : ").append(base).append(" {");
        for (int i = 0; i < e.values().size(); i++) {
            BtfType.Enumerator en = e.values().get(i);
            sb.append(i == 0 ? " " : ", ").append(en.name()).append(" = ").append(en.value());
        }
        return sb.append(" }").toString();
    }
}
