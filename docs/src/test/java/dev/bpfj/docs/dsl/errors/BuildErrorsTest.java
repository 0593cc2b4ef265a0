package dev.bpfj.docs.dsl.errors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bpfj.docs.Expected;
import dev.bpfj.dsl.BpfBuildException;
import dev.bpfj.dsl.XdpProgram;
import org.junit.jupiter.api.Test;

/** The build errors the DSL guide shows, as the DSL reports them. */
class BuildErrorsTest {

    static String message(XdpProgram program) {
        try {
            program.build();
        } catch (BpfBuildException e) {
            return e.getMessage();
        }
        throw new AssertionError(program.programName() + " built");
    }

    @Test
    void aViewUsedAfterTheHeadMoved() {
        Expected.check("build-errors.txt", "stale-view", message(new StaleView()));
    }

    @Test
    void aGplOnlyHelperUnderAnotherLicense() {
        Expected.check("build-errors.txt", "not-gpl", message(new NotGpl()));
    }

    @Test
    void aValueUsedOutsideItsBlock() {
        Expected.check("build-errors.txt", "escaped-value", message(new EscapedValue()));
    }

    @Test
    void codeBetweenABlockAndItsElse() {
        Expected.check("build-errors.txt", "code-in-or-when", message(new CodeInOrWhen()));
    }

    @Test
    void everyBuildErrorIsABpfBuildExceptionWithItsJavaLine() {
        assertThatThrownBy(() -> new StaleView().build()).isInstanceOfSatisfying(BpfBuildException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.where().fileName()).isEqualTo("StaleView.java"));
    }
}
