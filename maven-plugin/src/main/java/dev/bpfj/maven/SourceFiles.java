package dev.bpfj.maven;

import dev.bpfj.core.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Maps a source location ({@code com/example/DropUdpPort.java:42}) back to a file of the project. */
final class SourceFiles {
    private final List<Path> roots;

    SourceFiles(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    List<Path> roots() {
        return roots;
    }

    /** The absolute path of the file, or the location's own file name when no source root has it. */
    String pathOf(SourceLocation location) {
        for (Path root : roots) {
            Path p = root.resolve(location.file());
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize().toString();
            }
        }
        return location.file();
    }

    /** {@code /abs/path/DropUdpPort.java:[42]}, the form IDEs pick up from Maven's output. */
    String compilerStyle(SourceLocation location) {
        return pathOf(location) + ":[" + location.line() + "]";
    }
}
