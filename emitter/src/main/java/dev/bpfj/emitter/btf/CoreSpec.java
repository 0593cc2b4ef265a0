package dev.bpfj.emitter.btf;

import static dev.bpfj.core.btf.BtfType.*;

import dev.bpfj.emitter.btf.CoreRelocation.Kind;

/**
 * What a CO-RE access string designates in one BTF (libbpf's {@code bpf_core_spec}): the raw
 * indices ({@code 0:1:2}), the "high-level" accessors (the root element, each named member, each
 * array element; anonymous structs and unions are passed through) and the bit offset they add up
 * to. Built from the local BTF by {@link #parse}, found again in a target candidate by {@link #match}.
 */
final class CoreSpec {
    static final int MAX_LEN = 64;

    /** libbpf's {@code -EINVAL}/{@code -E2BIG} while parsing or matching: a hard error. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    final Btf btf;
    final int rootId;
    final Kind kind;
    final int[] accType = new int[MAX_LEN];
    final int[] accIndex = new int[MAX_LEN];
    final String[] accName = new String[MAX_LEN];
    int len;
    final int[] raw = new int[MAX_LEN];
    int rawLen;
    long bitOffset;
    private final CoreTypes.Budget budget = new CoreTypes.Budget();

    private CoreSpec(Btf btf, int rootId, Kind kind) {
        this.btf = btf;
        this.rootId = rootId;
        this.kind = kind;
    }

    private void push(int type, int index, String name) {
        accType[len] = type;
        accIndex[len] = index;
        accName[len] = name;
        len++;
    }

    private void pushRaw(int index) {
        if (rawLen == MAX_LEN) {
            throw new Invalid("the access nests deeper than " + MAX_LEN + " levels");
        }
        raw[rawLen++] = index;
    }

    /** libbpf's {@code btf__resolve_size}: the size in bytes, or -1 when the type has none. */
    static long size(Btf btf, int id) {
        long elems = 1;
        for (int depth = 0; depth < 32 && id != 0; depth++) {
            switch (btf.kind(id)) {
                case KIND_INT, KIND_STRUCT, KIND_UNION, KIND_ENUM, KIND_ENUM64, KIND_DATASEC, KIND_FLOAT -> {
                    long size = btf.sizeOrType(id) & 0xffffffffL;
                    return elems != 0 && size > 0xffffffffL / elems ? -1 : elems * size;
                }
                case KIND_PTR -> {
                    return elems * 8;
                }
                case KIND_TYPEDEF, KIND_VOLATILE, KIND_CONST, KIND_RESTRICT, KIND_VAR, KIND_DECL_TAG, KIND_TYPE_TAG ->
                        id = btf.sizeOrType(id);
                case KIND_ARRAY -> {
                    int[] a = btf.array(id);
                    long n = a[2] & 0xffffffffL;
                    if (elems != 0 && n > 0xffffffffL / elems) {
                        return -1;
                    }
                    elems *= n;
                    id = a[0];
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    static long sizeOrFail(Btf btf, int id) {
        long s = size(btf, id);
        if (s < 0) {
            throw new Invalid("type [" + id + "] has no size");
        }
        return s;
    }

    static int memberBitOffset(Btf btf, int id, int[] member) {
        return btf.kindFlag(id) ? member[2] & 0xffffff : member[2];
    }

    static int bitfieldSize(Btf btf, int id, int[] member) {
        return btf.kindFlag(id) ? member[2] >>> 24 : 0;
    }

    /** A flexible array: the last member of a struct, of no elements. */
    private static boolean flexible(Btf btf, String parentName, int parentType, int parentIndex, int nelems) {
        return parentName != null && nelems == 0 && parentIndex == btf.vlen(parentType) - 1;
    }

    /** libbpf's {@code bpf_core_parse_spec}: the local spec of a relocation. */
    static CoreSpec parse(Btf btf, CoreRelocation r) {
        String access = r.access();
        if (access.isEmpty() || access.charAt(0) == ':') {
            throw new Invalid("the access string '" + access + "' is empty or starts with ':'");
        }
        CoreSpec spec = new CoreSpec(btf, r.typeId(), r.kind());
        if (r.kind().isType()) {
            if (!access.equals("0")) {
                throw new Invalid("a type relocation's access string must be \"0\", not '" + access + "'");
            }
            return spec;
        }
        for (String part : access.split(":", -1)) {
            if (part.isEmpty() || part.length() > 9 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new Invalid("the access string '" + access + "' is not indices separated by ':'");
            }
            spec.pushRaw(Integer.parseInt(part));
        }
        int id = btf.skipModifiers(r.typeId());
        int index = spec.raw[0];
        spec.push(id, index, null);
        if (r.kind().isEnumValue()) {
            if (!isEnumKind(btf.kind(id)) || spec.rawLen > 1 || index >= btf.vlen(id)) {
                throw new Invalid("an enum value relocation needs an enum type and one enumerator index");
            }
            spec.accName[0] = btf.enumName(id, index);
            return spec;
        }
        spec.bitOffset = (long) index * sizeOrFail(btf, id) * 8;
        for (int i = 1; i < spec.rawLen; i++) {
            id = btf.skipModifiers(id);
            index = spec.raw[i];
            int k = btf.kind(id);
            if (CoreTypes.isComposite(k)) {
                int[][] members = btf.members(id);
                if (index >= members.length) {
                    throw new Invalid("member " + index + " of type [" + id + "] does not exist");
                }
                int[] m = members[index];
                spec.bitOffset += memberBitOffset(btf, id, m) & 0xffffffffL;
                if (m[0] != 0) {
                    String name = btf.string(m[0] & 0xffffffffL);
                    if (name.isEmpty()) {
                        throw new Invalid("member " + index + " of type [" + id + "] has an empty name");
                    }
                    spec.push(id, index, name);
                }
                id = m[1];
            } else if (k == KIND_ARRAY) {
                int[] a = btf.array(id);
                id = btf.skipModifiers(a[0]);
                int p = spec.len - 1;
                if (!flexible(btf, spec.accName[p], spec.accType[p], spec.accIndex[p], a[2])
                        && (index & 0xffffffffL) >= (a[2] & 0xffffffffL)) {
                    throw new Invalid("element " + index + " is out of the bounds of array type [" + id + "]");
                }
                spec.push(id, index, null);
                spec.bitOffset += (long) index * sizeOrFail(btf, id) * 8;
            } else {
                throw new Invalid("index " + i + " of the access string steps into type [" + id + "], which is neither"
                        + " a struct, a union nor an array");
            }
        }
        return spec;
    }

    private static boolean isEnumKind(int k) {
        return CoreTypes.isEnum(k);
    }

    /**
     * libbpf's {@code bpf_core_spec_match}: the target spec of candidate {@code targetId}, or null when
     * the candidate does not have what the local spec designates.
     */
    static CoreSpec match(CoreSpec local, Btf target, int targetId) {
        CoreSpec t = new CoreSpec(target, targetId, local.kind);
        if (local.kind.isType()) {
            int r = local.kind == Kind.TYPE_MATCHES
                    ? CoreTypes.match(local.btf, local.rootId, target, targetId, false, CoreTypes.LEVELS,
                            new CoreTypes.Budget())
                    : CoreTypes.compatible(local.btf, local.rootId, target, targetId, CoreTypes.LEVELS,
                            new CoreTypes.Budget());
            if (r < 0) {
                throw new Invalid("types nest deeper than " + CoreTypes.LEVELS + " levels or are too complex to compare");
            }
            return r > 0 ? t : null;
        }
        if (local.kind.isEnumValue()) {
            int id = target.skipModifiers(targetId);
            if (!isEnumKind(target.kind(id))) {
                return null;
            }
            String wanted = TargetBtf.essentialName(local.accName[0]);
            for (int i = 0; i < target.vlen(id); i++) {
                String n = target.enumName(id, i);
                if (TargetBtf.essentialName(n).equals(wanted)) {
                    t.push(id, i, n);
                    t.pushRaw(i);
                    return t;
                }
            }
            return null;
        }
        int id = targetId;
        for (int i = 0; i < local.len; i++) {
            id = target.skipModifiers(id);
            if (local.accName[i] != null) {
                int[] next = new int[1];
                int r = t.matchMember(local, i, id, next);
                if (r <= 0) {
                    return null;
                }
                id = next[0];
            } else {
                if (i > 0) {
                    if (target.kind(id) != KIND_ARRAY) {
                        return null;
                    }
                    int[] a = target.array(id);
                    int p = t.len - 1;
                    if (!flexible(target, t.accName[p], t.accType[p], t.accIndex[p], a[2])
                            && (local.accIndex[i] & 0xffffffffL) >= (a[2] & 0xffffffffL)) {
                        return null;
                    }
                    id = target.skipModifiers(a[0]);
                }
                t.pushRaw(local.accIndex[i]);
                t.push(id, local.accIndex[i], null);
                t.bitOffset += (long) local.accIndex[i] * sizeOrFail(target, id) * 8;
            }
        }
        return t;
    }

    /**
     * libbpf's {@code bpf_core_match_member}: finds the member named like local accessor {@code acc} in
     * target composite {@code targetId}, looking through anonymous members; 1 found and compatible
     * (its type in {@code next[0]}), 0 not.
     */
    private int matchMember(CoreSpec local, int acc, int targetId, int[] next) {
        targetId = btf.skipModifiers(targetId);
        if (!CoreTypes.isComposite(btf.kind(targetId))) {
            return 0;
        }
        int[] localMember = local.btf.members(local.accType[acc])[local.accIndex[acc]];
        String wanted = local.accName[acc];
        int[][] members = btf.members(targetId);
        for (int i = 0; i < members.length; i++) {
            if (!budget.spend()) {
                throw new Invalid("the target's anonymous members nest too intricately to search");
            }
            int[] m = members[i];
            long bits = memberBitOffset(btf, targetId, m) & 0xffffffffL;
            pushRaw(i);
            bitOffset += bits;
            String name = btf.string(m[0] & 0xffffffffL);
            if (name.isEmpty()) {
                int found = matchMember(local, acc, m[1], next);
                if (found != 0) {
                    return found;
                }
            } else if (name.equals(wanted)) {
                push(targetId, i, name);
                next[0] = m[1];
                if (!CoreTypes.fieldsCompatible(local.btf, localMember[1], btf, m[1])) {
                    len--;
                    return 0;
                }
                return 1;
            }
            bitOffset -= bits;
            rawLen--;
        }
        return 0;
    }

    /** libbpf's spec format: {@code [12] struct iphdr.saddr (0:9 @ offset 12)}. */
    String describe() {
        StringBuilder b = new StringBuilder("[").append(rootId).append("] ").append(btf.name(rootId).isEmpty()
                ? "<anon>" : btf.name(rootId));
        if (kind.isType()) {
            return b.toString();
        }
        if (kind.isEnumValue()) {
            return len > 0 ? b.append("::").append(accName[0]).toString() : b.toString();
        }
        for (int i = 0; i < len; i++) {
            if (accName[i] != null) {
                b.append('.').append(accName[i]);
            } else if (i > 0 || accIndex[i] > 0) {
                b.append('[').append(accIndex[i]).append(']');
            }
        }
        b.append(" (");
        for (int i = 0; i < rawLen; i++) {
            b.append(i == 0 ? "" : ":").append(raw[i]);
        }
        b.append(" @ offset ").append(bitOffset / 8);
        if (bitOffset % 8 != 0) {
            b.append('.').append(bitOffset % 8);
        }
        return b.append(')').toString();
    }
}
