package dev.bpfj.maven;

import dev.bpfj.verifier.Profile;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What every bpfj goal has: the project, and {@code skip}. */
abstract class BpfjMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Skips the goal. */
    @Parameter(property = "bpfj.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("bpfj: skipped");
            return;
        }
        run();
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    static Profile verifierProfile(String name) throws MojoExecutionException {
        return Profile.parse(name).orElseThrow(() -> new MojoExecutionException(
                "bpfj: unknown verifier profile '" + name + "'; use root or cap-bpf"));
    }
}
