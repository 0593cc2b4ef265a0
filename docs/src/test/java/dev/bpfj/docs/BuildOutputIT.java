package dev.bpfj.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What {@code mvn package} prints, as getting-started.md and maven-plugin.md show it: the lines of the
 * bpfj goal in the logs of the src/it builds, with the project's directory written as the guide's.
 */
class BuildOutputIT {

    static String bpfjLines(String project, String shownAs) throws IOException {
        Path dir = SnippetsTest.ROOT.resolve("docs/target/it").resolve(project);
        Path log = dir.resolve("build.log");
        Assumptions.assumeTrue(Files.isRegularFile(log), "no " + log + ": the invoker builds src/it/" + project);
        return Files.readAllLines(log).stream()
                .filter(l -> l.startsWith("[INFO] --- bpfj:") || l.startsWith("[INFO] bpfj") || l.startsWith("[INFO]   ")
                        || l.startsWith("[ERROR] /") || l.startsWith("[ERROR]   ")
                        || l.startsWith("[ERROR] Failed to execute goal dev.bpfj"))
                .filter(l -> !l.startsWith("[INFO]   from ")) // Maven's own "from pom.xml" line
                .map(l -> l.replace(dir.toString(), shownAs).replace(" -> [Help 1]", ""))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void gettingStartedBuildWritesTheObjectThenFindsItUpToDate() throws IOException {
        Expected.check("maven.txt", "getting-started", bpfjLines("getting-started", "/home/you/xdp-drop"));
    }

    @Test
    void buildErrorsAreCompilerStyle() throws IOException {
        Expected.check("maven.txt", "build-errors", bpfjLines("build-errors", "/home/you/xdp-errors"));
    }
}
