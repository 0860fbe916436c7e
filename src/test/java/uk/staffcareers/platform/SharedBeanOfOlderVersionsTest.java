package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** An older version's shared bean name: it declares what its steps' delegates set, and knows no other step. */
class SharedBeanOfOlderVersionsTest {

    private static final ProcessVariable<Boolean> AGREED = ProcessVariable.flag("agreed");

    /** A step's delegate that sets "agreed". */
    private static class Answer implements JavaDelegate, SetsVariables {
        @Override
        public void execute(DelegateExecution ex) {
            AGREED.set(ex, true);
        }

        @Override
        public Set<ProcessVariable<?>> variablesSet() {
            return Set.of(AGREED);
        }
    }

    private static class OldAnswerBean extends SharedBeanOfOlderVersions {
        OldAnswerBean() {
            super(Map.of("Task_RecordAnswer", new Answer(), "Task_Note", ex -> { }));
        }
    }

    @Test
    void itDeclaresWhatItsStepsSet() {
        assertThat(new OldAnswerBean().variablesSet()).containsExactly(AGREED);
    }

    @Test
    void aStepItDoesNotKnowIsAModellingError() {
        FakeExecution ex = FakeExecution.with().at("Task_SomethingElse");
        assertThatThrownBy(() -> new OldAnswerBean().execute(ex.execution())).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Task_SomethingElse uses OldAnswerBean");
        assertThat(ex.has(AGREED)).isFalse();
    }
}
