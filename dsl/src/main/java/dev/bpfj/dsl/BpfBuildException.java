package dev.bpfj.dsl;

import dev.bpfj.core.BpfException;
import dev.bpfj.core.SourceLocation;

/**
 * A program could not be built: something the DSL knows the kernel would reject, or a builder used
 * the wrong way. The message names the Java line that caused it and what to do instead.
 */
public class BpfBuildException extends BpfException {
    private static final long serialVersionUID = 1L;

    private final transient SourceLocation where;
    private final String problem;

    /**
     * @param where the user's source line the problem comes from, or null when unknown
     * @param problem what is wrong and how to fix it, as a sentence
     */
    public BpfBuildException(SourceLocation where, String problem) {
        super(where == null ? problem : where + ": " + problem);
        this.where = where;
        this.problem = problem;
    }

    /** The Java line the problem comes from, or null. */
    public SourceLocation where() {
        return where;
    }

    /** The message without the location prefix. */
    public String problem() {
        return problem;
    }
}
