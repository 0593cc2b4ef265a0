package dev.bpfj.emitter.text;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small C-like syntax for BTF types, printed by {@link TypePrinter} and read by {@link TypeParser}.
 *
 * <p>Types read left to right: a base ({@code u32}, {@code __u64}, {@code unsigned int},
 * {@code struct flow}, {@code enum color}, a typedef name, {@code void}) followed by suffixes:
 * {@code *} (pointer to), {@code [N]} (array of N), {@code (params)} (function returning),
 * and qualifiers {@code const}, {@code volatile}, {@code restrict}, {@code __tag("x")} (before the
 * base they qualify it; after a suffix they qualify what is built so far). So {@code u8[6]} is six
 * bytes and {@code const char *} a pointer to const char. Struct members are written as in C:
 * {@code __u8 mac[6];}, bitfields {@code __u32 f:3}; where the layout is not C's natural one, every
 * member carries its offset ({@code @4} in bytes, {@code @bit 35} in bits) and the struct its
 * {@code size=N}.
 *
 * <p>Shorthands: {@code u8 u16 u32 u64 s8 s16 s32 s64} are the plain integers, {@code __u8 ...
 * __s64} the {@code linux/types.h} typedefs. Named structs, unions, enums and other typedefs are
 * defined once by directives ({@code .struct}, {@code .union}, {@code .enum}, {@code .typedef})
 * and referred to by name; a struct used before (or inside) its definition is a forward
 * declaration, which is how a self-referencing struct is written.
 */
public final class CTypes {
    private CTypes() {}

    /** Integer type names and the BTF INT each means. */
    static final Map<String, BtfType.Int> INTS = new LinkedHashMap<>();
    /** Shorthand integer names: the plain integer of that width. */
    static final Map<String, BtfType.Int> SHORTHANDS = new LinkedHashMap<>();
    /** The {@code linux/types.h} typedefs. */
    static final Map<String, BtfType.Typedef> BUILTIN_TYPEDEFS = new LinkedHashMap<>();

    static {
        for (BtfType.Int i : List.of(BtfType.Int.CHAR_TYPE, BtfType.Int.S8, BtfType.Int.U8, BtfType.Int.S16,
                BtfType.Int.U16, BtfType.Int.S32, BtfType.Int.U32, BtfType.Int.S64, BtfType.Int.U64)) {
            INTS.put(i.name(), i);
        }
        INTS.put("long", new BtfType.Int("long", 8, BtfType.Int.SIGNED, 64, 0));
        INTS.put("unsigned long", new BtfType.Int("unsigned long", 8, 0, 64, 0));
        INTS.put("long int", new BtfType.Int("long int", 8, BtfType.Int.SIGNED, 64, 0));
        INTS.put("long unsigned int", new BtfType.Int("long unsigned int", 8, 0, 64, 0));
        INTS.put("long long int", new BtfType.Int("long long int", 8, BtfType.Int.SIGNED, 64, 0));
        INTS.put("long long unsigned int", new BtfType.Int("long long unsigned int", 8, 0, 64, 0));
        INTS.put("short int", new BtfType.Int("short int", 2, BtfType.Int.SIGNED, 16, 0));
        INTS.put("short unsigned int", new BtfType.Int("short unsigned int", 2, 0, 16, 0));
        INTS.put("signed int", new BtfType.Int("signed int", 4, BtfType.Int.SIGNED, 32, 0));
        INTS.put("_Bool", new BtfType.Int("_Bool", 1, BtfType.Int.BOOL, 8, 0));
        INTS.put("__int128", new BtfType.Int("__int128", 16, BtfType.Int.SIGNED, 128, 0));
        INTS.put("unsigned __int128", new BtfType.Int("unsigned __int128", 16, 0, 128, 0));
        INTS.put("__int128 unsigned", new BtfType.Int("__int128 unsigned", 16, 0, 128, 0));
        SHORTHANDS.put("u8", BtfType.Int.U8);
        SHORTHANDS.put("u16", BtfType.Int.U16);
        SHORTHANDS.put("u32", BtfType.Int.U32);
        SHORTHANDS.put("u64", BtfType.Int.U64);
        SHORTHANDS.put("s8", BtfType.Int.S8);
        SHORTHANDS.put("s16", BtfType.Int.S16);
        SHORTHANDS.put("s32", BtfType.Int.S32);
        SHORTHANDS.put("s64", BtfType.Int.S64);
        for (BtfType.Typedef t : List.of(BtfType.Typedef.U8, BtfType.Typedef.U16, BtfType.Typedef.U32,
                BtfType.Typedef.U64, new BtfType.Typedef("__s8", BtfType.Int.S8),
                new BtfType.Typedef("__s16", BtfType.Int.S16), BtfType.Typedef.S32, BtfType.Typedef.S64)) {
            BUILTIN_TYPEDEFS.put(t.name(), t);
        }
    }

    /** The C alignment of a type, for natural struct layout. */
    static int alignOf(BtfType t) {
        return switch (t) {
            case BtfType.Int i -> Math.max(1, Math.min(i.size(), 16));
            case BtfType.Ptr p -> 8;
            case BtfType.Array a -> alignOf(a.element());
            case BtfType.Struct s -> s.members().stream().mapToInt(m -> alignOf(m.type())).max().orElse(1);
            case BtfType.Enum e -> Math.max(1, e.size());
            case BtfType.Typedef td -> alignOf(td.type());
            case BtfType.Qualifier q -> alignOf(q.type());
            case BtfType.Float f -> Math.max(1, Math.min(f.size(), 16));
            default -> 1;
        };
    }

    /** Members at the offsets C would give them, and the struct's natural size. */
    record Layout(List<Integer> bitOffsets, int size) {}

    static Layout naturalLayout(List<Member> members, boolean union) {
        List<Integer> offsets = new ArrayList<>();
        long cur = 0;
        long max = 0;
        int align = 1;
        for (Member m : members) {
            int a = alignOf(m.type());
            align = Math.max(align, a);
            int size = Math.max(0, m.type().size());
            if (union) {
                offsets.add(0);
                max = Math.max(max, size);
            } else {
                cur = (cur + a - 1) / a * a;
                offsets.add((int) (cur * 8));
                cur += size;
            }
        }
        long end = union ? max : cur;
        end = (end + align - 1) / align * align;
        return new Layout(offsets, (int) end);
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
