package dev.bpfj.cli;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
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
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpfj verify OBJECT [--program NAME] [--type TYPE] [--json] [--profile root|cap-bpf] [--log]}:
 * tells whether Linux 6.18 will load each program, without root. Exit 0 when every program is
 * accepted, 1 when any is rejected, 2 when the input cannot be used.
 *
 * <p>OBJECT is an ELF object (clang's or bpfj's) or bpfj assembly ({@code .s}, see {@link AsmObject}).
 *
 * <p>JSON output (stable): an array with one object per program, fields {@code name}, {@code section},
 * {@code verdict} ({@code "accept"} or {@code "reject"}), {@code message} (the kernel's message, null
 * when accepted), {@code insn} (slot index, -1 when accepted), {@code source} ({@code File.java:42} or
 * null), {@code processed_insns}, {@code time_us}; rejections add {@code details} (every line the
 * kernel prints for the failure), {@code hint}, {@code path} and {@code registers}.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check programs the way the Linux 6.18 verifier does, without root. "
                + "Exit 0: all accepted, 1: some rejected, 2: unusable input.")
public final class VerifyCommand implements Callable<Integer> {
    /** Exit code when nothing was rejected but some program's type is one bpfj does not model. */
    static final int EXIT_NOT_VERIFIED = 3;


    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ObjectInput input;

    @Option(names = "--json", description = "print a JSON array, one object per program")
    boolean json;

    @Option(names = "--profile", paramLabel = "root|cap-bpf", defaultValue = "root",
            description = "loader privileges: root (default; CAP_BPF+CAP_NET_ADMIN+CAP_PERFMON) or cap-bpf "
                    + "(CAP_BPF+CAP_NET_ADMIN only)")
    String profile;

    @Option(names = "--log", description = "append a kernel-style instruction trace to each report")
    boolean log;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Profile p = Profile.parse(profile)
                .orElseThrow(() -> new CliException("unknown profile '" + profile + "' (use root or cap-bpf)"));
        ObjectSpec obj = read();
        if (obj.programs().isEmpty()) {
            throw new CliException(input.path() + " holds no programs");
        }
        Verifier v = Verifier.create(p);
        if (log) {
            v = v.withTrace(10_000);
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (ProgramSpec ps : obj.programs()) {
            verdicts.add(v.verify(obj, ps));
        }
        if (json) {
            out.println(Json.write(verdicts.stream().map(VerifyCommand::toJson).toList()));
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
        if (verdicts.stream().anyMatch(Verdict::rejected)) {
            return 1;
        }
        return verdicts.stream().allMatch(Verdict::accepted) ? Main.EXIT_OK : EXIT_NOT_VERIFIED;
    }

    private ObjectSpec read() {
        Path path = input.path();
        String name = path.getFileName().toString();
        if (!name.endsWith(".s") && !name.endsWith(".asm")) {
            return input.open().object();
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(path + ": cannot read: " + e.getMessage());
        }
        String base = name.substring(0, name.lastIndexOf('.'));
        ObjectSpec obj = AsmObject.parse(text, name, base.replaceAll("\\W", "_"));
        if (input.typeOverride() != null) {
            obj = obj.withPrograms(obj.programs().stream()
                    .map(ps -> ps.withType(input.typeOverride(), null, dev.bpfj.core.spec.TypeSource.OVERRIDDEN)).toList());
        }
        if (input.program != null) {
            List<ProgramSpec> keep = obj.programs().stream().filter(ps -> ps.name().equals(input.program)).toList();
            if (keep.isEmpty()) {
                throw new CliException(path + ": no program named '" + input.program + "'");
            }
            obj = obj.withPrograms(keep);
        }
        return obj;
    }

    static Map<String, Object> toJson(Verdict v) {
        Map<String, Object> o = Json.object();
        o.put("name", v.program());
        o.put("section", v.section());
        o.put("verdict", v.accepted() ? "accept" : v.unsupported() ? "unsupported" : "reject");
        o.put("message", v.message());
        o.put("insn", v.insn());
        o.put("source", v.source() == null ? null : v.source().toString());
        o.put("processed_insns", v.processedInsns());
        o.put("time_us", v.timeMicros());
        if (v.rejected()) {
            o.put("details", v.details());
            o.put("hint", v.hint());
            o.put("path", v.path());
            o.put("registers", v.registers());
        }
        return o;
    }
}
