package dev.bpfj.cli;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.emitter.ElfReader;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.verifier.AsmObject;
import dev.bpfj.verifier.Profile;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpfj verify OBJ [--program NAME] [--json] [--profile root|cap-bpf] [--log]}: tells whether
 * Linux 6.18 will load each program, without root. Exit 0 when every program is accepted, 1 when any
 * is rejected, 2 when the input cannot be used.
 *
 * <p>JSON output (stable): an array with one object per program, fields {@code name}, {@code section},
 * {@code verdict} ({@code "accept"} or {@code "reject"}), {@code message} (the kernel's message, null
 * when accepted), {@code insn} (slot index, -1 when accepted), {@code source} ({@code File.java:42} or
 * null), {@code processed_insns}, {@code time_us}, plus {@code hint}, {@code path} and {@code registers}
 * for rejections.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check programs the way the Linux 6.18 verifier does, without root.")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OBJ", description = "ELF object (.o) or bpfj assembly (.s)")
    Path object;

    @Option(names = "--program", paramLabel = "NAME", description = "verify only this program")
    String program;

    @Option(names = "--json", description = "print a JSON array, one object per program")
    boolean json;

    @Option(names = "--profile", paramLabel = "root|cap-bpf", defaultValue = "root",
            description = "loader privileges: root (default) or cap-bpf (CAP_BPF+CAP_NET_ADMIN only)")
    String profile;

    @Option(names = "--log", description = "append a kernel-style instruction trace to each report")
    boolean log;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Profile p = Profile.parse(profile).orElse(null);
        if (p == null) {
            err.println("bpfj verify: unknown profile '" + profile + "' (use root or cap-bpf)");
            return 2;
        }
        ObjectSpec obj;
        try {
            obj = read(object);
        } catch (IOException e) {
            err.println("bpfj verify: cannot read " + object + ": " + e.getMessage());
            return 2;
        } catch (BpfException | IllegalArgumentException e) {
            err.println("bpfj verify: " + object + ": " + e.getMessage());
            return 2;
        }
        List<ProgramSpec> programs = new ArrayList<>(obj.programs());
        if (program != null) {
            programs.removeIf(ps -> !ps.name().equals(program));
            if (programs.isEmpty()) {
                err.println("bpfj verify: no program named '" + program + "' in " + object);
                return 2;
            }
        }
        if (programs.isEmpty()) {
            err.println("bpfj verify: " + object + " holds no programs");
            return 2;
        }
        Verifier v = Verifier.create(p);
        if (log) {
            v = v.withTrace(10_000);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (ProgramSpec ps : programs) {
            verdicts.add(v.verify(obj, ps));
        }
        if (json) {
            out.println(VerdictJson.array(verdicts));
        } else {
            for (Verdict verdict : verdicts) {
                out.print(verdict.render());
                if (verdict.accepted()) {
                    out.println();
                }
                if (log && !verdict.log().isEmpty()) {
                    out.println("  log:");
                    verdict.log().lines().forEach(l -> out.println("    " + l));
                }
            }
        }
        out.flush();
        return verdicts.stream().allMatch(Verdict::accepted) ? 0 : 1;
    }

    static ObjectSpec read(Path path) throws IOException {
        String name = path.getFileName().toString();
        if (name.endsWith(".s") || name.endsWith(".asm")) {
            String base = name.substring(0, name.lastIndexOf('.'));
            return AsmObject.parse(Files.readString(path, StandardCharsets.UTF_8), name, base.replaceAll("\\W", "_"));
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException("no such file");
        }
        ReadResult read = ElfReader.read(path);
        if (read.hasErrors()) {
            throw new IllegalArgumentException(read.errors().stream()
                    .map(d -> d.where() + ": " + d.message()).reduce((a, b) -> a + "; " + b).orElse("unreadable"));
        }
        return read.object();
    }
}
