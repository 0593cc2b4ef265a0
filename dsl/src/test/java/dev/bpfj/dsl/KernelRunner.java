package dev.bpfj.dsl;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.kernel.Kernel;
import dev.bpfj.kernel.LoadOptions;
import dev.bpfj.kernel.LoadResult;
import dev.bpfj.kernel.LoadedObject;

/** Loads DSL-built objects into the running kernel for tests, skipping them where bpf() is not permitted. */
public final class KernelRunner {
    private KernelRunner() {}

    public static void assumeKernel() {
        assumeTrue(Kernel.isAvailable(), () -> "kernel-backed test skipped: " + Kernel.unavailableReason());
    }

    /** Loads the object; fails with the verifier's log and the program listing if the kernel refuses it. */
    public static LoadedObject load(ObjectSpec spec) {
        assumeKernel();
        LoadedObject o = LoadedObject.load(spec, LoadOptions.DEFAULT);
        for (var e : o.results().entrySet()) {
            LoadResult r = e.getValue();
            if (!r.accepted()) {
                String listing = spec.program(e.getKey()).orElseThrow().toString();
                o.close();
                LoadedObject verbose = LoadedObject.load(spec, LoadOptions.DEFAULT.withVerboseLog());
                String log = verbose.result(e.getKey()).verdict().log();
                verbose.close();
                throw new AssertionError("the kernel refused " + e.getKey() + ": " + r.verdict().message()
                        + "\n--- listing ---\n" + listing + "\n--- verifier log ---\n" + log);
            }
        }
        return o;
    }
}
