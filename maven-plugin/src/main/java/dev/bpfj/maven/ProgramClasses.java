package dev.bpfj.maven;

import dev.bpfj.dsl.XdpProgram;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the program classes in a project's compiled output: concrete subclasses of {@link XdpProgram}. */
final class ProgramClasses {
    private ProgramClasses() {}

    /** A program class and the class files it is made of (itself and its nested classes). */
    record Found(Class<? extends XdpProgram> type, List<Path> classFiles) {}

    /** Every class file under {@code classes}, as binary class names in a stable order. */
    static List<String> classNames(Path classes) throws IOException {
        if (!Files.isDirectory(classes)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("module-info.class"))
                    .map(p -> classes.relativize(p).toString())
                    .map(s -> s.substring(0, s.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .toList();
        }
    }

    static List<Found> find(Path classes, ClassLoader loader) throws IOException {
        List<String> names = classNames(classes);
        List<Found> found = new ArrayList<>();
        for (String name : names) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a class that cannot even be loaded is not a program we could build
            }
            if (XdpProgram.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface()) {
                List<Path> files = new ArrayList<>();
                String prefix = name.replace('.', '/');
                for (String other : names) {
                    if (other.equals(name) || other.startsWith(name + "$")) {
                        files.add(classes.resolve(other.replace('.', '/') + ".class"));
                    }
                }
                if (!files.isEmpty() && prefix.length() > 0) {
                    found.add(new Found(c.asSubclass(XdpProgram.class), files));
                }
            }
        }
        return found;
    }
}
