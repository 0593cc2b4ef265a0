package dev.bpfj.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.LoadOptions;
import dev.bpfj.kernel.LoadResult;
import dev.bpfj.kernel.LoadedObject;

/** Loads objects into the running kernel for tests, which are skipped (with the reason) where bpf() is not permitted. */
final class Kernels {
    private Kernels() {}

    static void assumeAvailable() {
        assumeTrue(Kernel.isAvailable(), () -> "kernel-backed test skipped: " + Kernel.unavailableReason());
    }

    /** Loads the object; fails with the kernel verifier's log and the listing if a program is refused. */
    static LoadedObject load(ObjectSpec spec) {
        assumeAvailable();
        LoadedObject o = LoadedObject.load(spec, LoadOptions.DEFAULT);
        for (var e : o.results().entrySet()) {
            LoadResult r = e.getValue();
            if (!r.accepted()) {
                o.close();
                String log;
                try (LoadedObject verbose = LoadedObject.load(spec, LoadOptions.DEFAULT.withVerboseLog())) {
                    log = verbose.result(e.getKey()).verdict().log();
                }
                throw new AssertionError("the kernel refused " + e.getKey() + ": " + r.verdict().message()
                        + "\n--- listing ---\n" + spec.program(e.getKey()).orElseThrow() + "\n--- verifier log ---\n" + log);
            }
        }
        return o;
    }
}
