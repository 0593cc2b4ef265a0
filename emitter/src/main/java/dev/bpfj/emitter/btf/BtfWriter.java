package dev.bpfj.emitter.btf;

import static dev.bpfj.core.btf.BtfType.*;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.emitter.elf.ByteSink;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes {@link BtfType} trees as a {@code .BTF} blob the kernel accepts.
 *
 * <p>Equal types are written once (hash-consing on kind, name, scalars and child ids, so the cost
 * is linear in the number of distinct nodes), a {@link Fwd} is replaced by the struct or union of
 * the same name when exactly one is written (what the reader's cycle breaking undoes), and ids are
 * assigned in pre-order from the roots as clang assigns them. Every type is checked against the
 * kernel's {@code check_meta} rules before it is written, so a mistake is reported here, naming the
 * type, rather than by {@code BPF_BTF_LOAD} or silently by libbpf ("BTF is optional, ignoring").
 *
 * <p>Use: {@link #add} roots and {@link #string} strings (BTF.ext refers to section names, file
 * names and source lines by offsets into this table), then {@link #build} once.
 */
public final class BtfWriter {
    private static final int MAX_DEPTH = 1000;

    private final StringTable strings = new StringTable();
    private final List<BtfType> roots = new ArrayList<>();
    private final boolean externs;
    private final IdentityHashMap<BtfType, Node> byIdentity = new IdentityHashMap<>();
    private final Map<Key, Node> byKey = new HashMap<>();
    private boolean built;

    /** One distinct type: its representative, encoding fields and children. */
    private static final class Node {
        final BtfType type;
        final Node[] children;
        Node fwdTarget;
        int id = -1;

        Node(BtfType type, Node[] children) {
            this.type = type;
            this.children = children;
        }
    }

    private record Key(int kind, String name, List<String> names, List<Long> data, List<Node> children) {}

    /** A writer of BTF the kernel accepts as it is. */
    public BtfWriter() {
        this(false);
    }

    /**
     * @param externs also accept what clang writes for externs and libbpf rewrites before loading:
     *     extern VARs, and DATASECs {@code .ksyms}/{@code .kconfig} of size 0 listing extern FUNCs
     *     and VARs at offset 0 (for {@code .BTF} of object files, never for {@code BPF_BTF_LOAD})
     */
    public BtfWriter(boolean externs) {
        this.externs = externs;
    }

    /** Adds a type to write (with everything it refers to). */
    public BtfWriter add(BtfType type) {
        requireOpen();
        roots.add(type);
        return this;
    }

    /** Adds a string to the string table and returns its offset. */
    public int string(String s) {
        requireOpen();
        return strings.add(s);
    }

    private void requireOpen() {
        if (built) {
            throw new IllegalStateException("this BtfWriter has been built already");
        }
    }

    /** Encodes every added type. */
    public Encoded build(ByteOrder order) {
        requireOpen();
        built = true;
        List<Node> rootNodes = new ArrayList<>();
        for (BtfType t : roots) {
            rootNodes.add(canon(t, 0));
        }
        resolveForwards();
        List<Node> ordered = assignIds(rootNodes);
        ByteSink types = new ByteSink(order);
        for (Node n : ordered) {
            encode(n, types);
        }
        byte[] typeBytes = types.toByteArray();
        byte[] stringBytes = strings.toByteArray();
        ByteSink out = new ByteSink(order);
        out.u16(0xeb9f).u8(1).u8(0).u32(24);
        out.u32(0).u32(typeBytes.length).u32(typeBytes.length).u32(stringBytes.length);
        out.bytes(typeBytes).bytes(stringBytes);
        return new Encoded(out.toByteArray(), ordered.size());
    }

    /** The encoded blob and the ids its types received. */
    public final class Encoded {
        private final byte[] bytes;
        private final int typeCount;

        private Encoded(byte[] bytes, int typeCount) {
            this.bytes = bytes;
            this.typeCount = typeCount;
        }

        public byte[] bytes() {
            return bytes.clone();
        }

        public int typeCount() {
            return typeCount;
        }

        /** The id of a type that was added (or is part of one that was); 0 for void. */
        public int id(BtfType type) {
            if (type instanceof BtfType.Void) {
                return 0;
            }
            Node n = byIdentity.get(type);
            if (n == null) {
                n = byKey.get(keyOf(type, childNodesOrNull(type)));
            }
            if (n == null) {
                throw new IllegalArgumentException("type " + type + " is not part of this BTF");
            }
            while (n.fwdTarget != null) {
                n = n.fwdTarget;
            }
            return n.id;
        }

        /** The offset of a string added with {@link BtfWriter#string}, or of a type name. */
        public int string(String s) {
            int off = strings.find(s);
            if (off < 0) {
                throw new IllegalArgumentException("string '" + s + "' is not in this BTF's string table");
            }
            return off;
        }
    }

    private Node[] childNodesOrNull(BtfType t) {
        List<BtfType> kids = children(t);
        Node[] out = new Node[kids.size()];
        for (int i = 0; i < out.length; i++) {
            Node n = byIdentity.get(kids.get(i));
            if (n == null) {
                n = byKey.get(keyOf(kids.get(i), childNodesOrNull(kids.get(i))));
            }
            if (n == null) {
                return new Node[0];
            }
            out[i] = n;
        }
        return out;
    }

    // ---- pass 1: one node per distinct type ----

    private Node canon(BtfType t, int depth) {
        Node known = byIdentity.get(t);
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            throw new BtfFormatException("BTF type " + describe(t), "types are nested deeper than " + MAX_DEPTH);
        }
        List<BtfType> kids = children(t);
        Node[] childNodes = new Node[kids.size()];
        for (int i = 0; i < childNodes.length; i++) {
            childNodes[i] = canon(kids.get(i), depth + 1);
        }
        Key key = keyOf(t, childNodes);
        Node n = byKey.get(key);
        if (n == null) {
            n = new Node(t, childNodes);
            byKey.put(key, n);
        }
        byIdentity.put(t, n);
        return n;
    }

    private static List<BtfType> children(BtfType t) {
        return switch (t) {
            case BtfType.Void v -> List.of();
            case Int i -> List.of();
            case Ptr p -> List.of(p.target());
            case Array a -> List.of(a.element(), a.index());
            case Struct s -> s.members().stream().map(Member::type).toList();
            case BtfType.Enum e -> List.of();
            case Fwd f -> List.of();
            case Typedef td -> List.of(td.type());
            case Qualifier q -> List.of(q.type());
            case FuncProto fp -> {
                List<BtfType> out = new ArrayList<>();
                out.add(fp.returnType());
                fp.params().forEach(p -> out.add(p.type()));
                yield out;
            }
            case Func f -> List.of(f.proto());
            case Var v -> List.of(v.type());
            case Datasec d -> d.vars().stream().map(VarSecinfo::type).toList();
            case BtfType.Float f -> List.of();
            case DeclTag dt -> List.of(dt.type());
        };
    }

    private static Key keyOf(BtfType t, Node[] kids) {
        List<String> names = new ArrayList<>();
        List<Long> data = new ArrayList<>();
        switch (t) {
            case Int i -> {
                data.add((long) i.size());
                data.add((long) i.encoding());
                data.add((long) i.bits());
                data.add((long) i.bitOffset());
            }
            case Array a -> data.add((long) a.count());
            case Struct s -> {
                data.add((long) s.size());
                for (Member m : s.members()) {
                    names.add(m.name());
                    data.add((long) m.bitOffset());
                    data.add((long) m.bitfieldSize());
                }
            }
            case BtfType.Enum e -> {
                data.add((long) e.size());
                data.add(e.signed() ? 1L : 0L);
                for (Enumerator en : e.values()) {
                    names.add(en.name());
                    data.add(en.value());
                }
            }
            case Fwd f -> data.add(f.union() ? 1L : 0L);
            case FuncProto fp -> fp.params().forEach(p -> names.add(p.name()));
            case Func f -> data.add((long) f.linkage().value());
            case Var v -> data.add((long) v.linkage().value());
            case Datasec d -> {
                data.add((long) d.size());
                for (VarSecinfo vs : d.vars()) {
                    data.add((long) vs.offset());
                    data.add((long) vs.size());
                }
            }
            case BtfType.Float f -> data.add((long) f.size());
            case DeclTag dt -> data.add((long) dt.componentIndex());
            default -> {
            }
        }
        return new Key(t.kind(), t.name(), names, data, List.of(kids));
    }

    // ---- forward declarations resolved to the one struct of their name ----

    private void resolveForwards() {
        Map<String, List<Node>> named = new LinkedHashMap<>();
        List<Node> fwds = new ArrayList<>();
        for (Node n : byKey.values()) {
            if (n.type instanceof Struct s && !s.name().isEmpty()) {
                named.computeIfAbsent((s.union() ? "union " : "struct ") + s.name(), k -> new ArrayList<>()).add(n);
            } else if (n.type instanceof Fwd) {
                fwds.add(n);
            }
        }
        for (Node f : fwds) {
            Fwd fwd = (Fwd) f.type;
            List<Node> targets = named.get((fwd.union() ? "union " : "struct ") + fwd.name());
            if (targets != null && targets.size() == 1) {
                f.fwdTarget = targets.get(0);
            }
        }
    }

    // ---- pass 2: ids in pre-order from the roots ----

    private static List<Node> assignIds(List<Node> rootNodes) {
        List<Node> ordered = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (int r = rootNodes.size() - 1; r >= 0; r--) {
            stack.push(rootNodes.get(r));
        }
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            while (n.fwdTarget != null) {
                n = n.fwdTarget;
            }
            if (n.id >= 0) {
                continue;
            }
            if (n.type instanceof BtfType.Void) {
                n.id = 0;
                continue;
            }
            n.id = ordered.size() + 1;
            ordered.add(n);
            for (int i = n.children.length - 1; i >= 0; i--) {
                stack.push(n.children[i]);
            }
        }
        return ordered;
    }

    private static int idOf(Node n) {
        while (n.fwdTarget != null) {
            n = n.fwdTarget;
        }
        return n.id;
    }

    // ---- encoding with the kernel's meta checks ----

    private static String describe(BtfType t) {
        String kind = switch (t.kind()) {
            case KIND_INT -> "INT";
            case KIND_PTR -> "PTR";
            case KIND_ARRAY -> "ARRAY";
            case KIND_STRUCT -> "STRUCT";
            case KIND_UNION -> "UNION";
            case KIND_ENUM -> "ENUM";
            case KIND_ENUM64 -> "ENUM64";
            case KIND_FWD -> "FWD";
            case KIND_TYPEDEF -> "TYPEDEF";
            case KIND_FUNC -> "FUNC";
            case KIND_FUNC_PROTO -> "FUNC_PROTO";
            case KIND_VAR -> "VAR";
            case KIND_DATASEC -> "DATASEC";
            case KIND_FLOAT -> "FLOAT";
            case KIND_DECL_TAG -> "DECL_TAG";
            case 0 -> "void";
            default -> "qualifier";
        };
        return t.name().isEmpty() ? kind + " (anon)" : kind + " '" + t.name() + "'";
    }

    private void encode(Node n, ByteSink out) {
        BtfType t = n.type;
        String where = "BTF type [" + n.id + "] " + describe(t);
        switch (t) {
            case Int i -> {
                int size = i.size();
                if (size != 1 && size != 2 && size != 4 && size != 8 && size != 16) {
                    throw new BtfFormatException(where, "an INT must be 1, 2, 4, 8 or 16 bytes, not " + size);
                }
                if (i.bits() <= 0 || i.bits() > 128 || i.bitOffset() < 0 || i.bitOffset() + i.bits() > size * 8) {
                    throw new BtfFormatException(where, "bits " + i.bits() + " at offset " + i.bitOffset()
                            + " do not fit " + size + " bytes");
                }
                int enc = i.encoding();
                if (enc != 0 && enc != Int.SIGNED && enc != Int.CHAR && enc != Int.BOOL) {
                    throw new BtfFormatException(where, "encoding " + enc + " is not one of SIGNED, CHAR, BOOL");
                }
                header(out, t.name(), KIND_INT, 0, false, size);
                out.u32((long) enc << 24 | (long) i.bitOffset() << 16 | i.bits());
            }
            case Ptr p -> header(out, "", KIND_PTR, 0, false, idOf(n.children[0]));
            case Array a -> {
                if (a.count() < 0) {
                    throw new BtfFormatException(where, "negative element count " + a.count());
                }
                if (a.element() instanceof BtfType.Void || a.element() instanceof Func || a.element() instanceof FuncProto) {
                    throw new BtfFormatException(where, "array elements cannot be " + describe(a.element()));
                }
                if (!(a.index().resolve() instanceof Int)) {
                    throw new BtfFormatException(where, "the index type must be an INT, not " + describe(a.index()));
                }
                header(out, "", KIND_ARRAY, 0, false, 0);
                out.u32(idOf(n.children[0])).u32(idOf(n.children[1])).u32(a.count());
            }
            case Struct s -> {
                optionalIdentifier(where, s.name());
                if (s.members().size() > 0xffff) {
                    throw new BtfFormatException(where, "more than 65535 members");
                }
                boolean bitfields = s.members().stream().anyMatch(m -> m.bitfieldSize() != 0);
                header(out, s.name(), s.union() ? KIND_UNION : KIND_STRUCT, s.members().size(), bitfields, s.size());
                for (int k = 0; k < s.members().size(); k++) {
                    Member m = s.members().get(k);
                    String mw = where + " member '" + m.name() + "'";
                    optionalIdentifier(mw, m.name());
                    int msize = m.bitfieldSize() != 0 ? 0 : m.type().size();
                    if (m.bitOffset() < 0 || (long) m.bitOffset() + Math.max(0, msize) * 8L
                            + m.bitfieldSize() > (long) s.size() * 8) {
                        throw new BtfFormatException(mw, "lies outside the " + s.size() + "-byte "
                                + (s.union() ? "union" : "struct"));
                    }
                    if (m.bitfieldSize() < 0 || m.bitfieldSize() > 128 || (bitfields && m.bitOffset() >= 1 << 24)) {
                        throw new BtfFormatException(mw, "bitfield of " + m.bitfieldSize() + " bits at bit " + m.bitOffset()
                                + " cannot be encoded");
                    }
                    out.u32(strings.add(m.name())).u32(idOf(n.children[k]));
                    out.u32(bitfields ? (long) m.bitfieldSize() << 24 | m.bitOffset() : m.bitOffset());
                }
            }
            case BtfType.Enum e -> {
                optionalIdentifier(where, e.name());
                int size = e.size();
                if (size != 1 && size != 2 && size != 4 && size != 8) {
                    throw new BtfFormatException(where, "an enum must be 1, 2, 4 or 8 bytes, not " + size);
                }
                if (e.values().size() > 0xffff) {
                    throw new BtfFormatException(where, "more than 65535 enumerators");
                }
                header(out, e.name(), size == 8 ? KIND_ENUM64 : KIND_ENUM, e.values().size(), e.signed(), size);
                for (Enumerator en : e.values()) {
                    identifier(where + " enumerator", en.name());
                    out.u32(strings.add(en.name()));
                    if (size == 8) {
                        out.u32(en.value()).u32(en.value() >>> 32);
                    } else {
                        if (en.value() < Integer.MIN_VALUE || en.value() > 0xffffffffL) {
                            throw new BtfFormatException(where + " enumerator '" + en.name() + "'",
                                    "value " + en.value() + " does not fit 32 bits");
                        }
                        out.u32(en.value());
                    }
                }
            }
            case Fwd f -> {
                identifier(where, f.name());
                header(out, f.name(), KIND_FWD, 0, f.union(), 0);
            }
            case Typedef td -> {
                identifier(where, td.name());
                header(out, td.name(), KIND_TYPEDEF, 0, false, idOf(n.children[0]));
            }
            case Qualifier q -> {
                if (q.kind() == KIND_TYPE_TAG) {
                    if (q.name().isEmpty()) {
                        throw new BtfFormatException(where, "a type tag needs a value");
                    }
                } else if (!q.name().isEmpty()) {
                    throw new BtfFormatException(where, "const/volatile/restrict are unnamed");
                }
                header(out, q.name(), q.kind(), 0, false, idOf(n.children[0]));
            }
            case FuncProto fp -> {
                if (fp.params().size() > 0xffff) {
                    throw new BtfFormatException(where, "more than 65535 parameters");
                }
                header(out, "", KIND_FUNC_PROTO, fp.params().size(), false, idOf(n.children[0]));
                for (int k = 0; k < fp.params().size(); k++) {
                    Param p = fp.params().get(k);
                    boolean varargs = p.type() instanceof BtfType.Void;
                    if (varargs && (k != fp.params().size() - 1 || !p.name().isEmpty())) {
                        throw new BtfFormatException(where, "parameter " + (k + 1)
                                + " is void: only an unnamed last parameter may be (varargs)");
                    }
                    optionalIdentifier(where + " parameter " + (k + 1), p.name());
                    out.u32(strings.add(p.name())).u32(idOf(n.children[k + 1]));
                }
            }
            case Func f -> {
                identifier(where, f.name());
                header(out, f.name(), KIND_FUNC, f.linkage().value(), false, idOf(n.children[0]));
            }
            case Var v -> {
                identifier(where, v.name());
                if (v.linkage() == Linkage.EXTERN && !externs) {
                    throw new BtfFormatException(where, "the kernel accepts only static and global variables, not extern");
                }
                if (v.type().size() < 0) {
                    throw new BtfFormatException(where, "the variable's type " + describe(v.type()) + " has no size");
                }
                header(out, v.name(), KIND_VAR, 0, false, idOf(n.children[0]));
                out.u32(v.linkage().value());
            }
            case Datasec d -> {
                if (!BtfNames.isSectionName(d.name())) {
                    throw new BtfFormatException(where, "a DATASEC needs a printable section name");
                }
                boolean externSection = externs && d.size() == 0 && (d.name().equals(".ksyms") || d.name().equals(".kconfig"));
                if (d.size() <= 0 && !externSection) {
                    throw new BtfFormatException(where, "size " + d.size() + ": the kernel rejects empty DATASECs");
                }
                header(out, d.name(), KIND_DATASEC, d.vars().size(), false, d.size());
                if (externSection) {
                    for (int k = 0; k < d.vars().size(); k++) {
                        VarSecinfo vs = d.vars().get(k);
                        boolean ok = vs.type() instanceof Var v ? v.linkage() == Linkage.EXTERN
                                : vs.type() instanceof Func f && f.linkage() == Linkage.EXTERN;
                        if (!ok) {
                            throw new BtfFormatException(where, "entry " + k + " is " + describe(vs.type())
                                    + ", not an extern VAR or FUNC");
                        }
                        out.u32(idOf(n.children[k])).u32(vs.offset()).u32(vs.size());
                    }
                    break;
                }
                long end = 0;
                for (int k = 0; k < d.vars().size(); k++) {
                    VarSecinfo vs = d.vars().get(k);
                    if (!(vs.type() instanceof Var)) {
                        throw new BtfFormatException(where, "entry " + k + " is " + describe(vs.type()) + ", not a VAR");
                    }
                    if (vs.offset() < end || vs.size() < 0 || (long) vs.offset() + vs.size() > d.size()) {
                        throw new BtfFormatException(where + " VAR '" + vs.type().name() + "'", "offset " + vs.offset()
                                + " size " + vs.size() + " overlaps the previous variable or lies outside the section");
                    }
                    end = (long) vs.offset() + vs.size();
                    out.u32(idOf(n.children[k])).u32(vs.offset()).u32(vs.size());
                }
            }
            case BtfType.Float f -> {
                int size = f.size();
                if (size != 2 && size != 4 && size != 8 && size != 12 && size != 16) {
                    throw new BtfFormatException(where, "a float must be 2, 4, 8, 12 or 16 bytes, not " + size);
                }
                identifier(where, f.name());
                header(out, f.name(), KIND_FLOAT, 0, false, size);
            }
            case DeclTag dt -> {
                if (dt.name().isEmpty()) {
                    throw new BtfFormatException(where, "a declaration tag needs a value");
                }
                if (dt.componentIndex() < -1) {
                    throw new BtfFormatException(where, "component index " + dt.componentIndex());
                }
                header(out, dt.name(), KIND_DECL_TAG, 0, false, idOf(n.children[0]));
                out.u32(dt.componentIndex());
            }
            case BtfType.Void v -> throw new IllegalStateException("void is never encoded");
        }
    }

    private void header(ByteSink out, String name, int kind, int vlen, boolean kindFlag, long sizeOrType) {
        out.u32(strings.add(name));
        out.u32((kindFlag ? 1L << 31 : 0) | (long) kind << 24 | vlen);
        out.u32(sizeOrType);
    }

    private static void identifier(String where, String name) {
        if (!BtfNames.isIdentifier(name)) {
            throw new BtfFormatException(where, "'" + name + "' is not a valid name (letters, digits, '_' and '.',"
                    + " not starting with a digit)");
        }
    }

    private static void optionalIdentifier(String where, String name) {
        if (!name.isEmpty()) {
            identifier(where, name);
        }
    }
}
