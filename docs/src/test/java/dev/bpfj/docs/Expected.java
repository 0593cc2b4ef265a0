package dev.bpfj.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the guide shows a command or an error print, kept in {@code docs/src/test/resources/expected/*.txt}
 * as tagged regions ({@code # tag::x[]} ... {@code # end::x[]}) that the pages quote as snippets. A test
 * compares the real output with its region; {@code -Ddocs.update=true} writes the real output instead.
 */
public final class Expected {
    private Expected() {}

    static final Path DIR = SnippetsTest.ROOT.resolve("docs/src/test/resources/expected");

    /** Asserts that {@code actual} is region {@code tag} of {@code file} (or records it under docs.update). */
    public static void check(String file, String tag, String actual) {
        String text = actual.endsWith("\n") ? actual : actual + "\n";
        Path path = DIR.resolve(file);
        if (Boolean.getBoolean("docs.update")) {
            write(path, tag, text);
            return;
        }
        String expected;
        try {
            expected = SnippetsTest.region(path, tag);
        } catch (IOException | AssertionError e) {
            throw new AssertionError(path + " has no region " + tag + " (rerun with -Ddocs.update=true to record it):\n"
                    + text, e);
        }
        assertThat(text).as("%s#%s (rerun with -Ddocs.update=true if the change is right)", file, tag)
                .isEqualTo(expected);
    }

    /**
     * As {@link #check}, but the parts of both texts that {@code varying} matches (timings) are compared
     * with their digits blanked out: the page shows the numbers of one real run.
     */
    public static void checkIgnoringNumbersIn(String file, String tag, String actual, String varying) {
        String text = actual.endsWith("\n") ? actual : actual + "\n";
        String expected;
        try {
            expected = SnippetsTest.region(DIR.resolve(file), tag);
        } catch (IOException | AssertionError e) {
            expected = null;
        }
        if (Boolean.getBoolean("docs.update")) {
            if (expected == null || !blank(text, varying).equals(blank(expected, varying))) {
                check(file, tag, actual); // records the run; an unchanged page keeps its numbers
            }
            return;
        }
        if (expected == null) {
            throw new AssertionError(file + " has no region " + tag + " (rerun with -Ddocs.update=true to record it):\n"
                    + actual);
        }
        assertThat(blank(text, varying)).as("%s#%s (rerun with -Ddocs.update=true if the change is right)", file, tag)
                .isEqualTo(blank(expected, varying));
    }

    private static String blank(String text, String varying) {
        return java.util.regex.Pattern.compile(varying).matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group().replaceAll("\\d+", "9")));
    }

    private static synchronized void write(Path path, String tag, String text) {
        try {
            List<String> lines = Files.exists(path) ? new ArrayList<>(Files.readAllLines(path)) : new ArrayList<>();
            int start = lines.indexOf("# tag::" + tag + "[]");
            int end = lines.indexOf("# end::" + tag + "[]");
            List<String> body = text.lines().toList();
            if (start >= 0 && end > start) {
                lines.subList(start + 1, end).clear();
                lines.addAll(start + 1, body);
            } else {
                lines.add("# tag::" + tag + "[]");
                lines.addAll(body);
                lines.add("# end::" + tag + "[]");
            }
            Files.createDirectories(path.getParent());
            Files.write(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
