package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** noAnswerGivenDelegate, for cases on versions before 1.2.0: each of its five steps runs that step's own delegate. */
class NoAnswerGivenDelegateTest {

    private final NoteNoAnswerToObjectivesDelegate objectives = mock(NoteNoAnswerToObjectivesDelegate.class);
    private final NoteNoAnswerToRevisionDelegate revision = mock(NoteNoAnswerToRevisionDelegate.class);
    private final NoteNoInterimCommentsDelegate interimComments = mock(NoteNoInterimCommentsDelegate.class);
    private final NoteNoEvidenceDelegate evidence = mock(NoteNoEvidenceDelegate.class);
    private final NoteNoReportCommentsDelegate reportComments = mock(NoteNoReportCommentsDelegate.class);
    private final NoAnswerGivenDelegate older = new NoAnswerGivenDelegate(objectives, revision, interimComments, evidence, reportComments);

    @Test
    void eachStepOfTheOlderVersionsRunsItsOwnDelegate() throws Exception {
        Map<String, JavaDelegate> steps = Map.of("Task_NoteNoAnswerToObjectives", objectives, "Task_NoteNoAnswerToRevision", revision,
                "Task_NoteNoInterimComments", interimComments, "Task_NoteNoEvidence", evidence, "Task_NoteNoReportComments", reportComments);
        for (var step : steps.entrySet()) {
            DelegateExecution ex = FakeExecution.with().at(step.getKey()).execution();
            older.execute(ex);
            verify(step.getValue()).execute(ex);
        }
    }
}
