package dev.bpfj.maven;

import dev.bpfj.core.ProgramType;
import dev.bpfj.emitter.Diagnostic;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.verifier.Profile;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs bpfj's verifier on objects the build got elsewhere — compiled from C by another plugin, or
 * downloaded — and fails the build when Linux would reject a program, with the kernel's message on the
 * source line the object's line info names. C users get bpfj's verifier too.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class VerifyMojo extends BpfjMojo {

    /** Object files, or directories searched for {@code *.o}. */
    @Parameter(property = "bpfj.objects", defaultValue = "${project.basedir}/src/main/bpf")
    private List<File> objects;

    /** {@code root} (CAP_BPF, CAP_NET_ADMIN, CAP_PERFMON) or {@code cap-bpf} (without CAP_PERFMON). */
    @Parameter(property = "bpfj.profile", defaultValue = "root")
    private String profile;

    /** Forces every program's type whatever its section says (e.g. {@code xdp}), like bpftool's {@code type}. */
    @Parameter(property = "bpfj.type")
    private String type;

    /**
     * The BTF that CO-RE relocations are resolved against, as libbpf's {@code btf_custom_path}:
     * {@code kernel} (the build machine's {@code /sys/kernel/btf/vmlinux}, when readable), {@code none}
     * (the compiler's values), or a BTF file (raw, or an ELF file with {@code .BTF}) — e.g. the target
     * kernel's vmlinux BTF when the build machine runs another kernel.
     */
    @Parameter(property = "bpfj.btf", defaultValue = "kernel")
    private String btf;

    /** Fails the build on reader warnings too (e.g. sections libbpf 1.x would not recognise). */
    @Parameter(property = "bpfj.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Profile verifierProfile = verifierProfile(profile);
        ProgramType forced = ObjectFiles.type(type);
        var coreTarget = ObjectFiles.coreTarget(btf, project.getBasedir().toPath());
        List<Path> roots = new ArrayList<>();
        project.getCompileSourceRoots().forEach(r -> roots.add(Path.of(r)));
        roots.add(project.getBasedir().toPath());
        Verifier verifier = Verifier.create(verifierProfile);
        SummaryTable table = new SummaryTable("object", "program", "section", "insns", "verdict", "processed", "time")
                .numeric(3).numeric(5);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            List<Path> files = ObjectFiles.expand(objects);
            if (files.isEmpty()) {
                getLog().info("bpfj: no objects to verify in " + objects);
                return;
            }
            for (Path f : files) {
                ReadResult read = ObjectFiles.read(f, forced, coreTarget);
                for (Diagnostic d : read.diagnostics()) {
                    (d.severity() == Diagnostic.Severity.ERROR ? errors : d.severity() == Diagnostic.Severity.WARNING
                            ? warnings : new ArrayList<String>()).add(f.getFileName() + ": " + d);
                }
                List<Path> here = new ArrayList<>(roots);
                here.add(f.toAbsolutePath().getParent());
                SourceFiles sources = new SourceFiles(here);
                for (Verdict v : verifier.verify(read.object())) {
                    table.row(f.getFileName(), v.program(), v.section(),
                            read.object().program(v.program()).map(p -> p.slotCount()).orElse(0),
                            v.accepted() ? "accepted" : v.unsupported() ? "not verified" : "rejected", v.processedInsns(), v.timeMicros() + " us");
                    if (v.rejected()) {
                        errors.add(Messages.verifierError(v, sources));
                    } else if (v.unsupported()) {
                        warnings.add(f.getFileName() + ": " + v.program() + ": " + v.message());
                    }
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("bpfj: " + e.getMessage(), e);
        }
        for (String line : table.lines()) {
            getLog().info("  " + line);
        }
        warnings.forEach(w -> getLog().warn("bpfj: " + w));
        for (String e : errors) {
            for (String line : e.split("\n")) {
                getLog().error(line);
            }
        }
        if (!errors.isEmpty()) {
            throw new MojoFailureException("bpfj: " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                    + " in the objects; see the errors above");
        }
        if (failOnWarning && !warnings.isEmpty()) {
            throw new MojoFailureException("bpfj: " + warnings.size() + " warning(s) and failOnWarning is set");
        }
    }
}
