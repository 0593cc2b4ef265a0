package dev.bpfj.verifier.parity;

import dev.bpfj.core.AsmParser;
import dev.bpfj.core.Instruction;
import dev.bpfj.core.MapType;
import dev.bpfj.core.spec.MapDefinitionKind;
import dev.bpfj.core.spec.MapSpec;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kernel parity corpus: hand-written and clang-derived programs in assembly text, with a header
 * of {@code ; section:}, {@code ; license:} and {@code ; map: name type key value entries [rdonly]
 * [data=hex]} lines, plus near-miss mutants generated from each by {@link Mutants}.
 */
public final class Corpus {
    private Corpus() {}

    /** One corpus entry: a name and the text it is built from. */
    public record Case(String name, String text) {}

    public static List<String> baseNames() {
        String idx = resource("corpus/INDEX");
        List<String> out = new ArrayList<>();
        for (String l : idx.split("\n")) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l.strip());
            }
        }
        return out;
    }

    public static List<Case> all() {
        List<Case> out = new ArrayList<>();
        for (String n : baseNames()) {
            String text = resource("corpus/" + n + ".s");
            out.add(new Case(n, text));
            out.addAll(Mutants.of(n, text));
        }
        return out;
    }

    static String resource(String path) {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(path)) {
            Objects.requireNonNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the object a case describes. */
    public static ObjectSpec object(Case c) {
        String section = "xdp";
        String license = "GPL";
        List<MapSpec> maps = new ArrayList<>();
        for (String line : c.text().split("\n")) {
            String l = line.strip();
            if (l.startsWith("; section:")) {
                section = l.substring(10).strip();
            } else if (l.startsWith("; license:")) {
                license = l.substring(10).strip();
            } else if (l.startsWith("; map:")) {
                maps.add(map(l.substring(6).strip()));
            }
        }
        List<Instruction> insns = AsmParser.parse(c.text(), c.name() + ".s").instructions();
        ProgramSpec p = ProgramSpec.of(c.name().replace('-', '_').replace('.', '_'), section, insns);
        return new ObjectSpec(List.of(p), maps, license.equals("none") ? "" : license);
    }

    private static MapSpec map(String spec) {
        String[] f = spec.split("\\s+");
        MapType type = MapType.parse(f[1]).orElseThrow(() -> new IllegalArgumentException("map type " + f[1]));
        MapSpec.Builder b = MapSpec.builder(f[0], type).keySize(Integer.parseInt(f[2])).valueSize(Integer.parseInt(f[3]))
                .maxEntries(Integer.parseInt(f[4]));
        int flags = 0;
        for (int i = 5; i < f.length; i++) {
            if (f[i].equals("rdonly")) {
                flags |= MapSpec.F_RDONLY_PROG;
            } else if (f[i].startsWith("data=")) {
                b.initialData(HexFormat.of().parseHex(f[i].substring(5))).definition(MapDefinitionKind.DATA_SECTION);
            }
        }
        return b.flags(flags).build();
    }

    /** Recorded kernel verdicts: name → "accept" or the kernel's last log line. */
    public static Map<String, String> recorded() {
        Map<String, String> out = new LinkedHashMap<>();
        InputStream in = Corpus.class.getClassLoader().getResourceAsStream("corpus/kernel-verdicts.tsv");
        if (in == null) {
            return out;
        }
        try (in) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                int tab = l.indexOf('\t');
                out.put(l.substring(0, tab), l.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
