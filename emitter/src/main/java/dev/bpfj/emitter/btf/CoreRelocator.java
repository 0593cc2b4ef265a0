package dev.bpfj.emitter.btf;

import static dev.bpfj.core.Opcodes.*;

import dev.bpfj.core.BpfFormatException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.emitter.btf.CoreRelocation.Kind;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies CO-RE relocations as libbpf does ({@code bpf_object__relocate_core}): for each record,
 * the local spec is found in every target type of the same essential name, all matching candidates
 * must agree, and the instruction's immediate, offset (and load size) or 64-bit constant becomes
 * the target's value. What cannot be resolved is "poisoned" into {@code call 0xbad2310}, which the
 * kernel rejects only if reachable; what libbpf refuses outright is a {@link BpfFormatException}.
 *
 * <p>One relocator serves one object: like libbpf it keeps, per local type, the candidates that
 * matched so far, and later relocations of that type consider only those.
 */
public final class CoreRelocator {
    /** The immediate of a poisoned instruction: libbpf's {@code 0xbad2310} ("bad relo"). */
    public static final int POISON = 195896080;

    private final Btf local;
    private final TargetBtf target;
    private final ByteOrder order;
    private final Map<Integer, int[]> candidates = new HashMap<>();

    public CoreRelocator(Btf local, TargetBtf target) {
        this.local = local;
        this.target = target;
        this.order = local.order();
    }

    /**
     * What a relocation resolves to (libbpf's {@code bpf_core_relo_res}).
     *
     * @param expected the value the instruction must hold, when {@code validate}
     * @param value the new value
     * @param poison no target has it: the instruction becomes an invalid call
     * @param validate whether {@code expected} is checked (not for bitfields and type ids)
     * @param badSizeChange the field's size changed in a way a load cannot follow (poisons loads and stores)
     * @param localSize the field's local size for a load or store, else 0
     * @param targetSize its target size
     * @param target the target spec, as libbpf logs it, or {@code "none"}
     * @param local the local spec, as libbpf logs it
     */
    public record Resolution(long expected, long value, boolean poison, boolean validate, boolean badSizeChange,
            int localSize, int targetSize, String target, String local) {
        Resolution withLocal(String spec) {
            return new Resolution(expected, value, poison, validate, badSizeChange, localSize, targetSize, target, spec);
        }
    }

    /** A value of one spec (libbpf's per-spec {@code bpf_core_calc_*_relo}); null requests poisoning. */
    private record Calc(long value, int size, int typeId, boolean validate) {}

    private static BpfFormatException fail(CoreRelocation r, String problem) {
        return new BtfFormatException(r.toString(), problem);
    }

    /**
     * Resolves a relocation against the target BTF.
     *
     * @throws BpfFormatException when libbpf would refuse to load: a malformed access string, an
     *     anonymous type, candidates that disagree, a bitfield no load can read
     */
    public Resolution resolve(CoreRelocation r) {
        try {
            return resolveChecked(r);
        } catch (CoreSpec.Invalid e) {
            throw fail(r, e.getMessage());
        } catch (BtfFormatException e) {
            throw fail(r, e.getMessage());
        }
    }

    private Resolution resolveChecked(CoreRelocation r) {
        String localName = local.name(r.typeId());
        CoreSpec localSpec;
        try {
            localSpec = CoreSpec.parse(local, r);
        } catch (CoreSpec.Invalid | BtfFormatException e) {
            throw fail(r, "parsing [" + r.typeId() + "] " + (localName.isEmpty() ? "<anon>" : localName) + " + "
                    + r.access() + " failed: " + e.getMessage());
        }
        if (r.kind() == Kind.TYPE_ID_LOCAL) {
            return new Resolution(r.typeId(), r.typeId(), false, false, false, 0, 0, "local [" + r.typeId() + "]",
                    localSpec.describe());
        }
        if (localName.isEmpty()) {
            throw fail(r, "libbpf does not relocate anonymous types (\"relocation doesn't support anonymous types\")");
        }
        int[] cands = candidates.computeIfAbsent(r.typeId(), this::findCandidates);
        Resolution chosen = null;
        CoreSpec chosenSpec = null;
        int kept = 0;
        for (int cand : cands) {
            CoreSpec spec = CoreSpec.match(localSpec, target.btf(), cand);
            if (spec == null) {
                continue;
            }
            Resolution res = calc(r, localSpec, spec);
            if (chosen == null) {
                chosen = res;
                chosenSpec = spec;
            } else if (spec.bitOffset != chosenSpec.bitOffset) {
                throw fail(r, "field offset ambiguity: candidates " + chosenSpec.describe() + " and " + spec.describe()
                        + " put the field at different offsets (libbpf: \"field offset ambiguity\")");
            } else if (res.poison() != chosen.poison() || res.value() != chosen.value()) {
                throw fail(r, "relocation decision ambiguity: candidates " + chosenSpec.describe() + " and "
                        + spec.describe() + " give " + describe(chosen) + " and " + describe(res));
            }
            cands[kept++] = cand;
        }
        if (kept > 0) {
            candidates.put(r.typeId(), Arrays.copyOf(cands, kept));
            return chosen.withLocal(localSpec.describe());
        }
        return calc(r, localSpec, null).withLocal(localSpec.describe());
    }

    private static String describe(Resolution r) {
        return r.poison() ? "failure" : "success " + Long.toUnsignedString(r.value());
    }

    /** libbpf's {@code bpf_core_find_cands}: target types of the same kind and essential name. */
    private int[] findCandidates(int localId) {
        String essential = TargetBtf.essentialName(local.name(localId));
        return Arrays.stream(target.candidates(essential, local.kind(localId)))
                .filter(id -> CoreTypes.kindsCompatible(target.btf(), id, local, localId)).toArray();
    }

    /** libbpf's {@code bpf_core_calc_relo}; {@code targ} null when no candidate matched. */
    private Resolution calc(CoreRelocation r, CoreSpec loc, CoreSpec targ) {
        String where = targ == null ? "none" : targ.describe();
        Kind kind = r.kind();
        if (kind.isField()) {
            Calc l = field(r, loc);
            Calc t = field(r, targ);
            if (t == null) {
                return new Resolution(l.value(), 0, true, l.validate(), false, l.size(), 0, where, "");
            }
            boolean bad = false;
            if (l.size() != t.size()) {
                int lk = local.kind(l.typeId());
                int tk = target.btf().kind(t.typeId());
                boolean pointers = lk == BtfType.KIND_PTR && tk == BtfType.KIND_PTR;
                boolean unsigned = lk == BtfType.KIND_INT && tk == BtfType.KIND_INT
                        && local.intEncoding(l.typeId()) != 1 && target.btf().intEncoding(t.typeId()) != 1;
                bad = !pointers && !unsigned;
            }
            return new Resolution(l.value(), t.value(), false, l.validate(), bad, l.size(), t.size(), where, "");
        }
        if (kind.isType()) {
            long expected = typeValue(kind, loc);
            boolean validate = kind != Kind.TYPE_ID_TARGET;
            long value = targ == null ? 0 : typeValue(kind, targ);
            return new Resolution(expected, value, false, validate, false, 0, 0, where, "");
        }
        long expected = enumValue(kind, loc);
        if (targ == null && kind == Kind.ENUMVAL_VALUE) {
            return new Resolution(expected, 0, true, true, false, 0, 0, where, "");
        }
        return new Resolution(expected, enumValue(kind, targ), false, true, false, 0, 0, where, "");
    }

    private static long typeValue(Kind kind, CoreSpec spec) {
        return switch (kind) {
            case TYPE_ID_TARGET -> spec.rootId;
            case TYPE_EXISTS, TYPE_MATCHES -> 1;
            case TYPE_SIZE -> CoreSpec.sizeOrFail(spec.btf, spec.rootId);
            default -> throw new IllegalStateException(kind.name());
        };
    }

    private static long enumValue(Kind kind, CoreSpec spec) {
        if (kind == Kind.ENUMVAL_EXISTS) {
            return spec == null ? 0 : 1;
        }
        long v = spec.btf.enumValue(spec.accType[0], spec.accIndex[0]);
        // a 32-bit enumerator is a signed s32 that libbpf widens to u64
        return spec.btf.kind(spec.accType[0]) == BtfType.KIND_ENUM ? (int) v : v;
    }

    /** libbpf's {@code bpf_core_calc_field_relo}; null requests poisoning. */
    private Calc field(CoreRelocation r, CoreSpec spec) {
        Kind kind = r.kind();
        if (kind == Kind.FIELD_EXISTS) {
            return new Calc(spec == null ? 0 : 1, 0, 0, true);
        }
        if (spec == null) {
            return null;
        }
        Btf btf = spec.btf;
        int last = spec.len - 1;
        int accType = spec.accType[last];
        if (spec.accName[last] == null) {
            long size = CoreSpec.sizeOrFail(btf, accType);
            return switch (kind) {
                case FIELD_BYTE_OFFSET -> new Calc(spec.bitOffset / 8, (int) size, accType, true);
                case FIELD_BYTE_SIZE -> new Calc(size, 0, 0, true);
                default -> throw fail(r, "<" + kind.label() + "> cannot be applied to an array element");
            };
        }
        int[] m = btf.members(accType)[spec.accIndex[last]];
        int fieldType = btf.skipModifiers(m[1]);
        long bitOff = spec.bitOffset & 0xffffffffL;
        long bitSize = CoreSpec.bitfieldSize(btf, accType, m);
        boolean bitfield = bitSize > 0;
        long byteSize;
        long byteOff;
        if (bitfield) {
            byteSize = btf.sizeOrType(fieldType) & 0xffffffffL;
            if (byteSize == 0) {
                throw fail(r, "bitfield member of type [" + fieldType + "] has no size");
            }
            byteOff = bitOff / 8 / byteSize * byteSize;
            while (bitOff + bitSize - byteOff * 8 > byteSize * 8) {
                if (byteSize >= 8) {
                    throw fail(r, "the bitfield cannot be read with a 64-bit load (libbpf: \"can't be satisfied for"
                            + " bitfield\")");
                }
                byteSize *= 2;
                byteOff = bitOff / 8 / byteSize * byteSize;
            }
        } else {
            byteSize = CoreSpec.sizeOrFail(btf, fieldType);
            byteOff = bitOff / 8;
            bitSize = byteSize * 8;
        }
        // bitfield values are ambiguous (the compiler may load differently): only signedness and the
        // right shift are checked against the instruction
        boolean validate = !bitfield;
        return switch (kind) {
            case FIELD_BYTE_OFFSET -> bitfield ? new Calc(byteOff, 0, 0, validate)
                    : new Calc(byteOff, (int) byteSize, fieldType, validate);
            case FIELD_BYTE_SIZE -> new Calc(byteSize, 0, 0, validate);
            case FIELD_SIGNED -> {
                int k = btf.kind(fieldType);
                boolean signed = CoreTypes.isEnum(k) && btf.kindFlag(fieldType)
                        || k == BtfType.KIND_INT && (btf.intEncoding(fieldType) & 1) != 0;
                yield new Calc(signed ? 1 : 0, 0, 0, true);
            }
            case FIELD_LSHIFT_U64 -> new Calc(order == ByteOrder.LITTLE_ENDIAN ? 64 - (bitOff + bitSize - byteOff * 8)
                    : (8 - byteSize) * 8 + (bitOff - byteOff * 8), 0, 0, validate);
            case FIELD_RSHIFT_U64 -> new Calc(64 - bitSize, 0, 0, true);
            default -> throw new IllegalStateException(kind.name());
        };
    }

    /**
     * libbpf's {@code bpf_core_patch_insn}: the instruction(s) {@code insn} becomes — one, or for a
     * poisoned {@code lddw} the two invalid calls that take its two slots.
     *
     * @throws BpfFormatException when the instruction is not one a relocation can patch or does not
     *     hold the value the compiler should have put there
     */
    public static List<Instruction> patch(Instruction insn, CoreRelocation r, Resolution res) {
        int cls = insn.cls();
        long expected = res.expected();
        long value = res.value();
        switch (cls) {
            case ALU, ALU64 -> {
                if ((insn.opcode() & X) != K) {
                    throw unrecognized(insn, r);
                }
                if (res.poison()) {
                    return poison(insn);
                }
                if (res.validate() && insn.imm32() != expected) {
                    throw fail(r, "unexpected instruction value (ALU/ALU64): got " + Integer.toUnsignedString(insn.imm32())
                            + ", expected " + Long.toUnsignedString(expected) + " -> " + Long.toUnsignedString(value));
                }
                return List.of(insn.withImm((int) value));
            }
            case LDX, ST, STX -> {
                if (res.poison()) {
                    return poison(insn);
                }
                if (res.validate() && insn.offset() != expected) {
                    throw fail(r, "unexpected instruction value (LDX/ST/STX): got " + Integer.toUnsignedString(insn.offset())
                            + ", expected " + Long.toUnsignedString(expected) + " -> " + Long.toUnsignedString(value));
                }
                if (Long.compareUnsigned(value, Short.MAX_VALUE) > 0) {
                    throw fail(r, "offset " + Long.toUnsignedString(value) + " is too big for a load or store");
                }
                if (res.badSizeChange()) {
                    return poison(insn);
                }
                Instruction out = insn.withOffset((int) value);
                if (res.targetSize() != res.localSize()) {
                    int bytes = switch (insn.opcode() & 0x18) {
                        case DW -> 8;
                        case W -> 4;
                        case H -> 2;
                        default -> 1;
                    };
                    if (bytes != res.localSize()) {
                        throw fail(r, "unexpected memory size: the instruction accesses " + bytes + " bytes, the field"
                                + " has " + res.localSize());
                    }
                    int size = switch (res.targetSize()) {
                        case 8 -> DW;
                        case 4 -> W;
                        case 2 -> H;
                        case 1 -> B;
                        default -> throw fail(r, "invalid new memory size " + res.targetSize());
                    };
                    out = new Instruction(insn.opcode() & ~0x18 | size, out.dst(), out.src(), out.offset(), out.imm(),
                            out.reference(), out.source());
                }
                return List.of(out);
            }
            case LD -> {
                if (insn.opcode() != LDDW || insn.src() != 0 || insn.offset() != 0) {
                    throw fail(r, "the lddw has an unexpected form (" + insn + ")");
                }
                if (res.poison()) {
                    return poison(insn);
                }
                if (res.validate() && insn.imm() != expected) {
                    throw fail(r, "unexpected instruction value (LDIMM64): got " + Long.toUnsignedString(insn.imm())
                            + ", expected " + Long.toUnsignedString(expected) + " -> " + Long.toUnsignedString(value));
                }
                return List.of(insn.withImm(value));
            }
            default -> throw unrecognized(insn, r);
        }
    }

    private static BpfFormatException unrecognized(Instruction insn, CoreRelocation r) {
        return fail(r, "trying to relocate an unrecognized instruction (" + insn + ")");
    }

    /** The invalid call(s) replacing {@code insn}: two for an lddw, so that no slot moves. */
    private static List<Instruction> poison(Instruction insn) {
        Instruction call = new Instruction(CALL_OP, 0, 0, 0, POISON, null, insn.source());
        return insn.slots() == 2 ? List.of(call, call) : List.of(call);
    }
}
