package dev.bpfj.emitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.FunctionInfo;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.text.ObjectTextParser;
import dev.bpfj.emitter.text.ObjectTextWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture survives ELF → spec → ELF → spec and spec → text → spec → ELF → spec. */
class RoundTripTest {

    static Stream<String> fixtures() {
        return Fixtures.all().stream();
    }

    /** What an ELF object keeps: everything but how a legacy map was declared and how a type was forced. */
    static void assertEquivalent(ObjectSpec got, ObjectSpec want) {
        assertThat(got.license()).isEqualTo(want.license());
        assertThat(got.maps()).hasSameSizeAs(want.maps());
        for (int i = 0; i < want.maps().size(); i++) {
            MapSpec w = want.maps().get(i);
            MapSpec g = got.maps().get(i);
            if (w.definition() == MapDefinitionKind.LEGACY) {
                // written as a BTF-defined map, the form libbpf 1.x loads
                w = w.toBuilder().definition(MapDefinitionKind.BTF).legacyExtra(null).build();
            }
            if (!w.type().takesBtfKeyValue() && w.definition() != MapDefinitionKind.DATA_SECTION) {
                // written with key_size/value_size: libbpf sends no BTF key/value for these map types
                w = w.toBuilder().keyType(null).valueType(null).build();
            }
            assertThat(g).isEqualTo(w);
        }
        assertThat(got.programs()).extracting(ProgramSpec::name)
                .containsExactlyElementsOf(want.programs().stream().map(ProgramSpec::name).toList());
        for (int i = 0; i < want.programs().size(); i++) {
            ProgramSpec w = want.programs().get(i);
            ProgramSpec g = got.programs().get(i);
            assertThat(g.section()).isEqualTo(w.section());
            assertThat(g.instructions()).as(w.name()).isEqualTo(w.instructions());
            assertThat(g.functions()).extracting(FunctionInfo::name, FunctionInfo::slot, FunctionInfo::linkage)
                    .containsExactlyElementsOf(w.functions().stream()
                            .map(f -> org.assertj.core.groups.Tuple.tuple(f.name(), f.slot(), f.linkage())).toList());
            for (int k = 0; k < w.functions().size(); k++) {
                if (w.functions().get(k).proto() != null) {
                    assertThat(g.functions().get(k).proto()).isEqualTo(w.functions().get(k).proto());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void elfWriteThenRead(String fixture) {
        ReadResult r = Fixtures.read(fixture);
        byte[] written = ElfWriter.write(r.object());
        ReadResult back = ElfReader.read(written, Fixtures.options(fixture));
        assertThat(back.errors()).isEmpty();
        assertEquivalent(back.object(), r.object());
        assertThat(ElfWriter.write(back.object())).as("writing is stable").isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void textWriteThenParseIsTheSameSpec(String fixture) {
        ReadResult r = Fixtures.read(fixture);
        String text = ObjectTextWriter.write(r.object(), r.diagnostics());
        ObjectSpec parsed = ObjectTextParser.parse(text, fixture + ".s");
        assertThat(parsed).isEqualTo(r.object());
        assertThat(ObjectTextWriter.write(parsed, r.diagnostics())).isEqualTo(text);
        ObjectSpec viaElf = ElfReader.read(ElfWriter.write(parsed), Fixtures.options(fixture)).object();
        assertEquivalent(viaElf, r.object());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ourOwnObjectsSurviveTheTextFormat(ObjectSpec spec) {
        String text = ObjectTextWriter.write(spec);
        ObjectSpec parsed = ObjectTextParser.parse(text, "sample.s");
        assertThat(parsed.maps()).isEqualTo(spec.maps());
        for (int i = 0; i < spec.programs().size(); i++) {
            ProgramSpec want = spec.programs().get(i);
            ProgramSpec got = parsed.programs().get(i);
            assertThat(got.functions()).isEqualTo(want.functions());
            // a subprogram shared by two programs is written once, with the first program's line info
            int entryEnd = want.functions().size() > 1 ? want.functions().get(1).slot() : want.slotCount();
            int[] slots = want.slotIndices();
            for (int k = 0; k < want.instructions().size(); k++) {
                if (slots[k] < entryEnd || i == 0) {
                    assertThat(got.instructions().get(k)).isEqualTo(want.instructions().get(k));
                } else {
                    assertThat(got.instructions().get(k).withSource(null))
                            .isEqualTo(want.instructions().get(k).withSource(null));
                }
            }
        }
    }

    static List<ObjectSpec> samples() {
        return List.of(SampleObjects.passAll(), SampleObjects.perCpuAndHash(), SampleObjects.twoPrograms(),
                SampleObjects.devmap());
    }
}
