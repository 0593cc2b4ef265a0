package dev.bpfj.emitter.btf;

import static dev.bpfj.core.btf.BtfType.*;

/**
 * libbpf's CO-RE type rules between a local (object) BTF and a target (kernel) BTF: which kinds
 * may stand for each other, when two types are "compatible" (type-based relocations), when two
 * field types are (field relocations), and when two types "match" ({@code bpf_core_type_matches}).
 * Results are 1 (yes), 0 (no) or -1 (too deep: libbpf's {@code -EINVAL}, a hard error).
 */
final class CoreTypes {
    private CoreTypes() {}

    static final int LEVELS = 32;
    /** Type comparisons one relocation may make: hostile BTF could make the recursion exponential. */
    static final int BUDGET = 100_000;

    /** Counts comparisons; exhausted means "too deep" (-1). */
    static final class Budget {
        private int left = BUDGET;

        boolean spend() {
            return --left >= 0;
        }
    }

    static boolean isEnum(int kind) {
        return kind == KIND_ENUM || kind == KIND_ENUM64;
    }

    static boolean isComposite(int kind) {
        return kind == KIND_STRUCT || kind == KIND_UNION;
    }

    /** Same kind, or any two enums. */
    static boolean kindsCompatible(Btf a, int aId, Btf b, int bId) {
        int ka = a.kind(aId);
        int kb = b.kind(bId);
        return ka == kb || isEnum(ka) && isEnum(kb);
    }

    /** Whether an INT is one of the deprecated bitfield-like integers (non-zero {@code BTF_INT_OFFSET}). */
    private static boolean bitfieldInt(Btf btf, int id) {
        return btf.intBitOffset(id) != 0;
    }

    /** Compares a pair of parameter types: 1, 0 or -1 like the rest. */
    @FunctionalInterface
    private interface Pair {
        int agree(int localType, int targetType);
    }

    /** Two FUNC_PROTOs of as many parameters, each pair agreeing: 1; else 0 or the first -1. */
    private static int paramsAgree(Btf local, int localId, Btf target, int targetId, Pair pair) {
        int[][] lp = local.params(localId);
        int[][] tp = target.params(targetId);
        if (lp.length != tp.length) {
            return 0;
        }
        for (int i = 0; i < lp.length; i++) {
            int r = pair.agree(lp[i][1], tp[i][1]);
            if (r <= 0) {
                return r;
            }
        }
        return 1;
    }

    /** libbpf's {@code bpf_core_types_are_compat}; the callers checked the root names. */
    static int compatible(Btf local, int localId, Btf target, int targetId, int level, Budget budget) {
        if (level < 0 || !budget.spend()) {
            return -1;
        }
        if (!kindsCompatible(local, localId, target, targetId)) {
            return 0;
        }
        for (int depth = LEVELS; depth > 0; depth--) {
            localId = local.skipModifiers(localId);
            targetId = target.skipModifiers(targetId);
            if (!kindsCompatible(local, localId, target, targetId)) {
                return 0;
            }
            switch (local.kind(localId)) {
                case 0, KIND_STRUCT, KIND_UNION, KIND_ENUM, KIND_FWD, KIND_ENUM64 -> {
                    return 1;
                }
                case KIND_INT -> {
                    return !bitfieldInt(local, localId) && !bitfieldInt(target, targetId) ? 1 : 0;
                }
                case KIND_PTR -> {
                    localId = local.sizeOrType(localId);
                    targetId = target.sizeOrType(targetId);
                }
                case KIND_ARRAY -> {
                    localId = local.array(localId)[0];
                    targetId = target.array(targetId)[0];
                }
                case KIND_FUNC_PROTO -> {
                    int r = paramsAgree(local, localId, target, targetId,
                            (l, t) -> compatible(local, local.skipModifiers(l), target, target.skipModifiers(t), level - 1,
                                    budget));
                    if (r <= 0) {
                        return r;
                    }
                    localId = local.sizeOrType(localId);
                    targetId = target.sizeOrType(targetId);
                }
                default -> {
                    return 0;
                }
            }
        }
        return -1;
    }

    /**
     * libbpf's {@code bpf_core_fields_are_compat}: any two structs or unions; pointers; floats; enums
     * and forward declarations of the same essential name (or one anonymous); integers that are not
     * bitfield-like; arrays of compatible elements.
     */
    static boolean fieldsCompatible(Btf local, int localId, Btf target, int targetId) {
        for (int depth = 0; depth < Btf.MAX_DEPTH; depth++) {
            localId = local.skipModifiers(localId);
            targetId = target.skipModifiers(targetId);
            int lk = local.kind(localId);
            if (isComposite(lk) && isComposite(target.kind(targetId))) {
                return true;
            }
            if (!kindsCompatible(local, localId, target, targetId)) {
                return false;
            }
            switch (lk) {
                case KIND_PTR, KIND_FLOAT -> {
                    return true;
                }
                case KIND_FWD, KIND_ENUM, KIND_ENUM64 -> {
                    String ln = TargetBtf.essentialName(local.name(localId));
                    String tn = TargetBtf.essentialName(target.name(targetId));
                    return ln.isEmpty() || tn.isEmpty() || ln.equals(tn);
                }
                case KIND_INT -> {
                    return !bitfieldInt(local, localId) && !bitfieldInt(target, targetId);
                }
                case KIND_ARRAY -> {
                    localId = local.array(localId)[0];
                    targetId = target.array(targetId)[0];
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    /** libbpf's {@code bpf_core_names_match}: an anonymous target matches only an anonymous local. */
    private static boolean namesMatch(String local, String target) {
        if (target.isEmpty()) {
            return local.isEmpty();
        }
        return TargetBtf.essentialName(local).equals(TargetBtf.essentialName(target));
    }

    /** libbpf's {@code bpf_core_types_match} ({@code bpf_core_type_matches()}). */
    static int match(Btf local, int localId, Btf target, int targetId, boolean behindPtr, int level, Budget budget) {
        if (level <= 0 || !budget.spend()) {
            return -1;
        }
        for (int depth = LEVELS; depth > 0; depth--) {
            localId = local.skipModifiers(localId);
            targetId = target.skipModifiers(targetId);
            if (!namesMatch(local.name(localId), target.name(targetId))) {
                return 0;
            }
            int lk = local.kind(localId);
            int tk = target.kind(targetId);
            switch (lk) {
                case 0 -> {
                    return lk == tk ? 1 : 0;
                }
                case KIND_FWD -> {
                    boolean lf = local.kindFlag(localId);
                    if (behindPtr && lk != tk) {
                        return tk == KIND_STRUCT && !lf || tk == KIND_UNION && lf ? 1 : 0;
                    }
                    return lk == tk && lf == target.kindFlag(targetId) ? 1 : 0;
                }
                case KIND_ENUM, KIND_ENUM64 -> {
                    return isEnum(tk) && enumsMatch(local, localId, target, targetId) ? 1 : 0;
                }
                case KIND_STRUCT, KIND_UNION -> {
                    if (behindPtr) {
                        if (lk == tk) {
                            return 1;
                        }
                        return tk == KIND_FWD && (lk == KIND_UNION) == target.kindFlag(targetId) ? 1 : 0;
                    }
                    return lk == tk ? compositesMatch(local, localId, target, targetId, behindPtr, level, budget) : 0;
                }
                case KIND_INT -> {
                    return lk == tk && local.sizeOrType(localId) == target.sizeOrType(targetId)
                            && (local.intEncoding(localId) & 1) == (target.intEncoding(targetId) & 1) ? 1 : 0;
                }
                case KIND_PTR -> {
                    if (lk != tk) {
                        return 0;
                    }
                    behindPtr = true;
                    localId = local.sizeOrType(localId);
                    targetId = target.sizeOrType(targetId);
                }
                case KIND_ARRAY -> {
                    if (lk != tk || local.array(localId)[2] != target.array(targetId)[2]) {
                        return 0;
                    }
                    localId = local.array(localId)[0];
                    targetId = target.array(targetId)[0];
                }
                case KIND_FUNC_PROTO -> {
                    if (lk != tk) {
                        return 0;
                    }
                    boolean ptr = behindPtr;
                    int r = paramsAgree(local, localId, target, targetId,
                            (l, t) -> match(local, l, target, t, ptr, level - 1, budget));
                    if (r <= 0) {
                        return r;
                    }
                    localId = local.sizeOrType(localId);
                    targetId = target.sizeOrType(targetId);
                }
                default -> {
                    return 0;
                }
            }
        }
        return -1;
    }

    private static boolean enumsMatch(Btf local, int localId, Btf target, int targetId) {
        if (local.sizeOrType(localId) != target.sizeOrType(targetId)) {
            return false;
        }
        int ln = local.vlen(localId);
        int tn = target.vlen(targetId);
        if (ln > tn) {
            return false;
        }
        for (int i = 0; i < ln; i++) {
            String name = local.enumName(localId, i);
            boolean found = false;
            for (int j = 0; j < tn && !found; j++) {
                found = namesMatch(name, target.enumName(targetId, j));
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static int compositesMatch(Btf local, int localId, Btf target, int targetId, boolean behindPtr, int level,
            Budget budget) {
        int[][] lm = local.members(localId);
        int[][] tm = target.members(targetId);
        if (lm.length > tm.length) {
            return 0;
        }
        for (int[] l : lm) {
            String name = local.string(l[0] & 0xffffffffL);
            boolean matched = false;
            for (int j = 0; j < tm.length && !matched; j++) {
                if (!namesMatch(name, target.string(tm[j][0] & 0xffffffffL))) {
                    continue;
                }
                int r = match(local, l[1], target, tm[j][1], behindPtr, level - 1, budget);
                if (r < 0) {
                    return r;
                }
                matched = r > 0;
            }
            if (!matched) {
                return 0;
            }
        }
        return 1;
    }
}
