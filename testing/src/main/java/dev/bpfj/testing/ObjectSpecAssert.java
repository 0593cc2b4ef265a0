package dev.bpfj.testing;

import dev.bpfj.core.spec.ObjectSpec;
import dev.bpfj.verifier.Verdict;
import dev.bpfj.verifier.Verifier;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an object as a whole: whether bpfj's verifier expects Linux to load its programs. */
public final class ObjectSpecAssert extends AbstractAssert<ObjectSpecAssert, ObjectSpec> {

    ObjectSpecAssert(ObjectSpec actual) {
        super(actual, ObjectSpecAssert.class);
    }

    /** Every program passes bpfj's verifier (which mirrors the kernel's verdicts). */
    public ObjectSpecAssert verifies() {
        isNotNull();
        for (Verdict v : Verifier.create().verify(actual)) {
            if (!v.accepted()) {
                failWithMessage(v.unsupported() ? "%nExpecting program %s to verify, but bpfj cannot verify it:%n%s"
                        : "%nExpecting program %s to verify, but the verifier rejects it:%n%s", v.program(), v.render());
            }
        }
        return this;
    }

    /** The named program is rejected, with a message containing {@code text}. */
    public ObjectSpecAssert isRejected(String program, String text) {
        isNotNull();
        Verdict v = Verifier.create().verify(actual, actual.program(program).orElseThrow(
                () -> new IllegalArgumentException("no program " + program)));
        if (v.accepted()) {
            failWithMessage("%nExpecting program %s to be rejected, but the verifier accepts it", program);
        } else if (v.unsupported()) {
            failWithMessage("%nExpecting program %s to be rejected, but bpfj cannot verify it:%n%s", program, v.render());
        } else if (!v.render().contains(text)) {
            failWithMessage("%nExpecting program %s to be rejected with \"%s\", but the verdict is:%n%s", program, text,
                    v.render());
        }
        return this;
    }
}
