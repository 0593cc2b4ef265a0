package dev.bpfj.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The samples and the objects made from them: by bpfj-maven-plugin into {@code target/classes/bpf}
 * (on the test class path as {@code /bpf/<name>.bpf.o}, as in the jar), and by clang-19 -O2 from their
 * C twins into {@code c/obj} (committed; {@code c/build.sh} rebuilds them).
 */
final class Samples {
    private Samples() {}

    static final List<Class<? extends XdpProgram>> ALL = Catalog.ALL;

    static String name(Class<? extends XdpProgram> sample) {
        return Catalog.name(sample);
    }

    /** The object bpfj-maven-plugin wrote for the program, read back. */
    static ObjectSpec written(String name) {
        String resource = "/bpf/" + name + ".bpf.o";
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no " + resource + " on the class path: bpfj-maven-plugin writes it in the"
                        + " process-classes phase; run the tests with ./mvnw verify");
            }
            return read(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the object bpfj-maven-plugin wrote. */
    static byte[] writtenBytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/bpf/" + name + ".bpf.o")) {
            assertThat(in).as("/bpf/" + name + ".bpf.o").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The committed clang-19 -O2 object of the program's C twin. */
    static ObjectSpec clang(String name) {
        Path p = Path.of("c", "obj", name + ".bpf.o");
        try {
            return read(p.toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectSpec read(String what, byte[] bytes) {
        ReadResult r = ElfReader.read(bytes);
        assertThat(r.errors()).as("reading " + what).isEmpty();
        return r.object();
    }
}
