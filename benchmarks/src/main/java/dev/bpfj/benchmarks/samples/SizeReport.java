package dev.bpfj.benchmarks.samples;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.dsl.Programs;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.KernelVerdict;
import dev.bpfj.kernel.LoadedObject;
import dev.bpfj.samples.Catalog;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The samples' code size against clang: for each sample, bpfj's instruction count and clang-19 -O2's for
 * its C twin (compiled now), and the kernel verifier's {@code processed N insns} for both (loaded through
 * {@code dev.bpfj.kernel}, when bpf() is permitted). Prints a Markdown table, as in samples/README.md.
 * Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar dev.bpfj.benchmarks.samples.SizeReport
 * </pre>
 */
public final class SizeReport {
    private SizeReport() {}

    public static void main(String[] args) throws Exception {
        Path sources = ClangTwins.sources();
        if (!ClangTwins.clangPresent()) {
            System.err.println(ClangTwins.CLANG + " is not installed: nothing to compare with");
            System.exit(2);
        }
        boolean kernel = Kernel.isAvailable();
        if (!kernel) {
            System.err.println("processed instructions not measured: " + Kernel.unavailableReason());
        }
        Path out = Files.createTempDirectory("bpfj-size-report");
        System.out.println("| sample | bpfj insns | clang -O2 insns | bpfj processed | clang processed |");
        System.out.println("|---|---:|---:|---:|---:|");
        int smaller = 0;
        int walkedLess = 0;
        for (Class<? extends XdpProgram> sample : Catalog.ALL) {
            String name = Catalog.name(sample);
            ObjectSpec ours = Programs.compile(sample);
            ReadResult read = ElfReader.read(ClangTwins.compile(sources, name, out));
            if (read.hasErrors()) {
                throw new IllegalStateException("cannot read clang's " + name + ".bpf.o: " + read.errors());
            }
            ObjectSpec theirs = read.object();
            int a = ours.programs().get(0).slotCount();
            int b = theirs.program(name).orElseThrow().slotCount();
            String p = kernel ? processed(ours, name) : "-";
            String q = kernel ? processed(theirs, name) : "-";
            smaller += a <= b ? 1 : 0;
            walkedLess += kernel && p.matches("\\d+") && q.matches("\\d+") && Integer.parseInt(p) <= Integer.parseInt(q) ? 1 : 0;
            System.out.printf("| %s | %d | %d | %s | %s |%n", name, a, b, p, q);
        }
        System.out.printf("%nbpfj at or below clang -O2: %d of %d samples in instructions, %d of %d in processed"
                + " instructions (Linux %s)%n", smaller, Catalog.ALL.size(), walkedLess, Catalog.ALL.size(),
                System.getProperty("os.version"));
    }

    /** The kernel verifier's processed count, or why it refused the program. */
    private static String processed(ObjectSpec spec, String program) {
        try (LoadedObject o = LoadedObject.load(spec)) {
            KernelVerdict v = o.result(program).verdict();
            return v.accepted() ? String.valueOf(v.processedInsns()) : "refused: " + v.message();
        }
    }
}
