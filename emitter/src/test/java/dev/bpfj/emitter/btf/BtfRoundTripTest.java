package dev.bpfj.emitter.btf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import dev.bpfj.emitter.elf.ByteSink;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BtfRoundTripTest {

    static final BtfType.Struct FLOW = new BtfType.Struct("flow", 12, List.of(
            new Member("saddr", BtfType.Typedef.U32, 0),
            new Member("daddr", BtfType.Typedef.U32, 32),
            new Member("sport", BtfType.Typedef.U16, 64),
            new Member("proto", BtfType.Int.U8, 80),
            new Member("flags", BtfType.Int.U8, 88, 3),
            new Member("more", BtfType.Int.U8, 91, 5)));

    private static List<BtfType> roundTrip(ByteOrder order, List<BtfType> types) {
        BtfWriter w = new BtfWriter();
        types.forEach(w::add);
        BtfWriter.Encoded enc = w.build(order);
        Btf btf = Btf.parse(enc.bytes(), order);
        List<BtfType> out = new ArrayList<>();
        for (BtfType t : types) {
            out.add(btf.type(enc.id(t)));
        }
        return out;
    }

    @Test
    void everyKindSurvivesAWriteAndARead() {
        BtfType.Enum color = new BtfType.Enum("color", 4, true, List.of(new BtfType.Enumerator("RED", -1),
                new BtfType.Enumerator("GREEN", 7)));
        BtfType.Enum big = new BtfType.Enum("big", 8, false, List.of(new BtfType.Enumerator("HUGE", 1L << 40)));
        BtfType.FuncProto printf = new BtfType.FuncProto(BtfType.Int.S32, List.of(
                new BtfType.Param("fmt", new BtfType.Ptr(new BtfType.Qualifier(BtfType.KIND_CONST, "", BtfType.Int.CHAR_TYPE))),
                new BtfType.Param("", BtfType.Void.INSTANCE)));
        BtfType.Func func = new BtfType.Func("printf_like", printf, BtfType.Linkage.GLOBAL);
        BtfType.Var var = new BtfType.Var("counter", new BtfType.Qualifier(BtfType.KIND_VOLATILE, "", BtfType.Typedef.U64),
                BtfType.Linkage.GLOBAL);
        BtfType.Datasec data = new BtfType.Datasec(".data", 16, List.of(new BtfType.VarSecinfo(var, 8, 8)));
        BtfType.Struct withUnion = new BtfType.Struct("holder", 8, List.of(
                new Member("", new BtfType.Struct("", 8, List.of(new Member("a", BtfType.Typedef.U64, 0),
                        new Member("b", new BtfType.Array(BtfType.Int.U8, 8), 0)), true), 0)));
        List<BtfType> all = List.of(FLOW, color, big, func, data, withUnion, new BtfType.Float("double", 8),
                new BtfType.Qualifier(BtfType.KIND_TYPE_TAG, "user", new BtfType.Ptr(BtfType.Int.S32)),
                new BtfType.DeclTag("kfunc", func, -1), new BtfType.Ptr(new BtfType.Fwd("opaque", true)));
        assertThat(roundTrip(ByteOrder.LITTLE_ENDIAN, all)).isEqualTo(all);
        assertThat(roundTrip(ByteOrder.BIG_ENDIAN, all)).isEqualTo(all);
    }

    @Test
    void equalTypesAreWrittenOnceAndIdsFollowClangsPreOrder() {
        BtfWriter w = new BtfWriter();
        BtfType.Ptr a = new BtfType.Ptr(BtfType.Typedef.U32);
        BtfType.Ptr b = new BtfType.Ptr(new BtfType.Typedef("__u32", BtfType.Int.U32)); // equal, not identical
        w.add(a).add(b).add(BtfType.Typedef.U32);
        BtfWriter.Encoded enc = w.build(ByteOrder.LITTLE_ENDIAN);
        assertThat(enc.typeCount()).isEqualTo(3);
        assertThat(enc.id(a)).isEqualTo(1);
        assertThat(enc.id(b)).isEqualTo(1);
        assertThat(enc.id(BtfType.Typedef.U32)).isEqualTo(2);
        assertThat(enc.id(BtfType.Int.U32)).isEqualTo(3);
    }

    @Test
    void aSelfReferencingStructIsReadWithAForwardDeclarationAndWrittenAsOneStruct() {
        // struct node { struct node *next; u32 value; } built by hand: the struct points to itself
        ByteSink types = new ByteSink();
        StringTable strings = new StringTable();
        int node = strings.add("node");
        int next = strings.add("next");
        int value = strings.add("value");
        int uint = strings.add("unsigned int");
        types.u32(node).u32(4L << 24 | 2).u32(16); // [1] STRUCT node, 2 members
        types.u32(next).u32(2).u32(0);            //   next: [2] at 0
        types.u32(value).u32(3).u32(64);          //   value: [3] at 64
        types.u32(0).u32(2L << 24).u32(1);        // [2] PTR -> [1]
        types.u32(uint).u32(1L << 24).u32(4).u32(32); // [3] INT
        Btf btf = Btf.parse(blob(types.toByteArray(), strings.toByteArray()), ByteOrder.LITTLE_ENDIAN);
        BtfType t = btf.type(1);
        assertThat(t).isEqualTo(new BtfType.Struct("node", 16, List.of(
                new Member("next", new BtfType.Ptr(new BtfType.Fwd("node", false)), 0),
                new Member("value", BtfType.Int.U32, 64))));

        BtfWriter w = new BtfWriter().add(t);
        BtfWriter.Encoded enc = w.build(ByteOrder.LITTLE_ENDIAN);
        assertThat(enc.typeCount()).as("the FWD resolves to the struct itself").isEqualTo(3);
        Btf again = Btf.parse(enc.bytes(), ByteOrder.LITTLE_ENDIAN);
        assertThat(again.kind(again.sizeOrType(2))).isEqualTo(BtfType.KIND_STRUCT);
    }

    static byte[] blob(byte[] types, byte[] strings) {
        ByteSink b = new ByteSink();
        b.u16(0xeb9f).u8(1).u8(0).u32(24).u32(0).u32(types.length).u32(types.length).u32(strings.length);
        return b.bytes(types).bytes(strings).toByteArray();
    }

    @Test
    void aLoopThroughTypedefsIsATypedErrorNotAStackOverflow() {
        ByteSink types = new ByteSink();
        StringTable strings = new StringTable();
        int a = strings.add("a");
        int b = strings.add("b");
        types.u32(a).u32(8L << 24).u32(2); // [1] typedef a -> [2]
        types.u32(b).u32(8L << 24).u32(1); // [2] typedef b -> [1]
        Btf btf = Btf.parse(blob(types.toByteArray(), strings.toByteArray()), ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(() -> btf.type(1)).isInstanceOf(BtfFormatException.class).hasMessageContaining("loop");
    }

    @Test
    void aTreeThatWouldExpandExponentiallyIsRefused() {
        // [1] INT; [k+1] = struct { [k] a; [k] b; }: 2^60 nodes as a tree, 61 as a graph
        ByteSink types = new ByteSink();
        StringTable strings = new StringTable();
        int a = strings.add("a");
        int b = strings.add("b");
        types.u32(strings.add("int")).u32(1L << 24).u32(4).u32(32);
        int levels = 60;
        long size = 4;
        for (int k = 1; k <= levels; k++) {
            size = Math.min(size * 2, 1L << 30);
            types.u32(0).u32(4L << 24 | 2).u32(size);
            types.u32(a).u32(k).u32(0);
            types.u32(b).u32(k).u32(0);
        }
        Btf btf = Btf.parse(blob(types.toByteArray(), strings.toByteArray()), ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(() -> btf.type(levels + 1)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("expands to more than");
    }

    @Test
    void theWriterChecksTheKernelsMetaRules() {
        assertThatThrownBy(() -> new BtfWriter().add(new BtfType.Typedef("bad-name", BtfType.Int.U32))
                .build(ByteOrder.LITTLE_ENDIAN)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("TYPEDEF 'bad-name'").hasMessageContaining("not a valid name");
        assertThatThrownBy(() -> new BtfWriter().add(new BtfType.Int("odd", 3, 0, 24, 0)).build(ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(BtfFormatException.class).hasMessageContaining("1, 2, 4, 8 or 16 bytes");
        assertThatThrownBy(() -> new BtfWriter().add(new BtfType.Datasec(".data", 0, List.of()))
                .build(ByteOrder.LITTLE_ENDIAN)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("rejects empty DATASECs");
        assertThatThrownBy(() -> new BtfWriter().add(new BtfType.Var("x", BtfType.Int.U32, BtfType.Linkage.EXTERN))
                .build(ByteOrder.LITTLE_ENDIAN)).isInstanceOf(BtfFormatException.class).hasMessageContaining("extern");
        assertThatThrownBy(() -> new BtfWriter().add(new BtfType.Struct("s", 2, List.of(
                new Member("x", BtfType.Int.U32, 0)))).build(ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(BtfFormatException.class).hasMessageContaining("member 'x'").hasMessageContaining("outside");
    }

    @Test
    void hostileHeadersAreTypedErrors() {
        byte[] ok = new BtfWriter().add(FLOW).build(ByteOrder.LITTLE_ENDIAN).bytes();
        assertThatThrownBy(() -> Btf.parse(new byte[10], ByteOrder.LITTLE_ENDIAN))
                .isInstanceOf(BtfFormatException.class).hasMessageContaining("24 bytes");
        assertThatThrownBy(() -> Btf.parse(ok, ByteOrder.BIG_ENDIAN)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("byte order");
        byte[] huge = ok.clone();
        huge[12] = (byte) 0xff; // type_len
        huge[13] = (byte) 0xff;
        assertThatThrownBy(() -> Btf.parse(huge, ByteOrder.LITTLE_ENDIAN)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("runs past");
    }

    @Test
    void btfExtRecordsRoundTrip() {
        BtfWriter w = new BtfWriter();
        BtfType.Func f = new BtfType.Func("prog", new BtfType.FuncProto(BtfType.Int.S32, List.of()), BtfType.Linkage.GLOBAL);
        w.add(f);
        for (String s : List.of("xdp", ".text", "Prog.java", "return XDP_PASS;", "")) {
            w.string(s);
        }
        BtfWriter.Encoded enc = w.build(ByteOrder.LITTLE_ENDIAN);
        BtfExt ext = new BtfExt(
                java.util.Map.of("xdp", List.of(new BtfExt.FuncRecord(0, enc.id(f)))),
                java.util.Map.of("xdp", List.of(new BtfExt.LineRecord(0, "Prog.java", "return XDP_PASS;", 42, 9),
                        new BtfExt.LineRecord(16, "", "", 0, 0))));
        byte[] bytes = ext.encode(ByteOrder.LITTLE_ENDIAN, enc);
        BtfExt back = BtfExt.parse(bytes, ByteOrder.LITTLE_ENDIAN, Btf.parse(enc.bytes(), ByteOrder.LITTLE_ENDIAN));
        assertThat(back).isEqualTo(ext);
    }
}
