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

    /** A step's delegate that sets "agreed". */
    private static class Answer implements JavaDelegate, SetsVariables {
        @Override
        public void execute(DelegateExecution ex) {
            ex.setVariable("agreed", true);
        }

        @Override
        public Set<String> variablesSet() {
            return Set.of("agreed");
        }
    }

    private static class OldAnswerBean extends SharedBeanOfOlderVersions {
        OldAnswerBean() {
            super(Map.of("Task_RecordAnswer", new Answer(), "Task_Note", ex -> { }));
        }
    }

    @Test
    void itDeclaresWhatItsStepsSet() {
        assertThat(new OldAnswerBean().variablesSet()).containsExactly("agreed");
    }

    @Test
    void aStepItDoesNotKnowIsAModellingError() {
        FakeExecution ex = FakeExecution.with().at("Task_SomethingElse");
        assertThatThrownBy(() -> new OldAnswerBean().execute(ex.execution())).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Task_SomethingElse uses OldAnswerBean");
        assertThat(ex.has("agreed")).isFalse();
    }
}
