package dev.bpfj.maven;

import com.palantir.javapoet.JavaFile;
import dev.bpfj.emitter.Diagnostic;
import dev.bpfj.emitter.ReadResult;
import dev.bpfj.maven.skeleton.SkeletonGenerator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates Java skeletons from BPF objects (bpfj-built or clang-built): per object a class naming
 * its programs and declaring a typed {@code MapRef} per map, and a record with a byte-layout codec for
 * each BTF struct used as a map key or value — the Java counterpart of {@code bpftool gen skeleton}.
 * The objects are also put on the classpath under {@code bpf/} so the skeleton can read them.
 */
@Mojo(name = "skeleton", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class SkeletonMojo extends BpfjMojo {

    /** Object files, or directories searched for {@code *.o}. */
    @Parameter(property = "bpfj.objects", defaultValue = "${project.basedir}/src/main/bpf")
    private List<File> objects;

    /** Package of the generated classes; by default the project's groupId plus {@code .bpf}. */
    @Parameter(property = "bpfj.skeletonPackage")
    private String packageName;

    /** Where the generated sources go; added to the compile source roots. */
    @Parameter(property = "bpfj.skeletonDirectory", defaultValue = "${project.build.directory}/generated-sources/bpfj")
    private File outputDirectory;

    /** Where copies of the objects go so the jar carries them under {@code bpf/}; added as a resource root. */
    @Parameter(defaultValue = "${project.build.directory}/generated-resources/bpfj")
    private File resourceDirectory;

    /** Copy the objects onto the classpath (under {@code bpf/}). */
    @Parameter(property = "bpfj.copyObjects", defaultValue = "true")
    private boolean copyObjects;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        String pkg = packageName != null && !packageName.isBlank() ? packageName : defaultPackage();
        Path out = outputDirectory.toPath();
        try {
            List<Path> files = ObjectFiles.expand(objects);
            if (files.isEmpty()) {
                getLog().info("bpfj: no objects to generate skeletons from in " + objects);
                return;
            }
            Fingerprint fp = new Fingerprint().add(pkg).add(String.valueOf(copyObjects))
                    .add(String.valueOf(SkeletonMojo.class.getPackage().getImplementationVersion()));
            for (Path f : files) {
                fp.addFile(f);
            }
            String fingerprint = fp.hex();
            Path stamp = out.resolve(".bpfj-skeleton.sha256");
            addRoots();
            if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(fingerprint)) {
                getLog().info("bpfj: skeletons up to date (" + files.size() + " object" + (files.size() == 1 ? ")" : "s)"));
                return;
            }
            deleteTree(out);
            SkeletonGenerator generator = new SkeletonGenerator(pkg);
            for (Path f : files) {
                ReadResult read = ObjectFiles.read(f, null);
                for (Diagnostic d : read.diagnostics()) {
                    if (d.severity() == Diagnostic.Severity.ERROR) {
                        throw new MojoFailureException("bpfj: " + f + ": " + d);
                    }
                    getLog().debug("bpfj: " + f.getFileName() + ": " + d);
                }
                String name = f.getFileName().toString();
                String resource = copyObjects ? "bpf/" + name : null;
                var cls = generator.add(read.object(), name, resource);
                if (copyObjects) {
                    AtomicFiles.write(resourceDirectory.toPath().resolve("bpf").resolve(name), Files.readAllBytes(f));
                }
                getLog().info("bpfj: " + cls + " from " + name + " (" + read.object().programs().size() + " programs, "
                        + read.object().maps().size() + " maps)");
            }
            for (JavaFile jf : generator.files()) {
                jf.writeTo(out);
            }
            Files.writeString(stamp, fingerprint + "\n");
        } catch (IOException e) {
            throw new MojoExecutionException("bpfj: " + e.getMessage(), e);
        }
    }

    private void addRoots() {
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (copyObjects) {
            Resource r = new Resource();
            r.setDirectory(resourceDirectory.getAbsolutePath());
            if (project.getResources().stream().noneMatch(x -> r.getDirectory().equals(x.getDirectory()))) {
                project.addResource(r);
            }
        }
    }

    private String defaultPackage() {
        String g = project.getGroupId() == null ? "bpf" : project.getGroupId().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (String part : (g + ".bpf").split("\\.")) {
            String clean = part.replaceAll("[^a-z0-9_]", "_");
            if (clean.isEmpty()) {
                continue;
            }
            if (Character.isDigit(clean.charAt(0))) {
                clean = "_" + clean;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(clean);
        }
        return sb.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
