package uk.staffcareers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

import uk.staffcareers.platform.ProcessVariable;
import uk.staffcareers.platform.SetsVariables;

/** Every delegate test runs its delegate through FakeExecution.run: a variable set but not declared fails it. */
class FakeExecutionTest {

    private static final ProcessVariable<Boolean> AGREED = ProcessVariable.flag("agreed");
    private static final ProcessVariable<String> NOTE = ProcessVariable.text("note");

    /** Sets both, declares only "agreed". */
    private static class DeclaresLess implements JavaDelegate, SetsVariables {
        @Override
        public void execute(DelegateExecution ex) {
            AGREED.set(ex, true);
            NOTE.set(ex, "Agreed at the meeting");
        }

        @Override
        public Set<ProcessVariable<?>> variablesSet() {
            return Set.of(AGREED);
        }
    }

    @Test
    void aDelegateThatSetsMoreThanItDeclaresFailsItsTest() {
        assertThatThrownBy(() -> FakeExecution.with().run(new DeclaresLess())).isInstanceOf(AssertionError.class)
                .hasMessage("DeclaresLess sets [note] but does not declare it in variablesSet()");
    }

    @Test
    void aDelegateThatDeclaresNothingMaySetNothing() {
        JavaDelegate setsNothing = ex -> AGREED.get(ex);
        assertThatCode(() -> FakeExecution.with(AGREED, true).run(setsNothing)).doesNotThrowAnyException();
        assertThatThrownBy(() -> FakeExecution.with().run(ex -> AGREED.set(ex, false))).isInstanceOf(AssertionError.class);
    }
}
