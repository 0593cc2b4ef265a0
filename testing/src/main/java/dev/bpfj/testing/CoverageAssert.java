package dev.bpfj.testing;

import dev.bpfj.core.SourceLocation;
import dev.bpfj.interpreter.Coverage;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on which instructions and source lines runs have reached. */
public final class CoverageAssert extends AbstractAssert<CoverageAssert, Coverage> {

    CoverageAssert(Coverage actual) {
        super(actual, CoverageAssert.class);
    }

    public CoverageAssert coversEveryInstruction() {
        isNotNull();
        List<Integer> missed = actual.uncoveredSlots();
        if (!missed.isEmpty()) {
            failWithMessage("%nExpecting every instruction of %s to run; these never did: %s%n%s",
                    actual.program().name(), missed, actual);
        }
        return this;
    }

    public CoverageAssert coversEveryLine() {
        isNotNull();
        List<SourceLocation> missed = actual.uncoveredLines();
        if (!missed.isEmpty()) {
            failWithMessage("%nExpecting every source line of %s to run; these never did: %s",
                    actual.program().name(), missed);
        }
        return this;
    }

    public CoverageAssert coversAtLeast(double ratio) {
        isNotNull();
        if (actual.ratio() < ratio) {
            failWithMessage("%nExpecting at least %.0f%% of %s's instructions to run, only %.1f%% did; missed slots %s",
                    ratio * 100, actual.program().name(), actual.ratio() * 100, actual.uncoveredSlots());
        }
        return this;
    }
}
