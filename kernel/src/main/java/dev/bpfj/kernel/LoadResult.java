package dev.bpfj.kernel;

import java.util.Optional;

/**
 * The result of loading a program: the kernel's verdict and, when it accepted, the program.
 */
public record LoadResult(LoadedProgram program, KernelVerdict verdict) {
    public boolean accepted() {
        return verdict.accepted();
    }

    public Optional<LoadedProgram> loaded() {
        return Optional.ofNullable(program);
    }
}
