package dev.bpfj.emitter.btf;

import static dev.bpfj.core.btf.BtfType.*;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.emitter.elf.Slice;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A parsed {@code .BTF} blob: the raw type table, and {@link BtfType} trees built from it on demand.
 *
 * <p>Parsing checks the header and that every type record and its trailing data lie inside the
 * type section; references between types and string offsets are checked when a type is built.
 * Building breaks reference cycles (a struct that points to itself) with a {@link Fwd}, and
 * bounds what hostile input could make expensive: types nested deeper than {@value #MAX_DEPTH},
 * pointers to named structs deeper than {@value #POINTER_DEPTH} levels (cut to a {@link Fwd}),
 * and trees that would expand to more than {@value #MAX_TREE} nodes are refused.
 */
public final class Btf {
    public static final int MAGIC = 0xeb9f;
    static final int MAX_DEPTH = 256;
    static final int POINTER_DEPTH = 32;
    static final int MAX_TREE = 100_000;

    private final ByteOrder order;
    private final Slice types;
    private final Slice strings;
    private final int[] offsets; // offsets[id] of the btf_type record, id 1..n
    private final BtfType[] built;
    private final boolean[] onPath;

    private Btf(ByteOrder order, Slice types, Slice strings, int[] offsets) {
        this.order = order;
        this.types = types;
        this.strings = strings;
        this.offsets = offsets;
        this.built = new BtfType[offsets.length];
        this.onPath = new boolean[offsets.length];
    }

    private static BtfFormatException fail(String where, String problem) {
        return new BtfFormatException(where, problem);
    }

    /** Parses a {@code .BTF} section written in {@code order} (the ELF object's byte order). */
    public static Btf parse(byte[] data, ByteOrder order) {
        Slice all = new Slice(data, order, ".BTF", Btf::fail);
        if (data.length < 24) {
            throw fail(".BTF", "the header needs 24 bytes, the section has " + data.length);
        }
        int magic = all.u16(0);
        if (magic != MAGIC) {
            boolean swapped = magic == 0x9feb;
            throw fail(".BTF", swapped ? "its byte order differs from the ELF object's"
                    : String.format("bad magic 0x%04x (expected 0xeb9f)", magic));
        }
        if (all.u8(2) != 1) {
            throw fail(".BTF", "unsupported version " + all.u8(2));
        }
        long hdrLen = all.u32L(4);
        if (hdrLen < 24 || hdrLen > data.length) {
            throw fail(".BTF", "header length " + hdrLen + " is not between 24 and the section size " + data.length);
        }
        for (long p = 24; p < hdrLen; p++) {
            if (all.u8(p) != 0) {
                throw fail(".BTF", "unsupported header: " + hdrLen + " bytes with non-zero fields beyond the known 24");
            }
        }
        long typeOff = all.u32L(8);
        long typeLen = all.u32L(12);
        long strOff = all.u32L(16);
        long strLen = all.u32L(20);
        long body = data.length - hdrLen;
        if (typeOff % 4 != 0) {
            throw fail(".BTF", "type section offset " + typeOff + " is not 4-byte aligned");
        }
        if (typeOff + typeLen > body || strOff + strLen > body) {
            throw fail(".BTF", "type section [" + typeOff + ", +" + typeLen + ") or string section [" + strOff + ", +"
                    + strLen + ") runs past the " + body + " bytes after the header");
        }
        if (typeOff < strOff ? typeOff + typeLen > strOff : strOff + strLen > typeOff) {
            throw fail(".BTF", "the type and string sections overlap");
        }
        if (strLen == 0) {
            throw fail(".BTF", "the string section is empty (it must start with the empty string)");
        }
        Slice typeSlice = all.slice(hdrLen + typeOff, typeLen, ".BTF types");
        Slice stringSlice = all.slice(hdrLen + strOff, strLen, ".BTF strings");
        if (stringSlice.u8(0) != 0 || stringSlice.u8(strLen - 1) != 0) {
            throw fail(".BTF", "the string section must start and end with a NUL byte");
        }
        // every record is at least 12 bytes, so this bounds the id table by the input size
        int[] offs = new int[1024];
        int count = 1;
        offs[0] = -1;
        long pos = 0;
        while (pos < typeLen) {
            int id = count;
            if (typeLen - pos < 12) {
                throw fail(".BTF type [" + id + "]", "truncated: " + (typeLen - pos) + " bytes left for a 12-byte record");
            }
            int info = typeSlice.u32(pos + 4);
            int kind = (info >>> 24) & 0x1f;
            int vlen = info & 0xffff;
            long extra = switch (kind) {
                case KIND_INT -> 4;
                case KIND_PTR, KIND_FWD, KIND_TYPEDEF, KIND_VOLATILE, KIND_CONST, KIND_RESTRICT, KIND_FUNC,
                     KIND_FLOAT, KIND_TYPE_TAG -> 0;
                case KIND_ARRAY -> 12;
                case KIND_STRUCT, KIND_UNION -> 12L * vlen;
                case KIND_ENUM -> 8L * vlen;
                case KIND_FUNC_PROTO -> 8L * vlen;
                case KIND_VAR, KIND_DECL_TAG -> 4;
                case KIND_DATASEC -> 12L * vlen;
                case KIND_ENUM64 -> 12L * vlen;
                default -> throw fail(".BTF type [" + id + "]", "unknown kind " + kind);
            };
            if (typeLen - pos - 12 < extra) {
                throw fail(".BTF type [" + id + "]", "its " + extra + " bytes of kind data run past the type section");
            }
            if (count == offs.length) {
                offs = java.util.Arrays.copyOf(offs, count * 2);
            }
            offs[count++] = (int) pos;
            pos += 12 + extra;
            if (count > 0xfffff + 1) {
                throw fail(".BTF", "more than " + 0xfffff + " types");
            }
        }
        return new Btf(order, typeSlice, stringSlice, java.util.Arrays.copyOf(offs, count));
    }

    public ByteOrder order() {
        return order;
    }

    /** Number of types; ids run from 1 to this. */
    public int typeCount() {
        return offsets.length - 1;
    }

    private void checkId(int id, String where) {
        if (id < 0 || id >= offsets.length) {
            throw fail(where, "refers to type id " + id + ", but the BTF has " + typeCount() + " types");
        }
    }

    private int info(int id) {
        return types.u32(offsets[id] + 4);
    }

    /** The BTF kind of a type ({@code BtfType.KIND_*}); 0 for void. */
    public int kind(int id) {
        checkId(id, ".BTF");
        return id == 0 ? 0 : (info(id) >>> 24) & 0x1f;
    }

    public int vlen(int id) {
        checkId(id, ".BTF");
        return id == 0 ? 0 : info(id) & 0xffff;
    }

    /** The name of a type, empty when anonymous. */
    public String name(int id) {
        checkId(id, ".BTF");
        return id == 0 ? "" : string(types.u32L(offsets[id]));
    }

    /** The {@code size_or_type} field of a type. */
    public int sizeOrType(int id) {
        checkId(id, ".BTF");
        return id == 0 ? 0 : types.u32(offsets[id] + 8);
    }

    /** The string at an offset of the string section. */
    public String string(long offset) {
        return strings.cString(offset);
    }

    /** Whether an offset names a string (0 is the empty one). */
    public boolean isStringOffset(long offset) {
        return strings.isCString(offset);
    }

    /**
     * A hash of a type's name up to its last {@code X___Y} flavor separator (see
     * {@code TargetBtf.essentialName}), computed on the string table's bytes without decoding them:
     * {@link #hashBytes} of the UTF-8 of the essential name; 0 for anonymous types and bad offsets.
     */
    public int essentialNameHash(int id) {
        long off = types.u32L(offsets[id]);
        if (off == 0 || off >= strings.length()) {
            return 0;
        }
        byte[] a = strings.array();
        int p = strings.absolute(off);
        int end = strings.absolute(0) + strings.length();
        int q = p;
        while (q < end && a[q] != 0) {
            q++;
        }
        if (q == end) {
            return 0;
        }
        int len = q - p;
        for (int i = len - 5; i >= 0; i--) {
            if (a[p + i] != '_' && a[p + i + 1] == '_' && a[p + i + 2] == '_' && a[p + i + 3] == '_' && a[p + i + 4] != '_') {
                len = i + 1;
                break;
            }
        }
        return hashBytes(a, p, len);
    }

    /** The hash {@link #essentialNameHash} uses (never 0 for a non-empty name). */
    public static int hashBytes(byte[] a, int from, int len) {
        int h = 1;
        for (int i = 0; i < len; i++) {
            h = 31 * h + a[from + i];
        }
        return h == 0 ? 1 : h;
    }

    private Map<String, Integer> byName;

    /** The first type of a kind with a name. */
    public OptionalInt find(int kind, String name) {
        if (byName == null) {
            byName = new HashMap<>();
            for (int id = 1; id < offsets.length; id++) {
                long off = types.u32L(offsets[id]);
                if (off != 0 && isStringOffset(off)) {
                    byName.putIfAbsent(kind(id) + ":" + string(off), id);
                }
            }
        }
        Integer id = byName.get(kind + ":" + name);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** The raw {@code btf_var_secinfo} entries of a DATASEC: {type id, offset, size} each. */
    public int[][] datasecEntries(int id) {
        if (kind(id) != KIND_DATASEC) {
            throw fail(".BTF type [" + id + "]", "is not a DATASEC");
        }
        int n = vlen(id);
        int[][] out = new int[n][];
        for (int k = 0; k < n; k++) {
            int p = offsets[id] + 12 + 12 * k;
            out[k] = new int[] {types.u32(p), types.u32(p + 4), types.u32(p + 8)};
        }
        return out;
    }

    /** The linkage field of a VAR (0 static, 1 global, 2 extern). */
    public int varLinkage(int id) {
        if (kind(id) != KIND_VAR) {
            throw fail(".BTF type [" + id + "]", "is not a VAR");
        }
        return types.u32(offsets[id] + 12);
    }

    /** Follows typedefs and qualifiers from a type id to the id of what they name. */
    public int skipModifiers(int id) {
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            int k = kind(id);
            if (k != KIND_TYPEDEF && k != KIND_VOLATILE && k != KIND_CONST && k != KIND_RESTRICT && k != KIND_TYPE_TAG) {
                return id;
            }
            int next = sizeOrType(id);
            checkId(next, ".BTF type [" + id + "]");
            id = next;
        }
        throw fail(".BTF type [" + id + "]", "typedefs and qualifiers chained deeper than " + MAX_DEPTH);
    }

    /** The {@code btf_array} of an ARRAY: {elem type, index type, nelems}. */
    public int[] array(int id) {
        if (kind(id) != KIND_ARRAY) {
            throw fail(".BTF type [" + id + "]", "is not an ARRAY");
        }
        int p = offsets[id] + 12;
        return new int[] {types.u32(p), types.u32(p + 4), types.u32(p + 8)};
    }

    /** The members of a STRUCT/UNION as {name offset, type id, offset field}. */
    public int[][] members(int id) {
        int k = kind(id);
        if (k != KIND_STRUCT && k != KIND_UNION) {
            throw fail(".BTF type [" + id + "]", "is not a STRUCT or UNION");
        }
        int n = vlen(id);
        int[][] out = new int[n][];
        for (int m = 0; m < n; m++) {
            int p = offsets[id] + 12 + 12 * m;
            out[m] = new int[] {types.u32(p), types.u32(p + 4), types.u32(p + 8)};
        }
        return out;
    }

    /** The parameters of a FUNC_PROTO as {name offset, type id}. */
    public int[][] params(int id) {
        if (kind(id) != KIND_FUNC_PROTO) {
            throw fail(".BTF type [" + id + "]", "is not a FUNC_PROTO");
        }
        int n = vlen(id);
        int[][] out = new int[n][];
        for (int k = 0; k < n; k++) {
            int p = offsets[id] + 12 + 8 * k;
            out[k] = new int[] {types.u32(p), types.u32(p + 4)};
        }
        return out;
    }

    /** The bit offset of an INT ({@code BTF_INT_OFFSET}); non-zero only for deprecated bitfield integers. */
    public int intBitOffset(int id) {
        if (kind(id) != KIND_INT) {
            throw fail(".BTF type [" + id + "]", "is not an INT");
        }
        return (types.u32(offsets[id] + 12) >>> 16) & 0xff;
    }

    /** The encoding bits of an INT ({@code BTF_INT_SIGNED} = 1, char = 2, bool = 4). */
    public int intEncoding(int id) {
        if (kind(id) != KIND_INT) {
            throw fail(".BTF type [" + id + "]", "is not an INT");
        }
        return (types.u32(offsets[id] + 12) >>> 24) & 0x0f;
    }

    /** The name of the enumerator of an ENUM/ENUM64 at index {@code i}. */
    public String enumName(int id, int i) {
        int k = kind(id);
        if ((k != KIND_ENUM && k != KIND_ENUM64) || i < 0 || i >= vlen(id)) {
            throw fail(".BTF type [" + id + "]", "has no enumerator " + i);
        }
        return string(types.u32L(offsets[id] + 12 + (k == KIND_ENUM ? 8 : 12) * i));
    }

    /** The value of the one enumerator of an ENUM/ENUM64 at index {@code i}. */
    public long enumValue(int id, int i) {
        int k = kind(id);
        if (k == KIND_ENUM) {
            int v = types.u32(offsets[id] + 12 + 8 * i + 4);
            return kindFlag(id) ? v : v & 0xffffffffL;
        }
        if (k == KIND_ENUM64) {
            int p = offsets[id] + 12 + 12 * i;
            return types.u32L(p + 4) | types.u32L(p + 8) << 32;
        }
        throw fail(".BTF type [" + id + "]", "is not an ENUM");
    }

    public boolean kindFlag(int id) {
        return id != 0 && info(id) < 0;
    }

    // ---- trees ----

    /**
     * The type with this id as a tree.
     *
     * @throws BtfFormatException if it refers to missing types or strings, loops through anything but
     *     a struct or union, or is too deep or too large to build
     */
    public BtfType type(int id) {
        BtfType t = build(id, 0, 0);
        long size = treeSize(t, new IdentityHashMap<>());
        if (size > MAX_TREE) {
            throw fail(".BTF type [" + id + "]", "expands to more than " + MAX_TREE + " nodes");
        }
        return t;
    }

    private static long treeSize(BtfType t, Map<BtfType, Long> memo) {
        Long known = memo.get(t);
        if (known != null) {
            return known;
        }
        long n = 1;
        switch (t) {
            case Ptr p -> n += treeSize(p.target(), memo);
            case Array a -> n += treeSize(a.element(), memo) + treeSize(a.index(), memo);
            case Struct s -> {
                for (Member m : s.members()) {
                    n += treeSize(m.type(), memo);
                    if (n > MAX_TREE) {
                        break;
                    }
                }
            }
            case Typedef td -> n += treeSize(td.type(), memo);
            case Qualifier q -> n += treeSize(q.type(), memo);
            case FuncProto fp -> {
                n += treeSize(fp.returnType(), memo);
                for (Param p : fp.params()) {
                    n += treeSize(p.type(), memo);
                    if (n > MAX_TREE) {
                        break;
                    }
                }
            }
            case Func f -> n += treeSize(f.proto(), memo);
            case Var v -> n += treeSize(v.type(), memo);
            case Datasec d -> {
                for (VarSecinfo vs : d.vars()) {
                    n += treeSize(vs.type(), memo);
                    if (n > MAX_TREE) {
                        break;
                    }
                }
            }
            case DeclTag dt -> n += treeSize(dt.type(), memo);
            default -> {
            }
        }
        n = Math.min(n, MAX_TREE + 1L);
        memo.put(t, n);
        return n;
    }

    private BtfType build(int id, int depth, int pointers) {
        String where = ".BTF type [" + id + "]";
        checkId(id, where);
        if (id == 0) {
            return BtfType.Void.INSTANCE;
        }
        if (built[id] != null) {
            return built[id];
        }
        int kind = kind(id);
        boolean composite = kind == KIND_STRUCT || kind == KIND_UNION;
        if (onPath[id]) {
            if (composite) {
                return new Fwd(name(id), kind == KIND_UNION);
            }
            BtfType back = backReference(id, 0);
            if (back != null) {
                return back;
            }
            throw fail(where, "refers to itself through a loop of types");
        }
        if (depth > MAX_DEPTH) {
            throw fail(where, "types are nested deeper than " + MAX_DEPTH);
        }
        if (composite && pointers > POINTER_DEPTH && !name(id).isEmpty()) {
            // far behind pointers: a declaration is all a reader needs, and it bounds the tree
            return new Fwd(name(id), kind == KIND_UNION);
        }
        onPath[id] = true;
        try {
            BtfType t = buildKind(id, kind, where, depth, pointers);
            built[id] = t;
            return t;
        } finally {
            onPath[id] = false;
        }
    }

    /**
     * A pointer, typedef or qualifier met again while it is being built (a shared {@code struct s *}
     * inside {@code struct s}): the same chain ending in a declaration of the struct or union under
     * construction, or null when the loop does not pass through one.
     */
    private BtfType backReference(int id, int depth) {
        if (depth > MAX_DEPTH || id <= 0) {
            return null;
        }
        int kind = kind(id);
        if (kind == KIND_STRUCT || kind == KIND_UNION) {
            return onPath[id] ? new Fwd(name(id), kind == KIND_UNION) : null;
        }
        BtfType inner = switch (kind) {
            case KIND_PTR, KIND_TYPEDEF, KIND_VOLATILE, KIND_CONST, KIND_RESTRICT, KIND_TYPE_TAG ->
                    backReference(sizeOrType(id), depth + 1);
            default -> null;
        };
        if (inner == null) {
            return null;
        }
        return switch (kind) {
            case KIND_PTR -> new Ptr(inner);
            case KIND_TYPEDEF -> new Typedef(name(id), inner);
            default -> new Qualifier(kind, name(id), inner);
        };
    }

    private BtfType ref(int id, String where, int depth, int pointers) {
        int target = sizeOrType(id);
        checkId(target, where);
        return build(target, depth + 1, pointers);
    }

    private BtfType buildKind(int id, int kind, String where, int depth, int pointers) {
        int off = offsets[id];
        String name = name(id);
        int vlen = vlen(id);
        int sizeOrType = sizeOrType(id);
        boolean flag = kindFlag(id);
        return switch (kind) {
            case KIND_INT -> {
                int v = types.u32(off + 12);
                int bits = v & 0xff;
                int bitOffset = (v >>> 16) & 0xff;
                int encoding = (v >>> 24) & 0x0f;
                if (sizeOrType < 0 || sizeOrType > 16) {
                    throw fail(where, "INT of " + (sizeOrType & 0xffffffffL) + " bytes");
                }
                yield new Int(name, sizeOrType, encoding, bits, bitOffset);
            }
            case KIND_PTR -> new Ptr(ref(id, where, depth, pointers + 1));
            case KIND_ARRAY -> {
                int elem = types.u32(off + 12);
                int index = types.u32(off + 16);
                int count = types.u32(off + 20);
                checkId(elem, where);
                checkId(index, where);
                if (count < 0) {
                    throw fail(where, "ARRAY of " + (count & 0xffffffffL) + " elements");
                }
                yield new Array(build(elem, depth + 1, pointers), build(index, depth + 1, pointers), count);
            }
            case KIND_STRUCT, KIND_UNION -> {
                if (sizeOrType < 0) {
                    throw fail(where, "struct size " + (sizeOrType & 0xffffffffL) + " is too large");
                }
                List<Member> members = new ArrayList<>(vlen);
                for (int m = 0; m < vlen; m++) {
                    int p = off + 12 + 12 * m;
                    String mname = string(types.u32L(p));
                    int mtype = types.u32(p + 4);
                    int moff = types.u32(p + 8);
                    checkId(mtype, where + " member " + m);
                    int mkind = kind(skipModifiers(mtype));
                    if (mkind == KIND_FUNC || mkind == KIND_FUNC_PROTO || mkind == KIND_VAR || mkind == KIND_DATASEC
                            || mkind == KIND_DECL_TAG) {
                        throw fail(where + " member " + m, "a member cannot be of kind " + mkind + " (not a value type)");
                    }
                    BtfType mt = build(mtype, depth + 1, pointers);
                    members.add(flag ? new Member(mname, mt, moff & 0xffffff, moff >>> 24)
                            : new Member(mname, mt, moff < 0 ? Integer.MAX_VALUE : moff, 0));
                }
                yield new Struct(name, sizeOrType, members, kind == KIND_UNION);
            }
            case KIND_ENUM, KIND_ENUM64 -> {
                List<Enumerator> values = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    int p = off + 12 + (kind == KIND_ENUM ? 8 : 12) * i;
                    values.add(new Enumerator(string(types.u32L(p)), enumValue(id, i)));
                }
                yield new BtfType.Enum(name, sizeOrType, flag, values);
            }
            case KIND_FWD -> new Fwd(name, flag);
            case KIND_TYPEDEF -> new Typedef(name, ref(id, where, depth, pointers));
            case KIND_VOLATILE, KIND_CONST, KIND_RESTRICT, KIND_TYPE_TAG ->
                    new Qualifier(kind, name, ref(id, where, depth, pointers));
            case KIND_FUNC -> {
                BtfType proto = ref(id, where, depth, pointers);
                if (!(proto instanceof FuncProto fp)) {
                    throw fail(where, "FUNC '" + name + "' does not point to a FUNC_PROTO");
                }
                if (vlen > 2) {
                    throw fail(where, "FUNC '" + name + "' has unknown linkage " + vlen);
                }
                yield new Func(name, fp, Linkage.values()[vlen]);
            }
            case KIND_FUNC_PROTO -> {
                BtfType ret = ref(id, where, depth, pointers);
                List<Param> params = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    int p = off + 12 + 8 * i;
                    String pname = string(types.u32L(p));
                    int ptype = types.u32(p + 4);
                    checkId(ptype, where + " parameter " + i);
                    params.add(new Param(pname, build(ptype, depth + 1, pointers)));
                }
                yield new FuncProto(ret, params);
            }
            case KIND_VAR -> {
                int linkage = types.u32(off + 12);
                if (linkage < 0 || linkage > 2) {
                    throw fail(where, "VAR '" + name + "' has unknown linkage " + linkage);
                }
                yield new Var(name, ref(id, where, depth, pointers), Linkage.values()[linkage]);
            }
            case KIND_DATASEC -> {
                List<VarSecinfo> vars = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    int p = off + 12 + 12 * i;
                    int vt = types.u32(p);
                    checkId(vt, where + " entry " + i);
                    vars.add(new VarSecinfo(build(vt, depth + 1, pointers), types.u32(p + 4), types.u32(p + 8)));
                }
                yield new Datasec(name, sizeOrType, vars);
            }
            case KIND_FLOAT -> new BtfType.Float(name, sizeOrType);
            case KIND_DECL_TAG -> new DeclTag(name, ref(id, where, depth, pointers), types.u32(off + 12));
            default -> throw fail(where, "unknown kind " + kind);
        };
    }
}
