package dev.bpfj.emitter.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.core.AttachType;
import dev.bpfj.core.BpfParseException;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.Opcodes;
import dev.bpfj.core.ProgramType;
import dev.bpfj.core.btf.BtfType;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.Pinning;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.core.spec.TypeSource;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ElfWriter;
import org.junit.jupiter.api.Test;

class ObjectTextTest {

    static final String HAND_WRITTEN = """
            ; a hand-written object
            .license "Dual MIT/GPL"
            .struct flow { __u32 saddr; __u16 sport; __u16 dport; }
            .map flows type=hash key="struct flow" value=u64 max_entries=1024 flags=0x1 pinning=by_name
            .map ports type=devmap key_size=4 value_size=4 max_entries=8
            .data .rodata size=8 flags=0x480
            .var limit type=__u32 offset=0 global
            .bytes 0: dc 05 00 00

            .program count section=xdp proto="int (struct xdp_md *ctx)"
                r1 = map[flows] ll
                r2 = map_value[.rodata]+4 ll
                call helper
                exit
            .func helper static
                r0 = 2
                exit
            .program devmap_egress section=xdp/devmap
                r0 = 2
                exit
            """;

    @Test
    void aHandWrittenObject() {
        ObjectSpec o = ObjectTextParser.parse(HAND_WRITTEN, "hand.s");
        assertThat(o.license()).isEqualTo("Dual MIT/GPL");
        MapSpec flows = o.map("flows").orElseThrow();
        assertThat(flows.type()).isEqualTo(MapType.HASH);
        assertThat(flows.keySize()).isEqualTo(8);
        assertThat(flows.valueType()).isEqualTo(BtfType.Int.U64);
        assertThat(flows.flags()).isEqualTo(1);
        assertThat(flows.pinning()).isEqualTo(Pinning.BY_NAME);
        MapSpec rodata = o.map(".rodata").orElseThrow();
        assertThat(rodata.definition()).isEqualTo(MapDefinitionKind.DATA_SECTION);
        assertThat(rodata.initialData()).containsExactly(0xdc, 5, 0, 0, 0, 0, 0, 0);
        ProgramSpec count = o.program("count").orElseThrow();
        assertThat(count.type()).isEqualTo(ProgramType.XDP);
        assertThat(count.typeSource()).isEqualTo(TypeSource.SECTION);
        assertThat(count.functions()).extracting(f -> f.name() + "@" + f.slot()).containsExactly("count@0", "helper@6");
        Instruction call = count.instructions().get(2);
        assertThat(call.isLocalCall()).isTrue();
        assertThat(call.imm()).isEqualTo(1);
        assertThat(count.instructions().get(0).source()).as("no ;> lines: the .s lines are the locations")
                .hasToString("hand.s:11");
        assertThat(count.instructions().get(1).src()).isEqualTo(Opcodes.PSEUDO_MAP_VALUE);
        assertThat(o.program("devmap_egress").orElseThrow().attachType()).isEqualTo(AttachType.XDP_DEVMAP);

        ObjectSpec back = ElfReader.read(ElfWriter.write(o)).object();
        assertThat(back.maps()).isEqualTo(o.maps());
        assertThat(back.programs().get(0).instructions()).isEqualTo(count.instructions());
    }

    @Test
    void aMapMayDefineItsKeyStructInline() {
        ObjectSpec o = ObjectTextParser.parse("""
                .map flows type=hash key="struct flow { __u32 saddr; __u16 port; }" value="u8[6]" max_entries=8
                .map again type=hash key="struct flow" value=u64 max_entries=8
                """, "inline.s");
        BtfType key = o.map("flows").orElseThrow().keyType();
        assertThat(key).isInstanceOf(BtfType.Struct.class);
        assertThat(key.size()).isEqualTo(8);
        assertThat(o.map("flows").orElseThrow().valueSize()).isEqualTo(6);
        assertThat(o.map("again").orElseThrow().keyType()).isEqualTo(key);
    }

    @Test
    void aFunctionNamedLikeAHelperDoesNotCaptureHelperCalls() {
        ObjectSpec o = ObjectTextParser.parse("""
                .program p section=xdp
                    call 1
                    call map_lookup_elem
                    exit
                .func map_lookup_elem static
                    r0 = 0
                    exit
                """, "shadow.s");
        String text = ObjectTextWriter.write(o);
        assertThat(text).contains("call 1\n").contains("call map_lookup_elem\n");
        ObjectSpec again = ObjectTextParser.parse(text, "shadow2.s");
        assertThat(again.programs().get(0).bareInstructions()).isEqualTo(o.programs().get(0).bareInstructions());
        assertThat(again.programs().get(0).instructions().get(0).isHelperCall()).isTrue();
        assertThat(again.programs().get(0).instructions().get(1).isLocalCall()).isTrue();
    }

    @Test
    void sourceLinesComeFromMarkers() {
        ObjectSpec o = ObjectTextParser.parse("""
                .program p section=xdp
                ;> Prog.java:42:7 return XDP_PASS;
                    r0 = 2
                ;> -
                    exit
                """, "x.s");
        var insns = o.programs().get(0).instructions();
        assertThat(insns.get(0).source().file()).isEqualTo("Prog.java");
        assertThat(insns.get(0).source().line()).isEqualTo(42);
        assertThat(insns.get(0).source().column()).isEqualTo(7);
        assertThat(insns.get(0).source().text()).isEqualTo("return XDP_PASS;");
        assertThat(insns.get(1).source()).isNull();
    }

    @Test
    void errorsNameTheLine() {
        assertThatThrownBy(() -> ObjectTextParser.parse(".license \"GPL\"\n.bogus x\n", "e.s"))
                .isInstanceOf(BpfParseException.class).hasMessage("e.s:2: unknown directive .bogus (known: .license .map"
                        + " .data .var .bytes .struct .union .enum .typedef .extern .program .func)");
        assertThatThrownBy(() -> ObjectTextParser.parse(".map m type=hash key=nonsense max_entries=1\n", "e.s"))
                .isInstanceOf(BpfParseException.class).hasMessageStartingWith("e.s:1: unknown type 'nonsense'");
        assertThatThrownBy(() -> ObjectTextParser.parse(".program p section=xdp\n r0 = 2\n r0 +=\n exit\n", "e.s"))
                .isInstanceOf(BpfParseException.class).hasMessageStartingWith("e.s:3:");
        assertThatThrownBy(() -> ObjectTextParser.parse(".program p section=xdp\n call nowhere\n exit\n", "e.s"))
                .isInstanceOf(BpfParseException.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> ObjectTextParser.parse(".program p section=xdp type=nosuch\n exit\n", "e.s"))
                .isInstanceOf(BpfParseException.class).hasMessage("e.s:1: unknown program type 'nosuch'");
        assertThatThrownBy(() -> ObjectTextParser.parse(".data .bss size=4\n.bytes 2: 01 02 03\n", "e.s"))
                .isInstanceOf(BpfParseException.class).hasMessageContaining("e.s:2: bytes [2, +3) lie outside");
    }
}
