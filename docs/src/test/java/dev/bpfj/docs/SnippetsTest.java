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
 * relative to the repository root, common indentation removed); without {@code #tag}, the whole file.
 * {@code <!-- include: path#tag -->} ... {@code <!-- end include -->} takes a region as raw Markdown. XML files mark regions with
 * {@code <!-- tag::tag[] -->}, scripts with {@code # tag::tag[]}, assembly with {@code ; tag::tag[]}; marker lines of other regions inside
 * are left out. Invoker placeholders such as {@code @project.version@} are shown as their values
 * (system properties {@code docs.project.version}, ...). Run with {@code -Ddocs.update=true} to rewrite
 * the blocks from the sources.
 */
class SnippetsTest {
    private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)(?:#([\\w.-]+))? -->\\s*\\n```(\\w*)\\n(.*?)```",
            Pattern.DOTALL);

    /** Raw Markdown taken from a region: {@code <!-- include: path#tag -->} ... {@code <!-- end include -->}. */
    private static final Pattern INCLUDE = Pattern.compile("<!-- include: ([^#\\s]+)#([\\w.-]+) -->\\n(.*?)<!-- end include -->",
            Pattern.DOTALL);

    /** A region marker line: {@code // tag::x[]}, {@code <!-- end::x[] -->}, {@code # tag::x[]}. */
    private static final Pattern REGION = Pattern.compile("^(?://|<!--|#|;)\\s*(tag|end)::([\\w.-]+)\\[\\](?:\\s*-->)?$");

    private static final Pattern PLACEHOLDER = Pattern.compile("@([\\w.]+)@");

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

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
                String source = m.group(1) + (m.group(2) == null ? "" : "#" + m.group(2));
                String expected = m.group(2) == null ? whole(ROOT.resolve(m.group(1))) : region(ROOT.resolve(m.group(1)), m.group(2));
                if (!m.group(4).equals(expected)) {
                    stale.add(ROOT.relativize(page) + ": " + source);
                }
                m.appendReplacement(rewritten, Matcher.quoteReplacement(
                        "<!-- snippet: " + source + " -->\n```" + m.group(3) + "\n" + expected + "```"));
            }
            m.appendTail(rewritten);
            Matcher inc = INCLUDE.matcher(rewritten.toString());
            StringBuilder included = new StringBuilder();
            while (inc.find()) {
                checked++;
                String expected = region(ROOT.resolve(inc.group(1)), inc.group(2));
                if (!inc.group(3).equals(expected)) {
                    stale.add(ROOT.relativize(page) + ": " + inc.group(1) + "#" + inc.group(2));
                }
                inc.appendReplacement(included, Matcher.quoteReplacement(
                        "<!-- include: " + inc.group(1) + "#" + inc.group(2) + " -->\n" + expected + "<!-- end include -->"));
            }
            inc.appendTail(included);
            rewritten = included;
            if (update && !rewritten.toString().equals(text)) {
                Files.writeString(page, rewritten.toString());
            }
        }
        if (!update) {
            assertThat(stale).as("snippets that no longer match their source (rerun with -Ddocs.update=true)").isEmpty();
        }
        System.out.println("docs: " + checked + " snippets checked");
    }

    @Test
    void regionsOfJavaXmlAndScriptsLeaveOutNestedMarkersAndFillInPlaceholders(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path xml = dir.resolve("pom.xml");
        Files.writeString(xml, """
                <project>
                  <!-- tag::deps[] -->
                  <dependency>
                    <!-- tag::inner[] -->
                    <version>@docs.test.placeholder@</version>
                    <!-- end::inner[] -->
                  </dependency>
                  <!-- end::deps[] -->
                </project>
                """);
        System.setProperty("docs.docs.test.placeholder", "1.2.3");
        try {
            assertThat(region(xml, "deps")).isEqualTo("<dependency>\n  <version>1.2.3</version>\n</dependency>\n");
            assertThat(region(xml, "inner")).isEqualTo("<version>1.2.3</version>\n");
        } finally {
            System.clearProperty("docs.docs.test.placeholder");
        }
        Path java = dir.resolve("A.java");
        Files.writeString(java, "class A {\n    // tag::m[]\n    void m() {} // not a tag::m[] marker\n    // end::m[]\n}\n");
        assertThat(region(java, "m")).isEqualTo("void m() {} // not a tag::m[] marker\n");
        Path sh = dir.resolve("run.sh");
        Files.writeString(sh, "# tag::run[]\nip link show\n# end::run[]\n");
        assertThat(region(sh, "run")).isEqualTo("ip link show\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> region(sh, "missing"))
                .hasMessageContaining("has no region tagged missing");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.walk(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md") && !ROOT.relativize(p).toString().contains("target"))
                    .sorted().forEach(pages::add);
        }
        return pages;
    }

    static String region(Path file, String tag) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = REGION.matcher(lines.get(i).strip());
            if (!m.matches() || !m.group(2).equals(tag)) {
                continue;
            }
            if (m.group(1).equals("tag") && start < 0) {
                start = i + 1;
            } else if (m.group(1).equals("end") && start >= 0) {
                end = i;
                break;
            }
        }
        if (start < 0 || end < 0) {
            throw new AssertionError(file + " has no region tagged " + tag);
        }
        List<String> body = lines.subList(start, end).stream()
                .filter(l -> !REGION.matcher(l.strip()).matches()).toList();
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (String l : body) {
            sb.append(l.isBlank() ? "" : substitute(l.substring(indent))).append('\n');
        }
        return sb.toString();
    }

    /** A whole file, for snippets that name no region (files the guide may not add markers to). */
    static String whole(Path file) throws IOException {
        String text = Files.readString(file);
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** {@code @project.version@} as the value of {@code docs.project.version}, when that is set. */
    static String substitute(String line) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = System.getProperty("docs." + m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        return m.appendTail(sb).toString();
    }
}
