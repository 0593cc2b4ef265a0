package dev.bpfj.core.btf;

import java.util.List;
import java.util.Objects;

/**
 * A BTF type as a tree of values (kernel {@code Documentation/bpf/btf.rst}). Types refer to each
 * other directly rather than by id; a writer assigns ids and shares equal subtrees, a reader builds
 * the tree and breaks the rare reference cycle (a struct pointing to itself) with a {@link Fwd}.
 *
 * <p>{@link #toString()} prints the type as C would declare it.
 */
public sealed interface BtfType {

    /** The type's name, empty for anonymous types. */
    String name();

    /** The BTF kind number ({@code BTF_KIND_*}). */
    int kind();

    /** Byte size of a value of this type, following typedefs and qualifiers; -1 when it has none. */
    int size();

    /** The type with typedefs and qualifiers (const, volatile, restrict, type tags) stripped. */
    default BtfType resolve() {
        BtfType t = this;
        for (int depth = 0; depth < 64; depth++) {
            switch (t) {
                case Typedef td -> t = td.type();
                case Qualifier q -> t = q.type();
                default -> {
                    return t;
                }
            }
        }
        return t;
    }

    int KIND_INT = 1, KIND_PTR = 2, KIND_ARRAY = 3, KIND_STRUCT = 4, KIND_UNION = 5, KIND_ENUM = 6, KIND_FWD = 7,
            KIND_TYPEDEF = 8, KIND_VOLATILE = 9, KIND_CONST = 10, KIND_RESTRICT = 11, KIND_FUNC = 12,
            KIND_FUNC_PROTO = 13, KIND_VAR = 14, KIND_DATASEC = 15, KIND_FLOAT = 16, KIND_DECL_TAG = 17,
            KIND_TYPE_TAG = 18, KIND_ENUM64 = 19;

    /** {@code void}, type id 0. */
    record Void() implements BtfType {
        public static final Void INSTANCE = new Void();

        public String name() {
            return "";
        }

        public int kind() {
            return 0;
        }

        public int size() {
            return 0;
        }

        @Override
        public String toString() {
            return "void";
        }
    }

    /**
     * An integer: {@code size} bytes, {@code bits} of them used starting at {@code bitOffset}.
     *
     * @param encoding {@link #SIGNED}, {@link #CHAR}, {@link #BOOL} or 0
     */
    record Int(String name, int size, int encoding, int bits, int bitOffset) implements BtfType {
        public static final int SIGNED = 1;
        public static final int CHAR = 2;
        public static final int BOOL = 4;

        public static final Int U8 = new Int("unsigned char", 1, 0, 8, 0);
        public static final Int U16 = new Int("unsigned short", 2, 0, 16, 0);
        public static final Int U32 = new Int("unsigned int", 4, 0, 32, 0);
        public static final Int U64 = new Int("unsigned long long", 8, 0, 64, 0);
        public static final Int S8 = new Int("signed char", 1, SIGNED, 8, 0);
        public static final Int S16 = new Int("short", 2, SIGNED, 16, 0);
        public static final Int S32 = new Int("int", 4, SIGNED, 32, 0);
        public static final Int S64 = new Int("long long", 8, SIGNED, 64, 0);
        public static final Int CHAR_TYPE = new Int("char", 1, SIGNED, 8, 0);

        public Int {
            Objects.requireNonNull(name, "name");
        }

        public Int(String name, int size, boolean signed) {
            this(name, size, signed ? SIGNED : 0, size * 8, 0);
        }

        public boolean isSigned() {
            return (encoding & SIGNED) != 0;
        }

        public int kind() {
            return KIND_INT;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A pointer; 8 bytes on BPF. */
    record Ptr(BtfType target) implements BtfType {
        public Ptr {
            Objects.requireNonNull(target, "target");
        }

        public String name() {
            return "";
        }

        public int kind() {
            return KIND_PTR;
        }

        public int size() {
            return 8;
        }

        @Override
        public String toString() {
            return target + " *";
        }
    }

    /** {@code element[count]}; {@code index} is the index type (an int, {@code __ARRAY_SIZE_TYPE__} for clang). */
    record Array(BtfType element, BtfType index, int count) implements BtfType {
        public static final Int ARRAY_INDEX = new Int("__ARRAY_SIZE_TYPE__", 4, 0, 32, 0);

        public Array {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(index, "index");
        }

        public Array(BtfType element, int count) {
            this(element, ARRAY_INDEX, count);
        }

        public String name() {
            return "";
        }

        public int kind() {
            return KIND_ARRAY;
        }

        public int size() {
            int e = element.size();
            return e < 0 ? -1 : e * count;
        }

        @Override
        public String toString() {
            return element + "[" + count + "]";
        }
    }

    /**
     * A member of a struct or union.
     *
     * @param bitOffset offset from the start of the struct in bits
     * @param bitfieldSize width of a bitfield in bits, 0 for an ordinary member
     */
    record Member(String name, BtfType type, int bitOffset, int bitfieldSize) {
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        public Member(String name, BtfType type, int bitOffset) {
            this(name, type, bitOffset, 0);
        }

        public int byteOffset() {
            return bitOffset / 8;
        }
    }

    /** A struct, or a union when {@code union} is set. */
    record Struct(String name, int size, List<Member> members, boolean union) implements BtfType {
        public Struct {
            Objects.requireNonNull(name, "name");
            members = List.copyOf(members);
        }

        public Struct(String name, int size, List<Member> members) {
            this(name, size, members, false);
        }

        public int kind() {
            return union ? KIND_UNION : KIND_STRUCT;
        }

        public Member member(String memberName) {
            for (Member m : members) {
                if (m.name().equals(memberName)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(union ? "union " : "struct ").append(name.isEmpty() ? "" : name + " ");
            sb.append("{");
            for (Member m : members) {
                sb.append(' ').append(m.type() instanceof Struct s && !s.name().isEmpty()
                        ? (s.union() ? "union " : "struct ") + s.name() : m.type().toString());
                sb.append(' ').append(m.name());
                if (m.bitfieldSize() != 0) {
                    sb.append(':').append(m.bitfieldSize());
                }
                sb.append(';');
            }
            return sb.append(" }").toString();
        }
    }

    record Enumerator(String name, long value) {}

    /** An enum of {@code size} bytes (ENUM for up to 4, ENUM64 for 8). */
    record Enum(String name, int size, boolean signed, List<Enumerator> values) implements BtfType {
        public Enum {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        public int kind() {
            return size == 8 ? KIND_ENUM64 : KIND_ENUM;
        }

        @Override
        public String toString() {
            return "enum " + name;
        }
    }

    /** A forward declaration of a struct or union. */
    record Fwd(String name, boolean union) implements BtfType {
        public int kind() {
            return KIND_FWD;
        }

        public int size() {
            return -1;
        }

        @Override
        public String toString() {
            return (union ? "union " : "struct ") + name;
        }
    }

    record Typedef(String name, BtfType type) implements BtfType {
        public static final Typedef U8 = new Typedef("__u8", Int.U8);
        public static final Typedef U16 = new Typedef("__u16", Int.U16);
        public static final Typedef U32 = new Typedef("__u32", Int.U32);
        public static final Typedef U64 = new Typedef("__u64", Int.U64);
        public static final Typedef S32 = new Typedef("__s32", Int.S32);
        public static final Typedef S64 = new Typedef("__s64", Int.S64);

        public Typedef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        public int kind() {
            return KIND_TYPEDEF;
        }

        public int size() {
            return type.size();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A qualified type: {@code kind} is {@link #KIND_CONST}, {@link #KIND_VOLATILE},
     * {@link #KIND_RESTRICT} or {@link #KIND_TYPE_TAG} (whose tag is {@code name}).
     */
    record Qualifier(int kind, String name, BtfType type) implements BtfType {
        public Qualifier {
            if (kind != KIND_CONST && kind != KIND_VOLATILE && kind != KIND_RESTRICT && kind != KIND_TYPE_TAG) {
                throw new IllegalArgumentException("not a qualifier kind: " + kind);
            }
            name = name == null ? "" : name;
            Objects.requireNonNull(type, "type");
        }

        public int size() {
            return type.size();
        }

        @Override
        public String toString() {
            return switch (kind) {
                case KIND_CONST -> "const ";
                case KIND_VOLATILE -> "volatile ";
                case KIND_RESTRICT -> "restrict ";
                default -> "__attribute__((btf_type_tag(\"" + name + "\"))) ";
            } + type;
        }
    }

    /** Linkage of a function or variable. */
    enum Linkage {
        STATIC, GLOBAL, EXTERN;

        public int value() {
            return ordinal();
        }
    }

    record Param(String name, BtfType type) {
        public Param {
            name = name == null ? "" : name;
            Objects.requireNonNull(type, "type");
        }
    }

    /** A function signature; a trailing {@code void}-typed unnamed param marks varargs. */
    record FuncProto(BtfType returnType, List<Param> params) implements BtfType {
        public FuncProto {
            Objects.requireNonNull(returnType, "returnType");
            params = List.copyOf(params);
        }

        public String name() {
            return "";
        }

        public int kind() {
            return KIND_FUNC_PROTO;
        }

        public int size() {
            return -1;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder().append(returnType).append(" (");
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                Param p = params.get(i);
                sb.append(p.type() instanceof Void && p.name().isEmpty() ? "..." : p.type() + (p.name().isEmpty() ? "" : " " + p.name()));
            }
            return sb.append(')').toString();
        }
    }

    record Func(String name, FuncProto proto, Linkage linkage) implements BtfType {
        public Func {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(proto, "proto");
            Objects.requireNonNull(linkage, "linkage");
        }

        public int kind() {
            return KIND_FUNC;
        }

        public int size() {
            return -1;
        }

        @Override
        public String toString() {
            return (linkage == Linkage.STATIC ? "static " : "") + proto.returnType() + " " + name
                    + proto.toString().substring(proto.returnType().toString().length() + 1);
        }
    }

    record Var(String name, BtfType type, Linkage linkage) implements BtfType {
        public Var {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(linkage, "linkage");
        }

        public int kind() {
            return KIND_VAR;
        }

        public int size() {
            return type.size();
        }

        @Override
        public String toString() {
            return type + " " + name;
        }
    }

    record VarSecinfo(BtfType type, int offset, int size) {
        public VarSecinfo {
            Objects.requireNonNull(type, "type");
        }
    }

    /** A data section ({@code .maps}, {@code .data}, ...) and the variables laid out in it. */
    record Datasec(String name, int size, List<VarSecinfo> vars) implements BtfType {
        public Datasec {
            Objects.requireNonNull(name, "name");
            vars = List.copyOf(vars);
        }

        public int kind() {
            return KIND_DATASEC;
        }

        @Override
        public String toString() {
            return "SEC(\"" + name + "\")";
        }
    }

    record Float(String name, int size) implements BtfType {
        public int kind() {
            return KIND_FLOAT;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A declaration tag on a type, or on one of its members/params when {@code componentIndex >= 0}. */
    record DeclTag(String name, BtfType type, int componentIndex) implements BtfType {
        public int kind() {
            return KIND_DECL_TAG;
        }

        public int size() {
            return -1;
        }
    }
}
