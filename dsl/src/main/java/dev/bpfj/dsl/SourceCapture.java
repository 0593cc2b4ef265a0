package dev.bpfj.dsl;

import dev.bpfj.core.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the user's Java line that is emitting an instruction: the first stack frame that belongs
 * neither to bpfj itself nor to the JDK. bpfj's own classes are recognised by where they were loaded
 * from (the dsl and core jars or class directories), so a user's class in any package — even
 * {@code dev.bpfj.dsl} in this module's tests — counts as the user's.
 *
 * <p>When the source file can be found under one of the source roots (by default
 * {@code src/main/java} and {@code src/test/java} of the working directory), the line's text is
 * recorded too; it ends up in the object's line info, so the kernel's verifier log shows Java code.
 */
public final class SourceCapture {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final List<String> OWN = List.of(location(SourceCapture.class), location(SourceLocation.class));

    private static final ClassValue<Boolean> INTERNAL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            String name = type.getName();
            if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
                return true;
            }
            String where = location(type);
            return where != null && OWN.contains(where);
        }
    };

    private final List<Path> roots;
    private final Map<Path, List<String>> files = new HashMap<>();

    /** A capture that looks up line text under {@code src/main/java} and {@code src/test/java}. */
    public SourceCapture() {
        this(List.of(Path.of("src/main/java"), Path.of("src/test/java")));
    }

    /** A capture that looks up line text under the given source roots. */
    public SourceCapture(List<Path> sourceRoots) {
        this.roots = List.copyOf(sourceRoots);
    }

    /** The user's line calling into bpfj now, or null if every frame is bpfj's own. */
    public SourceLocation here() {
        StackWalker.StackFrame frame = WALKER.walk(s -> s.filter(f -> !INTERNAL.get(f.getDeclaringClass()))
                .findFirst().orElse(null));
        if (frame == null || frame.getFileName() == null) {
            return null;
        }
        String pkg = frame.getDeclaringClass().getPackageName();
        String file = pkg.isEmpty() ? frame.getFileName() : pkg.replace('.', '/') + "/" + frame.getFileName();
        int line = Math.max(frame.getLineNumber(), 0);
        return new SourceLocation(file, line, 0, text(file, line));
    }

    private String text(String file, int line) {
        for (Path root : roots) {
            Path p = root.resolve(file);
            List<String> lines = files.computeIfAbsent(p, SourceCapture::read);
            if (!lines.isEmpty()) {
                return line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
            }
        }
        return "";
    }

    private static List<String> read(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readAllLines(p) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String location(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        return cs == null || cs.getLocation() == null ? null : Objects.toString(cs.getLocation());
    }
}
