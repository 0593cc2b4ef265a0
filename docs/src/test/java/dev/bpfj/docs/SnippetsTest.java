package dev.bpfj.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the guide's code true: a code block preceded by {@code <!-- snippet: path/File.java#tag -->}
 * must equal the lines between {@code // tag::tag[]} and {@code // end::tag[]} in that file (path
 * relative to the repository root, common indentation removed). Run with {@code -Ddocs.update=true}
 * to rewrite the blocks from the sources.
 */
class SnippetsTest {
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)#([\\w.-]+) -->\\s*\\n```(\\w*)\\n(.*?)```",
            Pattern.DOTALL);

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everySnippetMatchesItsSource() throws IOException {
        boolean update = Boolean.getBoolean("docs.update");
        List<String> stale = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            String text = Files.readString(page);
            Matcher m = MARKER.matcher(text);
            StringBuilder rewritten = new StringBuilder();
            while (m.find()) {
                checked++;
                String expected = region(ROOT.resolve(m.group(1)), m.group(2));
                if (!m.group(4).equals(expected)) {
                    stale.add(ROOT.relativize(page) + ": " + m.group(1) + "#" + m.group(2));
                }
                m.appendReplacement(rewritten, Matcher.quoteReplacement(
                        "<!-- snippet: " + m.group(1) + "#" + m.group(2) + " -->\n```" + m.group(3) + "\n" + expected + "```"));
            }
            m.appendTail(rewritten);
            if (update && !rewritten.toString().equals(text)) {
                Files.writeString(page, rewritten.toString());
            }
        }
        assertThat(stale).as("snippets that no longer match their source (rerun with -Ddocs.update=true)").isEmpty();
        System.out.println("docs: " + checked + " snippets checked");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.walk(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.endsWith("tag::" + tag + "[]")) {
                start = i + 1;
            } else if (l.endsWith("end::" + tag + "[]") && start >= 0) {
                end = i;
                break;
            }
        }
        if (start < 0 || end < 0) {
            throw new AssertionError(file + " has no region tagged " + tag);
        }
        List<String> body = lines.subList(start, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : body) {
            if (l.strip().contains("tag::") || l.strip().contains("end::")) {
                continue;
            }
            sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return sb.toString();
    }
}
