package dev.bpfj.emitter.text;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads types in the {@link CTypes} syntax. Holds the definitions seen so far, so one parser reads
 * a whole object text: {@link #define} a named struct, union, enum or typedef, then refer to it in
 * {@link #parseType}. Errors are {@link IllegalArgumentException}s with a one-line message.
 */
public final class TypeParser {
    private final Map<String, BtfType> tagged = new HashMap<>();
    private final Map<String, BtfType> typedefs = new HashMap<>();
    private static final int MAX_DEPTH = 100;
    private int depth;

    private List<String> tokens;
    private int pos;

    /** A whole type expression, e.g. {@code struct flow}, {@code u8[6]}, {@code int (struct xdp_md *ctx)}. */
    public BtfType parseType(String text) {
        start(text);
        BtfType t = type();
        expectEnd();
        return t;
    }

    /** A function prototype, e.g. {@code int (struct xdp_md *ctx)}. */
    public BtfType.FuncProto parseProto(String text) {
        BtfType t = parseType(text);
        if (!(t instanceof BtfType.FuncProto fp)) {
            throw new IllegalArgumentException("'" + text + "' is not a function prototype: write it as RET (PARAMS)");
        }
        return fp;
    }

    /**
     * A definition: {@code struct NAME [size=N] { ... }}, {@code union NAME { ... }},
     * {@code enum NAME : u32 { A = 1 }} or {@code typedef NAME = TYPE}.
     */
    public BtfType define(String text) {
        start(text);
        String kw = peek();
        BtfType t;
        if (kw.equals("typedef")) {
            next();
            String name = ident("a typedef name");
            expect("=");
            if (typedefs.containsKey(name)) {
                throw new IllegalArgumentException("typedef " + name + " is defined twice");
            }
            BtfType target = type();
            t = new BtfType.Typedef(name, target);
            typedefs.put(name, t);
        } else if (kw.equals("struct") || kw.equals("union") || kw.equals("enum")) {
            if (pos + 1 >= tokens.size() || !isIdent(tokens.get(pos + 1))) {
                throw new IllegalArgumentException("a " + kw + " definition needs a name");
            }
            if (tagged.containsKey(kw + " " + tokens.get(pos + 1))) {
                throw new IllegalArgumentException(kw + " " + tokens.get(pos + 1) + " is defined twice");
            }
            t = base();
            if (!tagged.containsKey(kw + " " + t.name())) {
                throw new IllegalArgumentException(kw + " " + t.name() + " needs a body { ... }");
            }
        } else {
            throw new IllegalArgumentException("a definition starts with struct, union, enum or typedef, not '" + kw + "'");
        }
        expectEnd();
        return t;
    }

    // ---- tokens ----

    private void start(String text) {
        tokens = tokenize(text);
        pos = 0;
    }

    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (text.startsWith("...", i)) {
                out.add("...");
                i += 3;
            } else if (Character.isLetter(c) || c == '_' || c == '.') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '.')) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else if (c == '"') {
                StringBuilder sb = new StringBuilder("\"");
                int j = i + 1;
                while (j < n && text.charAt(j) != '"') {
                    char d = text.charAt(j);
                    if (d == '\\' && j + 1 < n) {
                        char e = text.charAt(++j);
                        switch (e) {
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            case 'x' -> {
                                if (j + 2 >= n) {
                                    throw new IllegalArgumentException("bad \\x escape in " + text);
                                }
                                sb.append((char) Integer.parseInt(text.substring(j + 1, j + 3), 16));
                                j += 2;
                            }
                            default -> sb.append(e);
                        }
                    } else {
                        sb.append(d);
                    }
                    j++;
                }
                if (j >= n) {
                    throw new IllegalArgumentException("unterminated string in " + text);
                }
                out.add(sb.toString());
                i = j + 1;
            } else if ("{}[]();,:=*@".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' in type '" + text + "'");
            }
        }
        return out;
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : "";
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new IllegalArgumentException("the type ends too early");
        }
        return tokens.get(pos++);
    }

    private void expect(String tok) {
        String got = pos < tokens.size() ? tokens.get(pos) : "end of type";
        if (!got.equals(tok)) {
            throw new IllegalArgumentException("expected '" + tok + "' but found '" + got + "'");
        }
        pos++;
    }

    private void expectEnd() {
        if (pos < tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + tokens.get(pos) + "' after the type");
        }
    }

    private static boolean isIdent(String t) {
        return !t.isEmpty() && (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_' || (t.charAt(0) == '.' && !t.equals("...")));
    }

    private String ident(String what) {
        String t = next();
        if (!isIdent(t)) {
            throw new IllegalArgumentException("expected " + what + " but found '" + t + "'");
        }
        return t;
    }

    private long number() {
        String t = next();
        try {
            boolean neg = t.startsWith("-");
            String body = neg ? t.substring(1) : t;
            long v = body.startsWith("0x") || body.startsWith("0X") ? Long.parseUnsignedLong(body.substring(2), 16)
                    : Long.parseLong(body);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number but found '" + t + "'");
        }
    }

    private int count(String what) {
        long v = number();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " " + v + " is out of range");
        }
        return (int) v;
    }

    private String string() {
        String t = next();
        if (!t.startsWith("\"")) {
            throw new IllegalArgumentException("expected a quoted string but found '" + t + "'");
        }
        return t.substring(1);
    }

    // ---- grammar ----

    private static final Set<String> INT_WORDS = Set.of("unsigned", "signed", "short", "long", "int", "char", "_Bool",
            "__int128");

    private boolean isQualifier(String t) {
        return t.equals("const") || t.equals("volatile") || t.equals("restrict") || t.equals("__tag");
    }

    private BtfType.Qualifier qualify(String q, BtfType inner) {
        return switch (q) {
            case "const" -> new BtfType.Qualifier(BtfType.KIND_CONST, "", inner);
            case "volatile" -> new BtfType.Qualifier(BtfType.KIND_VOLATILE, "", inner);
            case "restrict" -> new BtfType.Qualifier(BtfType.KIND_RESTRICT, "", inner);
            default -> {
                expect("(");
                String tag = string();
                expect(")");
                yield new BtfType.Qualifier(BtfType.KIND_TYPE_TAG, tag, inner);
            }
        };
    }

    private BtfType type() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("types nest deeper than " + MAX_DEPTH);
        }
        try {
            return typeBody();
        } finally {
            depth--;
        }
    }

    private BtfType typeBody() {
        List<String> prefix = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        while (isQualifier(peek())) {
            String q = next();
            prefix.add(q);
            if (q.equals("__tag")) {
                expect("(");
                tags.add(string());
                expect(")");
            }
        }
        BtfType t = base();
        int tag = tags.size();
        for (int i = prefix.size() - 1; i >= 0; i--) {
            String q = prefix.get(i);
            t = q.equals("__tag") ? new BtfType.Qualifier(BtfType.KIND_TYPE_TAG, tags.get(--tag), t) : qualify(q, t);
        }
        while (true) {
            String s = peek();
            if (s.equals("*")) {
                next();
                t = new BtfType.Ptr(t);
            } else if (s.equals("[")) {
                next();
                int n = count("array length");
                expect("]");
                t = new BtfType.Array(t, n);
            } else if (s.equals("(")) {
                next();
                t = new BtfType.FuncProto(t, params());
            } else if (isQualifier(s)) {
                next();
                t = qualify(s, t);
            } else {
                return t;
            }
        }
    }

    private List<BtfType.Param> params() {
        List<BtfType.Param> out = new ArrayList<>();
        if (peek().equals(")")) {
            next();
            return out;
        }
        while (true) {
            if (peek().equals("...")) {
                next();
                out.add(new BtfType.Param("", BtfType.Void.INSTANCE));
            } else {
                BtfType t = type();
                String name = isIdent(peek()) ? next() : "";
                out.add(new BtfType.Param(name, t));
            }
            String s = next();
            if (s.equals(")")) {
                return out;
            }
            if (!s.equals(",")) {
                throw new IllegalArgumentException("expected ',' or ')' in a parameter list but found '" + s + "'");
            }
        }
    }

    private BtfType base() {
        String t = next();
        switch (t) {
            case "void":
                return BtfType.Void.INSTANCE;
            case "struct", "union":
                return struct(t.equals("union"));
            case "enum":
                return enumType();
            case "__btf_int": {
                expect("(");
                String name = string();
                expect(",");
                int size = count("size");
                expect(",");
                int bits = count("bits");
                expect(",");
                int offset = count("bit offset");
                expect(",");
                String enc = next();
                expect(")");
                int encoding = switch (enc) {
                    case "none" -> 0;
                    case "signed" -> BtfType.Int.SIGNED;
                    case "char" -> BtfType.Int.CHAR;
                    case "bool" -> BtfType.Int.BOOL;
                    default -> {
                        try {
                            yield Integer.parseInt(enc);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("unknown integer encoding '" + enc + "'");
                        }
                    }
                };
                return new BtfType.Int(name, size, encoding, bits, offset);
            }
            case "__btf_float": {
                expect("(");
                String name = string();
                expect(",");
                int size = count("size");
                expect(")");
                return new BtfType.Float(name, size);
            }
            case "float":
                return new BtfType.Float("float", 4);
            case "double":
                return new BtfType.Float("double", 8);
            default:
                break;
        }
        if (t.equals("long") && peek().equals("double")) {
            next();
            return new BtfType.Float("long double", 16);
        }
        if (INT_WORDS.contains(t)) {
            StringBuilder name = new StringBuilder(t);
            while (INT_WORDS.contains(peek())) {
                name.append(' ').append(next());
            }
            String n = name.toString();
            if (n.equals("unsigned") || n.equals("signed")) {
                n += " int";
            }
            BtfType.Int i = CTypes.INTS.get(n);
            if (i == null) {
                throw new IllegalArgumentException("unknown integer type '" + n + "'");
            }
            return i;
        }
        if (!isIdent(t)) {
            throw new IllegalArgumentException("expected a type but found '" + t + "'");
        }
        BtfType td = typedefs.get(t);
        if (td != null) {
            return td;
        }
        td = CTypes.BUILTIN_TYPEDEFS.get(t);
        if (td != null) {
            return td;
        }
        td = CTypes.SHORTHANDS.get(t);
        if (td != null) {
            return td;
        }
        throw new IllegalArgumentException("unknown type '" + t + "' (define it with .typedef, .struct, .union or .enum)");
    }

    private BtfType struct(boolean union) {
        String kw = union ? "union" : "struct";
        boolean sizeAttribute = peek().equals("size") && "=".equals(peekAt(1));
        String name = isIdent(peek()) && !sizeAttribute ? next() : "";
        Integer size = null;
        if (peek().equals("size") && "=".equals(peekAt(1))) {
            next();
            next();
            size = count("struct size");
        }
        if (!peek().equals("{")) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("an anonymous " + kw + " needs a body { ... }");
            }
            BtfType known = tagged.get(kw + " " + name);
            return known != null ? known : new BtfType.Fwd(name, union);
        }
        next();
        String key = kw + " " + name;
        if (!name.isEmpty() && tagged.containsKey(key)) {
            throw new IllegalArgumentException(key + " is defined twice");
        }
        // until the body is read, the name refers to a forward declaration: how a struct points to itself
        if (++depth > MAX_DEPTH) {
            throw new IllegalArgumentException("types nest deeper than " + MAX_DEPTH);
        }
        try {
            List<Member> members = new ArrayList<>();
            List<Boolean> placed = new ArrayList<>();
            while (!peek().equals("}")) {
                if (pos >= tokens.size()) {
                    throw new IllegalArgumentException(key + ": missing '}'");
                }
                member(members, placed);
            }
            next();
            members = layout(members, placed, union);
            int s = size != null ? size : CTypes.naturalLayout(members, union).size();
            BtfType.Struct st = new BtfType.Struct(name, s, members, union);
            if (!name.isEmpty()) {
                tagged.put(key, st);
            }
            return st;
        } finally {
            depth--;
        }
    }

    private String peekAt(int ahead) {
        return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : "";
    }

    private void member(List<Member> members, List<Boolean> placed) {
        BtfType t = type();
        String name = isIdent(peek()) && !peek().equals("@") ? next() : "";
        List<Integer> dims = new ArrayList<>();
        while (peek().equals("[")) {
            next();
            dims.add(count("array length"));
            expect("]");
        }
        for (int i = dims.size() - 1; i >= 0; i--) {
            t = new BtfType.Array(t, dims.get(i));
        }
        int bits = 0;
        if (peek().equals(":")) {
            next();
            bits = count("bitfield width");
        }
        int offset = -1;
        if (peek().equals("@")) {
            next();
            if (peek().equals("bit")) {
                next();
                offset = count("bit offset");
            } else {
                long bytes = count("byte offset");
                if (bytes * 8 > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("offset " + bytes + " is out of range");
                }
                offset = (int) bytes * 8;
            }
        }
        expect(";");
        members.add(new Member(name, t, Math.max(0, offset), bits));
        placed.add(offset >= 0);
    }

    /** Members without an explicit offset go where C would put them. */
    private static List<Member> layout(List<Member> members, List<Boolean> placed, boolean union) {
        List<Member> out = new ArrayList<>();
        long bitCursor = 0;
        for (int k = 0; k < members.size(); k++) {
            Member m = members.get(k);
            long offset;
            if (placed.get(k) || union) {
                offset = m.bitOffset();
            } else if (m.bitfieldSize() != 0) {
                offset = bitCursor;
            } else {
                int a = CTypes.alignOf(m.type()) * 8;
                offset = (bitCursor + a - 1) / a * a;
            }
            long size = m.bitfieldSize() != 0 ? m.bitfieldSize() : Math.max(0, m.type().size()) * 8L;
            if (offset + size > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("member '" + m.name() + "' lies beyond 2^31 bits");
            }
            bitCursor = Math.max(bitCursor, offset + size);
            out.add(new Member(m.name(), m.type(), (int) offset, m.bitfieldSize()));
        }
        return out;
    }

    private BtfType enumType() {
        String name = isIdent(peek()) ? next() : "";
        int size = 4;
        boolean signed = false;
        boolean sized = false;
        if (peek().equals(":")) {
            next();
            BtfType base = type();
            if (!(base.resolve() instanceof BtfType.Int i) || (i.size() != 1 && i.size() != 2 && i.size() != 4
                    && i.size() != 8)) {
                throw new IllegalArgumentException("an enum's underlying type must be an integer of 1, 2, 4 or 8 bytes");
            }
            size = i.size();
            signed = i.isSigned();
            sized = true;
        }
        if (!peek().equals("{")) {
            BtfType known = tagged.get("enum " + name);
            if (known == null || sized) {
                throw new IllegalArgumentException("enum " + name + " is not defined; define it with .enum NAME : u32 { ... }");
            }
            return known;
        }
        next();
        List<BtfType.Enumerator> values = new ArrayList<>();
        while (!peek().equals("}")) {
            String n = ident("an enumerator name");
            expect("=");
            values.add(new BtfType.Enumerator(n, number()));
            if (peek().equals(",")) {
                next();
            } else if (!peek().equals("}")) {
                throw new IllegalArgumentException("expected ',' or '}' after enumerator " + n);
            }
        }
        next();
        BtfType.Enum e = new BtfType.Enum(name, size, signed, values);
        if (!name.isEmpty()) {
            tagged.put("enum " + name, e);
        }
        return e;
    }
}
