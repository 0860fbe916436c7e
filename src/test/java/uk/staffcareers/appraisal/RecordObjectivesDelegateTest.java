package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** recordObjectivesDelegate, for cases on versions before 1.2.0: each of its steps runs that step's own delegate. */
class RecordObjectivesDelegateTest {

    private final RecordDraftObjectivesDelegate draft = mock(RecordDraftObjectivesDelegate.class);
    private final RecordSettlementDelegate settlement = mock(RecordSettlementDelegate.class);
    private final RecordRevisedObjectivesDelegate revision = mock(RecordRevisedObjectivesDelegate.class);
    private final RecordObjectivesDelegate older = new RecordObjectivesDelegate(draft, settlement, revision);

    @Test
    void eachStepOfTheOlderVersionsRunsItsOwnDelegate() throws Exception {
        DelegateExecution drafted = at("Task_RecordObjectives");
        DelegateExecution settled = at("Task_RecordSettlement");
        DelegateExecution revised = at("Task_RecordRevisedObjectives");
        older.execute(drafted);
        older.execute(settled);
        older.execute(revised);
        verify(draft).execute(drafted);
        verify(settlement).execute(settled);
        verify(revision).execute(revised);
    }

    private static DelegateExecution at(String activityId) {
        return FakeExecution.with().at(activityId).execution();
    }
}
