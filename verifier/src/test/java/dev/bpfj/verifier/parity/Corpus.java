package dev.bpfj.verifier.parity;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.verifier.AsmObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
            if (!n.startsWith("st_")) { // the kernel's selftests are near misses already
                out.addAll(Mutants.of(n, text));
            }
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
        return AsmObject.parse(c.text(), c.name() + ".s", c.name().replace('-', '_').replace('.', '_'));
    }

    /** Recorded kernel verdicts: name → "accept" or the kernel's last log line. */
    public static Map<String, String> recorded() {
        return recorded("corpus/kernel-verdicts.tsv");
    }

    public static Map<String, String> recorded(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource);
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
