package dev.bpfj.emitter.btf;

import static dev.bpfj.core.Opcodes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.BpfFormatException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Array;
import dev.bpfj.core.btf.BtfType.Enum;
import dev.bpfj.core.btf.BtfType.Enumerator;
import dev.bpfj.core.btf.BtfType.Int;
import dev.bpfj.core.btf.BtfType.Member;
import dev.bpfj.core.btf.BtfType.Ptr;
import dev.bpfj.core.btf.BtfType.Struct;
import dev.bpfj.emitter.btf.CoreRelocation.Kind;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every CO-RE relocation kind against small hand-built local and target BTF, with libbpf's outcomes. */
class CoreRelocatorTest {

    /** A BTF blob and the ids its types got. */
    record Built(Btf btf, BtfWriter.Encoded encoded) {
        int id(BtfType t) {
            return encoded.id(t);
        }
    }

    static Built build(BtfType... types) {
        BtfWriter w = new BtfWriter();
        for (BtfType t : types) {
            w.add(t);
        }
        BtfWriter.Encoded e = w.build(ByteOrder.LITTLE_ENDIAN);
        return new Built(Btf.parse(e.bytes(), ByteOrder.LITTLE_ENDIAN), e);
    }

    static Struct struct(String name, int size, Member... members) {
        return new Struct(name, size, List.of(members), false);
    }

    static Member m(String name, BtfType type, int bitOffset) {
        return new Member(name, type, bitOffset, 0);
    }

    static CoreRelocation relo(int typeId, String access, Kind kind) {
        return new CoreRelocation("xdp", 0, 0, typeId, access, kind);
    }

    static final Instruction LDX_W = new Instruction(LDX | MEM | W, 1, 2, 4, 0, null, null);

    static Instruction mov(long imm) {
        return new Instruction(ALU64 | MOV | K, 1, 0, 0, imm, null, null);
    }

    static Instruction lddw(long imm) {
        return new Instruction(LDDW, 1, 0, 0, imm, null, null);
    }

    /** Resolves and patches one instruction. */
    static List<Instruction> apply(Built local, Built target, CoreRelocation r, Instruction insn) {
        CoreRelocator.Resolution res = new CoreRelocator(local.btf(), new TargetBtf("test", target.btf())).resolve(r);
        return CoreRelocator.patch(insn, r, res);
    }

    static boolean poisoned(List<Instruction> out) {
        return out.stream().allMatch(i -> i.opcode() == CALL_OP && i.imm() == CoreRelocator.POISON && i.src() == 0);
    }

    // local: struct s { int a; int b; int missing; int arr[4]; }, flavored s___local
    static final Struct LOCAL = struct("s___local", 28, m("a", Int.S32, 0), m("b", Int.U32, 32), m("missing", Int.S32, 64),
            m("arr", new Array(Int.S32, Array.ARRAY_INDEX, 4), 96));
    // target: struct s { long long pad; struct { union { unsigned b; }; }; int a; int arr[4]; }
    static final Struct ANON_UNION = new Struct("", 4, List.of(m("b", Int.U32, 0)), true);
    static final Struct ANON = struct("", 4, m("", ANON_UNION, 0));
    static final Struct TARGET = struct("s", 32, m("pad", Int.S64, 0), m("", ANON, 64), m("a", Int.S32, 96),
            m("arr", new Array(Int.S32, Array.ARRAY_INDEX, 4), 128));

    @Test
    void fieldOffsetsFollowTheTargetLayoutThroughFlavorsAndAnonymousMembers() {
        Built local = build(LOCAL);
        Built target = build(TARGET);
        int s = local.id(LOCAL);
        Instruction ldxB = LDX_W.withOffset(4);
        assertThat(apply(local, target, relo(s, "0:1", Kind.FIELD_BYTE_OFFSET), ldxB).get(0).offset()).isEqualTo(8);
        Instruction ldxA = LDX_W.withOffset(0);
        assertThat(apply(local, target, relo(s, "0:0", Kind.FIELD_BYTE_OFFSET), ldxA).get(0).offset()).isEqualTo(12);
        // &s->arr[2]: 12 + 8 locally, 16 + 8 in the target
        assertThat(apply(local, target, relo(s, "0:3:2", Kind.FIELD_BYTE_OFFSET), mov(20)).get(0).imm()).isEqualTo(24);
        // s[1].a: the root index steps over whole structs (28 locally, 32 in the target)
        assertThat(apply(local, target, relo(s, "1:0", Kind.FIELD_BYTE_OFFSET), mov(28)).get(0).imm()).isEqualTo(44);
        assertThat(apply(local, target, relo(s, "0:3", Kind.FIELD_BYTE_SIZE), mov(16)).get(0).imm()).isEqualTo(16);
        assertThat(apply(local, target, relo(s, "0:3:1", Kind.FIELD_BYTE_SIZE), mov(4)).get(0).imm()).isEqualTo(4);
        assertThat(apply(local, target, relo(s, "0:0", Kind.FIELD_SIGNED), mov(1)).get(0).imm()).isEqualTo(1);
        assertThat(apply(local, target, relo(s, "0:1", Kind.FIELD_SIGNED), mov(0)).get(0).imm()).isEqualTo(0);
    }

    @Test
    void missingFieldsAreZeroForExistenceAndPoisonElsewhere() {
        Built local = build(LOCAL);
        Built target = build(TARGET);
        int s = local.id(LOCAL);
        assertThat(apply(local, target, relo(s, "0:1", Kind.FIELD_EXISTS), mov(1)).get(0).imm()).isEqualTo(1);
        assertThat(apply(local, target, relo(s, "0:2", Kind.FIELD_EXISTS), mov(1)).get(0).imm()).isEqualTo(0);
        assertThat(poisoned(apply(local, target, relo(s, "0:2", Kind.FIELD_BYTE_OFFSET), LDX_W.withOffset(8)))).isTrue();
        assertThat(poisoned(apply(local, target, relo(s, "0:2", Kind.FIELD_BYTE_SIZE), mov(4)))).isTrue();
        List<Instruction> ld = apply(local, target, relo(s, "0:2", Kind.FIELD_BYTE_OFFSET), lddw(8));
        assertThat(ld).as("a poisoned lddw becomes two invalid calls, so no slot moves").hasSize(2);
        assertThat(poisoned(ld)).isTrue();
        // an array index past the target's bound does not match either
        Struct shortArr = struct("s", 8, m("arr", new Array(Int.S32, Array.ARRAY_INDEX, 2), 0));
        assertThat(poisoned(apply(local, build(shortArr), relo(s, "0:3:3", Kind.FIELD_BYTE_OFFSET), mov(24)))).isTrue();
    }

    @Test
    void bitfieldsGetLibbpfsLoadSizeAndShifts() {
        Struct local = new Struct("bits", 4, List.of(new Member("lo", Int.U32, 0, 3), new Member("hi", Int.S32, 3, 5)), false);
        Struct target = new Struct("bits", 8, List.of(new Member("pad", Int.U32, 0, 0), new Member("hi", Int.S32, 44, 7),
                new Member("lo", Int.U8, 51, 6)), false);
        Built l = build(local);
        Built t = build(target);
        int id = l.id(local);
        // hi: bits 44..51 of an int: a 4-byte load at 4 covers them
        assertThat(apply(l, t, relo(id, "0:1", Kind.FIELD_BYTE_OFFSET), mov(0)).get(0).imm()).isEqualTo(4);
        assertThat(apply(l, t, relo(id, "0:1", Kind.FIELD_BYTE_SIZE), mov(4)).get(0).imm()).isEqualTo(4);
        assertThat(apply(l, t, relo(id, "0:1", Kind.FIELD_LSHIFT_U64), mov(56)).get(0).imm()).isEqualTo(64 - (44 + 7 - 32));
        assertThat(apply(l, t, relo(id, "0:1", Kind.FIELD_RSHIFT_U64), mov(59)).get(0).imm()).isEqualTo(64 - 7);
        assertThat(apply(l, t, relo(id, "0:1", Kind.FIELD_SIGNED), mov(1)).get(0).imm()).isEqualTo(1);
        // lo: bits 51..57 of a u8 straddle bytes 6 and 7: the load doubles to 2 bytes at 6
        assertThat(apply(l, t, relo(id, "0:0", Kind.FIELD_BYTE_OFFSET), mov(0)).get(0).imm()).isEqualTo(6);
        assertThat(apply(l, t, relo(id, "0:0", Kind.FIELD_BYTE_SIZE), mov(4)).get(0).imm()).isEqualTo(2);
        assertThat(apply(l, t, relo(id, "0:0", Kind.FIELD_SIGNED), mov(0)).get(0).imm()).isEqualTo(0);
        assertThatThrownBy(() -> apply(l, t, relo(id, "0:1", Kind.FIELD_RSHIFT_U64), mov(3)))
                .as("the right shift is checked even for bitfields").isInstanceOf(BpfFormatException.class)
                .hasMessageContaining("unexpected instruction value (ALU/ALU64): got 3, expected 59");
        Struct wide = new Struct("bits", 16, List.of(new Member("hi", Int.U64, 60, 8)), false);
        assertThatThrownBy(() -> apply(l, build(wide), relo(id, "0:1", Kind.FIELD_BYTE_OFFSET), mov(0)))
                .hasMessageContaining("cannot be read with a 64-bit load");
    }

    @Test
    void loadsFollowAResizedUnsignedOrPointerFieldAndPoisonOthers() {
        Struct local = struct("r", 16, m("u", Int.U32, 0), m("i", Int.S32, 32), m("p", new Ptr(Int.S32), 64));
        Struct target = struct("r", 24, m("u", Int.U64, 0), m("i", Int.S64, 64), m("p", new Ptr(Int.S32), 128));
        Built l = build(local);
        Built t = build(target);
        int id = l.id(local);
        Instruction out = apply(l, t, relo(id, "0:0", Kind.FIELD_BYTE_OFFSET), LDX_W.withOffset(0)).get(0);
        assertThat(out.opcode()).as("u32 -> u64: the load widens").isEqualTo(LDX | MEM | DW);
        assertThat(poisoned(apply(l, t, relo(id, "0:1", Kind.FIELD_BYTE_OFFSET), LDX_W.withOffset(4))))
                .as("s32 -> s64 cannot be read by a resized load").isTrue();
        assertThat(apply(l, t, relo(id, "0:1", Kind.FIELD_BYTE_OFFSET), mov(4)).get(0).imm())
                .as("only loads and stores care about the size").isEqualTo(8);
        Instruction ldxDw = new Instruction(LDX | MEM | DW, 1, 2, 8, 0, null, null);
        assertThat(apply(l, t, relo(id, "0:2", Kind.FIELD_BYTE_OFFSET), ldxDw).get(0)).isEqualTo(ldxDw.withOffset(16));
        assertThatThrownBy(() -> apply(l, t, relo(id, "0:0", Kind.FIELD_BYTE_OFFSET),
                new Instruction(LDX | MEM | H, 1, 2, 0, 0, null, null)))
                .hasMessageContaining("unexpected memory size: the instruction accesses 2 bytes, the field has 4");
        Struct far = struct("r", 40000, m("u", Int.U32, 8 * 39000));
        assertThatThrownBy(() -> apply(l, build(far), relo(id, "0:0", Kind.FIELD_BYTE_OFFSET), LDX_W.withOffset(0)))
                .hasMessageContaining("too big");
    }

    @Test
    void typeRelocations() {
        Struct local = struct("t___mine", 4, m("x", Int.S32, 0));
        Struct nowhere = struct("absent", 4, m("x", Int.S32, 0));
        Struct target = struct("t", 12, m("x", Int.S32, 0), m("y", Int.S64, 32));
        Struct unrelatedUnion = new Struct("t", 4, List.of(m("x", Int.S32, 0)), true);
        Built l = build(local, nowhere);
        Built t = build(unrelatedUnion, target);
        int id = l.id(local);
        assertThat(apply(l, t, relo(id, "0", Kind.TYPE_EXISTS), mov(1)).get(0).imm()).isEqualTo(1);
        assertThat(apply(l, t, relo(l.id(nowhere), "0", Kind.TYPE_EXISTS), mov(1)).get(0).imm()).isEqualTo(0);
        assertThat(apply(l, t, relo(id, "0", Kind.TYPE_SIZE), mov(4)).get(0).imm()).isEqualTo(12);
        assertThat(apply(l, t, relo(l.id(nowhere), "0", Kind.TYPE_SIZE), mov(4)).get(0).imm()).isEqualTo(0);
        assertThat(apply(l, t, relo(id, "0", Kind.TYPE_ID_TARGET), mov(999)).get(0).imm())
                .as("the struct, not the union of the same name; the local id is not checked").isEqualTo(t.id(target));
        assertThat(apply(l, t, relo(id, "0", Kind.TYPE_ID_LOCAL), lddw(0)).get(0).imm()).isEqualTo(id);
        assertThat(apply(l, t, relo(id, "0", Kind.TYPE_MATCHES), mov(1)).get(0).imm())
                .as("every local member is in the target with a matching type").isEqualTo(1);
        Struct mismatch = struct("t", 8, m("x", Int.S64, 0));
        assertThat(apply(l, build(mismatch), relo(id, "0", Kind.TYPE_MATCHES), mov(1)).get(0).imm()).isEqualTo(0);
        assertThat(apply(l, build(mismatch), relo(id, "0", Kind.TYPE_EXISTS), mov(1)).get(0).imm())
                .as("compatible is looser than matches").isEqualTo(1);
        assertThatThrownBy(() -> apply(l, t, relo(id, "0:1", Kind.TYPE_EXISTS), mov(1)))
                .hasMessageContaining("must be \"0\"");
    }

    @Test
    void enumValueRelocations() {
        Enum local = new Enum("e___v1", 4, true, List.of(new Enumerator("A", 5), new Enumerator("B___old", 6),
                new Enumerator("C", 7)));
        Enum target = new Enum("e", 4, true, List.of(new Enumerator("B", -3), new Enumerator("A", 1)));
        Enum big = new Enum("e", 8, false, List.of(new Enumerator("A", 1L << 40)));
        Built l = build(local);
        Built t = build(target);
        int id = l.id(local);
        assertThat(apply(l, t, relo(id, "0", Kind.ENUMVAL_VALUE), mov(5)).get(0).imm()).isEqualTo(1);
        assertThat(apply(l, t, relo(id, "1", Kind.ENUMVAL_VALUE), lddw(6)).get(0).imm())
                .as("a negative 32-bit enumerator widens with its sign, as libbpf's u64").isEqualTo(-3L);
        assertThat(apply(l, t, relo(id, "2", Kind.ENUMVAL_EXISTS), mov(1)).get(0).imm()).isEqualTo(0);
        assertThat(poisoned(apply(l, t, relo(id, "2", Kind.ENUMVAL_VALUE), lddw(7)))).isTrue();
        assertThat(apply(l, build(big), relo(id, "0", Kind.ENUMVAL_VALUE), lddw(5)).get(0).imm()).isEqualTo(1L << 40);
        assertThatThrownBy(() -> apply(l, t, relo(id, "3", Kind.ENUMVAL_VALUE), mov(5))).hasMessageContaining("parsing");
    }

    @Test
    void candidatesThatDisagreeAreAnAmbiguityError() {
        Built local = build(LOCAL);
        Struct other = struct("s___2", 8, m("a", Int.S32, 32));
        Built target = build(TARGET, other);
        int s = local.id(LOCAL);
        assertThatThrownBy(() -> apply(local, target, relo(s, "0:0", Kind.FIELD_BYTE_OFFSET), LDX_W.withOffset(0)))
                .isInstanceOf(BpfFormatException.class)
                .hasMessageContaining("CO-RE relocation #0 <byte_off> type [" + s + "] access 0:0")
                .hasMessageContaining("field offset ambiguity");
        // candidates that agree (structurally identical duplicates) are fine
        Struct twin = struct("s___twin", 32, m("pad", Int.S64, 0), m("a", Int.S32, 96));
        assertThat(apply(local, build(TARGET, twin), relo(s, "0:0", Kind.FIELD_BYTE_OFFSET), LDX_W.withOffset(0))
                .get(0).offset()).isEqualTo(12);
        // existence can differ between candidates: one has it, one not; the non-matching one is simply skipped
        Struct without = struct("s___old", 4, m("zzz", Int.S32, 0));
        assertThat(apply(local, build(TARGET, without), relo(s, "0:1", Kind.FIELD_EXISTS), mov(1)).get(0).imm())
                .isEqualTo(1);
    }

    @Test
    void hardErrorsNameTheRelocation() {
        Struct anon = struct("", 4, m("x", Int.S32, 0));
        Built l = build(LOCAL, new Ptr(anon));
        Built t = build(TARGET);
        int s = l.id(LOCAL);
        assertThatThrownBy(() -> apply(l, t, relo(l.id(anon), "0:0", Kind.FIELD_BYTE_OFFSET), mov(0)))
                .hasMessageContaining("anonymous types");
        assertThatThrownBy(() -> apply(l, t, relo(s, "0:9", Kind.FIELD_BYTE_OFFSET), mov(0)))
                .hasMessageContaining("parsing [" + s + "] s___local + 0:9 failed");
        assertThatThrownBy(() -> apply(l, t, relo(s, "0::1", Kind.FIELD_BYTE_OFFSET), mov(0))).hasMessageContaining("parsing");
        assertThatThrownBy(() -> apply(l, t, relo(s, "0:1", Kind.FIELD_BYTE_OFFSET), mov(7)))
                .hasMessageContaining("unexpected instruction value (ALU/ALU64): got 7, expected 4 -> 8");
        assertThatThrownBy(() -> apply(l, t, relo(s, "0:1", Kind.FIELD_BYTE_OFFSET),
                new Instruction(JMP | JEQ | K, 1, 0, 1, 4, null, null))).hasMessageContaining("unrecognized instruction");
        assertThatThrownBy(() -> apply(l, t, relo(s, "0:1", Kind.FIELD_BYTE_OFFSET),
                new Instruction(ALU64 | ADD | X, 1, 2, 0, 0, null, null))).hasMessageContaining("unrecognized instruction");
        assertThatThrownBy(() -> apply(l, t, relo(s, "0:3:1", Kind.FIELD_SIGNED), mov(1)))
                .hasMessageContaining("cannot be applied to an array element");
    }

    @Test
    void candidatesNarrowAsLibbpfsCacheDoes() {
        // two candidates for s; a first relocation that only one matches drops the other for later ones
        Struct one = struct("s", 8, m("a", Int.S32, 0), m("b", Int.U32, 32));
        Struct two = struct("s___x", 8, m("b", Int.U32, 0), m("zz", Int.S32, 32));
        Built l = build(LOCAL);
        Built t = build(one, two);
        int s = l.id(LOCAL);
        CoreRelocator r = new CoreRelocator(l.btf(), new TargetBtf("t", t.btf()));
        assertThat(r.resolve(relo(s, "0:0", Kind.FIELD_BYTE_OFFSET)).value()).isZero();
        // without the narrowing, 'b' would be ambiguous (4 in one, 0 in two)
        assertThat(r.resolve(relo(s, "0:1", Kind.FIELD_BYTE_OFFSET)).value()).isEqualTo(4);
        CoreRelocator fresh = new CoreRelocator(l.btf(), new TargetBtf("t", t.btf()));
        assertThatThrownBy(() -> fresh.resolve(relo(s, "0:1", Kind.FIELD_BYTE_OFFSET))).hasMessageContaining("ambiguity");
    }
}
