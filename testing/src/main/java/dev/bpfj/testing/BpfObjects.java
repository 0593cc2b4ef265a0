package dev.bpfj.testing;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.Programs;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.emitter.Diagnostic;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Where a test's object comes from: a DSL program class, a {@code .bpf.o} on the class path, a file built by clang. */
public final class BpfObjects {
    private BpfObjects() {}

    /** Builds a DSL program class (it needs a no-argument constructor). */
    public static ObjectSpec fromClass(Class<? extends XdpProgram> type) {
        return Programs.compile(type);
    }

    /** Reads an ELF object from the class path, e.g. {@code "bpf/drop_udp_port.bpf.o"}. */
    public static ObjectSpec fromResource(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = BpfObjects.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new BpfException("no resource " + path + " on the class path; put the object under"
                        + " src/test/resources (or let the bpfj Maven plugin build it into target/classes/bpf)");
            }
            return checked(ElfReader.read(in.readAllBytes()), path);
        } catch (IOException e) {
            throw new BpfException("cannot read resource " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads an ELF object from a file, e.g. one clang built. */
    public static ObjectSpec fromFile(Path file) {
        return checked(ElfReader.read(file), file.toString());
    }

    private static ObjectSpec checked(ReadResult r, String where) {
        if (r.hasErrors()) {
            throw new BpfException(where + " cannot be used: " + r.errors().stream().map(Diagnostic::toString)
                    .collect(Collectors.joining("; ")));
        }
        return r.object();
    }
}
