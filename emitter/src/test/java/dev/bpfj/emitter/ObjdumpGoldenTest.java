package dev.bpfj.emitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.Instruction;
import dev.bpfj.emitter.link.CodeFunction;
import dev.bpfj.emitter.link.ObjectLayout;
import dev.bpfj.emitter.link.Splitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's instructions against {@code llvm-objdump-19 -d}: the listing committed next to each
 * fixture, and a live one when llvm-objdump-19 is installed. Function by function, instruction by
 * instruction: the same encoding, except where a relocation was applied (map loads, calls into
 * .text), where opcode and registers must agree.
 */
class ObjdumpGoldenTest {

    static Stream<String> fixtures() {
        return Fixtures.all().stream();
    }

    private static final Pattern SECTION = Pattern.compile("^Disassembly of section (.+):$");
    private static final Pattern FUNCTION = Pattern.compile("^[0-9a-f]{16} <(.+)>:$");
    private static final Pattern INSN = Pattern.compile("^\\s*\\d+:\\s+(.*)$");

    /** Function name → instructions, as llvm-objdump printed them. */
    static Map<String, List<Instruction>> parseListing(String listing) {
        Map<String, List<Instruction>> out = new LinkedHashMap<>();
        List<Instruction> current = null;
        for (String line : listing.split("\n")) {
            Matcher m;
            if (SECTION.matcher(line).matches()) {
                current = null;
            } else if ((m = FUNCTION.matcher(line)).matches()) {
                current = new ArrayList<>();
                out.put(m.group(1), current);
            } else if ((m = INSN.matcher(line)).matches() && current != null) {
                current.add(AsmParser.parseInstruction(m.group(1)));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void committedListing(String fixture) throws IOException {
        Path listing = Fixtures.DIR.resolve(fixture.replace(".o", ".objdump"));
        compare(fixture, Files.readString(listing));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void liveListing(String fixture) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("llvm-objdump-19", "-d", "--no-show-raw-insn", Fixtures.path(fixture).toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("llvm-objdump-19 is not installed: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        compare(fixture, out);
    }

    private static void compare(String fixture, String listing) {
        Map<String, List<Instruction>> expected = parseListing(listing);
        ReadResult r = Fixtures.read(fixture);
        ObjectLayout layout = Splitter.split(r.object());
        Map<String, CodeFunction> ours = new LinkedHashMap<>();
        layout.functions().forEach(f -> ours.put(f.name(), f));
        assertThat(ours.keySet()).as("functions of %s", fixture).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, List<Instruction>> e : expected.entrySet()) {
            List<Instruction> want = e.getValue();
            List<Instruction> got = ours.get(e.getKey()).instructions();
            assertThat(got).as("%s: %s", fixture, e.getKey()).hasSameSizeAs(want);
            for (int i = 0; i < want.size(); i++) {
                Instruction w = want.get(i);
                Instruction g = got.get(i);
                String where = fixture + " " + e.getKey() + " insn " + i + ": objdump '" + w + "', bpfj '" + g + "'";
                assertThat(g.opcode()).as(where).isEqualTo(w.opcode());
                assertThat(g.dst()).as(where).isEqualTo(w.dst());
                assertThat(g.offset()).as(where).isEqualTo(w.offset());
                if (g.reference() == null && !g.isCall()) {
                    assertThat(g.sameEncoding(w)).as(where).isTrue();
                } else if (g.reference() == null) {
                    assertThat(g.imm()).as(where).isEqualTo(w.imm()); // helper calls; objdump does not show src
                }
            }
        }
    }
}
