package dev.bpfj.maven;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.core.spec.ProgramSpec;
import dev.bpfj.dsl.BpfBuildException;
import dev.bpfj.dsl.SourceCapture;
import dev.bpfj.dsl.XdpProgram;
import dev.bpfj.emitter.ElfWriter;
import dev.bpfj.verifier.Profile;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds the project's BPF programs: finds every concrete {@code XdpProgram} subclass in the compiled
 * classes, builds it with the DSL, verifies it as Linux would, and writes
 * {@code <program>.bpf.o} into the output directory (by default inside {@code target/classes}, so the
 * jar carries it). A program the verifier rejects fails the build with a compiler-style message on the
 * Java line to blame. Unchanged programs are not rebuilt; objects are replaced atomically and a failed
 * program's old object is removed.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class BuildMojo extends BpfjMojo {

    /** Where the compiled program classes are. */
    @Parameter(property = "bpfj.classesDirectory", defaultValue = "${project.build.outputDirectory}")
    private File classesDirectory;

    /** Where the objects go. */
    @Parameter(property = "bpfj.outputDirectory", defaultValue = "${project.build.outputDirectory}/bpf")
    private File outputDirectory;

    /** Which program classes to build (fully qualified or simple names); all when empty. */
    @Parameter(property = "bpfj.programs")
    private List<String> programs;

    /** Fails the build on warnings (programs named in {@code programs} but not found, names the kernel truncates, ...). */
    @Parameter(property = "bpfj.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Runs the verifier on every program before writing its object. */
    @Parameter(property = "bpfj.verify", defaultValue = "true")
    private boolean verify;

    /**
     * The loader to verify for: {@code root} (CAP_BPF, CAP_NET_ADMIN and CAP_PERFMON, as root loads) or
     * {@code cap-bpf} (CAP_BPF and CAP_NET_ADMIN only, stricter).
     */
    @Parameter(property = "bpfj.profile", defaultValue = "root")
    private String profile;

    /** Where the goal keeps what it needs to know an output is up to date. */
    @Parameter(defaultValue = "${project.build.directory}/bpfj", readonly = true)
    private File stateDirectory;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Profile verifierProfile = verifierProfile(profile);
        Path classes = classesDirectory.toPath();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        SummaryTable table = new SummaryTable("program", "class", "section", "insns", "maps", "verdict", "object")
                .numeric(3).numeric(4);
        SourceFiles sources = new SourceFiles(project.getCompileSourceRoots().stream().map(Path::of).toList());
        Verifier verifier = Verifier.create(verifierProfile);
        int built = 0;
        try (URLClassLoader loader = projectLoader()) {
            List<ProgramClasses.Found> found = ProgramClasses.find(classes, loader);
            List<ProgramClasses.Found> selected = select(found, warnings);
            if (found.isEmpty()) {
                getLog().info("bpfj: no XdpProgram classes in " + classes);
            }
            String shared = sharedFingerprint(classes, found, verifierProfile);
            for (ProgramClasses.Found f : selected) {
                String className = f.type().getName();
                String fingerprint = new Fingerprint().add(shared).addFiles(f.classFiles()).hex();
                Path stamp = stateDirectory.toPath().resolve(className + ".sha256");
                XdpProgram instance;
                try {
                    instance = instantiate(f.type());
                } catch (BpfException e) {
                    errors.add(className + ": " + e.getMessage());
                    continue;
                }
                String name = instance.programName();
                Path object = outputDirectory.toPath().resolve(name + ".bpf.o");
                Stamp previous = Stamp.read(stamp);
                if (previous != null && !previous.object().equals(object.getFileName().toString())) {
                    Files.deleteIfExists(outputDirectory.toPath().resolve(previous.object())); // the program was renamed
                }
                if (previous != null && Files.isRegularFile(object) && previous.fingerprint().equals(fingerprint)
                        && previous.size() == Files.size(object)) {
                    table.row(name, f.type().getSimpleName(), instance.section(), previous.insns(), previous.maps(),
                            previous.verdict() + ", up to date", SummaryTable.size(previous.size()));
                    continue;
                }
                Files.deleteIfExists(stamp);
                ObjectSpec spec;
                try {
                    spec = instance.build(new SourceCapture(sources.roots()));
                } catch (BpfBuildException e) {
                    Files.deleteIfExists(object);
                    errors.add(buildError(e, sources, className));
                    table.row(name, f.type().getSimpleName(), instance.section(), "-", "-", "build error", "-");
                    continue;
                }
                if (name.length() > 15) {
                    warnings.add(name + ": the kernel keeps only the first 15 characters of a program name ("
                            + name.substring(0, 15) + ")");
                }
                String verdictText = "not verified";
                boolean rejected = false;
                if (verify) {
                    for (Verdict v : verifier.verify(spec)) {
                        if (v.rejected()) {
                            rejected = true;
                            errors.add(Messages.verifierError(v, sources));
                            verdictText = "rejected";
                        } else {
                            verdictText = "accepted (" + v.processedInsns() + " processed)";
                        }
                    }
                }
                ProgramSpec main = spec.programs().get(0);
                if (rejected) {
                    Files.deleteIfExists(object);
                    table.row(name, f.type().getSimpleName(), main.section(), main.slotCount(), spec.maps().size(),
                            verdictText, "-");
                    continue;
                }
                byte[] elf = ElfWriter.write(spec);
                AtomicFiles.write(object, elf);
                new Stamp(fingerprint, elf.length, main.slotCount(), spec.maps().size(), verdictText,
                        object.getFileName().toString()).write(stamp);
                built++;
                table.row(name, f.type().getSimpleName(), main.section(), main.slotCount(), spec.maps().size(),
                        verdictText, SummaryTable.size(elf.length));
            }
            removeStale(found);
        } catch (IOException e) {
            throw new MojoExecutionException("bpfj: " + e.getMessage(), e);
        }
        if (!table.isEmpty()) {
            getLog().info("bpfj: " + built + " object" + (built == 1 ? "" : "s") + " written to " + outputDirectory);
            for (String line : table.lines()) {
                getLog().info("  " + line);
            }
        }
        for (String w : warnings) {
            getLog().warn("bpfj: " + w);
        }
        for (String e : errors) {
            for (String line : e.split("\n")) {
                getLog().error(line);
            }
        }
        if (!errors.isEmpty()) {
            throw new MojoFailureException("bpfj: " + errors.size() + " program" + (errors.size() == 1 ? "" : "s")
                    + " failed to build or verify; see the errors above");
        }
        if (failOnWarning && !warnings.isEmpty()) {
            throw new MojoFailureException("bpfj: " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")
                    + " and failOnWarning is set");
        }
    }

    private List<ProgramClasses.Found> select(List<ProgramClasses.Found> found, List<String> warnings) {
        if (programs == null || programs.isEmpty()) {
            return found;
        }
        List<ProgramClasses.Found> out = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (ProgramClasses.Found f : found) {
            for (String wanted : programs) {
                if (wanted.equals(f.type().getName()) || wanted.equals(f.type().getSimpleName())) {
                    out.add(f);
                    matched.add(wanted);
                }
            }
        }
        for (String wanted : programs) {
            if (!matched.contains(wanted)) {
                warnings.add("no program class " + wanted + " in " + classesDirectory);
            }
        }
        return out;
    }

    /** Everything but the program classes themselves: other project classes, bpfj's version, the settings. */
    private String sharedFingerprint(Path classes, List<ProgramClasses.Found> found, Profile p) throws IOException {
        Set<Path> programFiles = new HashSet<>();
        found.forEach(f -> programFiles.addAll(f.classFiles()));
        Fingerprint fp = new Fingerprint().add(BuildMojo.class.getPackage().getImplementationVersion() + "")
                .add(jarStamp(BuildMojo.class)).add(jarStamp(XdpProgram.class)).add(jarStamp(Verifier.class)).add(jarStamp(ElfWriter.class))
                .add(p.name()).add(String.valueOf(verify));
        for (String name : ProgramClasses.classNames(classes)) {
            Path file = classes.resolve(name.replace('.', '/') + ".class");
            if (!programFiles.contains(file)) {
                fp.addFile(file);
            }
        }
        return fp.hex();
    }

    /** Removes the objects (and stamps) of program classes that no longer exist. */
    private void removeStale(List<ProgramClasses.Found> found) throws IOException {
        Path state = stateDirectory.toPath();
        if (!Files.isDirectory(state)) {
            return;
        }
        Set<String> live = new HashSet<>();
        found.forEach(f -> live.add(f.type().getName() + ".sha256"));
        try (var files = Files.list(state)) {
            for (Path stamp : files.filter(p -> p.toString().endsWith(".sha256")).toList()) {
                if (!live.contains(stamp.getFileName().toString())) {
                    Stamp old = Stamp.read(stamp);
                    if (old != null) {
                        Files.deleteIfExists(outputDirectory.toPath().resolve(old.object()));
                        getLog().info("bpfj: removed " + old.object() + " (its program class is gone)");
                    }
                    Files.delete(stamp);
                }
            }
        }
    }

    /**
     * Where a bpfj class was loaded from and what is there (a jar's size and time, or every class file's
     * name, size and time in a reactor build's class directory), so a changed bpfj rebuilds the objects.
     */
    private static String jarStamp(Class<?> c) {
        try {
            Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(p)) {
                return p + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p);
            }
            Fingerprint fp = new Fingerprint().add(p.toString());
            try (var walk = Files.walk(p)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    fp.add(p.relativize(f).toString()).add(Files.size(f)).add(Files.getLastModifiedTime(f).toMillis());
                }
            }
            return fp.hex();
        } catch (Exception e) {
            return c.getName();
        }
    }

    private static XdpProgram instantiate(Class<? extends XdpProgram> type) {
        try {
            Constructor<? extends XdpProgram> ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            return ctor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new BpfBuildException(null, type.getName() + " needs a no-argument constructor to be built");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof BpfException b) {
                throw b;
            }
            throw new BpfBuildException(null, "constructing " + type.getName() + " failed: " + e.getCause());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new BpfBuildException(null, "cannot instantiate " + type.getName() + ": " + e);
        }
    }

    private static String buildError(BpfBuildException e, SourceFiles sources, String className) {
        if (e.where() != null) {
            return sources.compilerStyle(e.where()) + " " + e.problem();
        }
        return className + ": " + e.getMessage();
    }

    private URLClassLoader projectLoader() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classesDirectory.toURI().toURL());
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (MalformedURLException | org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("bpfj: cannot build the project's class path: " + e.getMessage(), e);
        }
        // parent first: bpfj's own classes come from the plugin, so XdpProgram is one type for both
        return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
    }
}
