package dev.bpfj.emitter.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.btf.BtfType.Member;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeSyntaxTest {

    private static BtfType reparse(BtfType t) {
        TypePrinter printer = new TypePrinter();
        String expr = printer.print(t);
        TypeParser parser = new TypeParser();
        for (String def : printer.definitions()) {
            parser.define(def);
        }
        return parser.parseType(expr);
    }

    @Test
    void shorthandsTypedefsAndArrays() {
        TypeParser p = new TypeParser();
        assertThat(p.parseType("u32")).isEqualTo(BtfType.Int.U32);
        assertThat(p.parseType("__u64")).isEqualTo(BtfType.Typedef.U64);
        assertThat(p.parseType("u8[6]")).isEqualTo(new BtfType.Array(BtfType.Int.U8, 6));
        assertThat(p.parseType("unsigned long long")).isEqualTo(BtfType.Int.U64);
        assertThat(p.parseType("const char *")).isEqualTo(new BtfType.Ptr(
                new BtfType.Qualifier(BtfType.KIND_CONST, "", BtfType.Int.CHAR_TYPE)));
        assertThat(p.parseType("char * const")).isEqualTo(new BtfType.Qualifier(BtfType.KIND_CONST, "",
                new BtfType.Ptr(BtfType.Int.CHAR_TYPE)));
        assertThat(p.parseType("int (void *ctx, ...)")).isEqualTo(new BtfType.FuncProto(BtfType.Int.S32, List.of(
                new BtfType.Param("ctx", new BtfType.Ptr(BtfType.Void.INSTANCE)), new BtfType.Param("", BtfType.Void.INSTANCE))));
    }

    @Test
    void structsLayOutNaturallyUnlessTold() {
        TypeParser p = new TypeParser();
        BtfType flow = p.parseType("struct flow { __u32 saddr; __u16 port; u8 mac[2][3]; }");
        assertThat(flow).isEqualTo(new BtfType.Struct("flow", 12, List.of(
                new Member("saddr", BtfType.Typedef.U32, 0),
                new Member("port", BtfType.Typedef.U16, 32),
                new Member("mac", new BtfType.Array(new BtfType.Array(BtfType.Int.U8, 3), 2), 48))));
        assertThat(p.parseType("struct flow")).isSameAs(flow);
        BtfType packed = p.parseType("struct packed size=6 { __u16 a @0; __u32 b @2; }");
        assertThat(((BtfType.Struct) packed).members().get(1).bitOffset()).isEqualTo(16);
        assertThat(packed.size()).isEqualTo(6);
        assertThat(new TypePrinter().print(packed)).isEqualTo("struct packed");
        TypePrinter printer = new TypePrinter();
        printer.print(packed);
        assertThat(printer.definitions()).containsExactly("struct packed size=6 { __u16 a @0; __u32 b @2; }");
    }

    @Test
    void everyKindPrintsAndParsesBackToTheSameTree() {
        BtfType.Struct node = new BtfType.Struct("node", 16, List.of(
                new Member("next", new BtfType.Ptr(new BtfType.Fwd("node", false)), 0),
                new Member("value", BtfType.Typedef.U32, 64)));
        BtfType.Struct bits = new BtfType.Struct("bits", 4, List.of(
                new Member("a", BtfType.Int.U32, 0, 3), new Member("b", BtfType.Int.U32, 3, 29)));
        BtfType.Enum color = new BtfType.Enum("color", 1, false, List.of(new BtfType.Enumerator("RED", 0),
                new BtfType.Enumerator("BLUE", 255)));
        BtfType.Typedef flowT = new BtfType.Typedef("flow_t", new BtfType.Struct("", 8, List.of(
                new Member("key", BtfType.Typedef.U64, 0))));
        BtfType.Struct mixed = new BtfType.Struct("mixed", 48, List.of(
                new Member("n", node, 0),
                new Member("b", bits, 128),
                new Member("c", color, 160),
                new Member("t", flowT, 192),
                new Member("u", new BtfType.Struct("", 8, List.of(new Member("x", BtfType.Int.S64, 0),
                        new Member("y", new BtfType.Array(BtfType.Int.CHAR_TYPE, 8), 0)), true), 256),
                new Member("odd", new BtfType.Int("__bits24", 4, 0, 24, 0), 320),
                new Member("d", new BtfType.Float("double", 8), 320 + 32)));
        for (BtfType t : List.of(node, bits, color, flowT, mixed, new BtfType.Ptr(new BtfType.Qualifier(BtfType.KIND_TYPE_TAG,
                "user", BtfType.Int.S32)), new BtfType.Typedef("__s16", BtfType.Int.S16))) {
            assertThat(reparse(t)).as(new TypePrinter().print(t)).isEqualTo(t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"struct", "u32 [", "u33", "struct { u32 x }", "enum nothing", "unsigned float",
            "u8[-1]", "__btf_int(\"x\", 4)", "u32 extra"})
    void badTypesAreOneLineErrors(String text) {
        assertThatThrownBy(() -> new TypeParser().parseType(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("\n");
    }
}
