package uk.staffcareers.appraisal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** recordObjectivesAnswerDelegate, for cases on versions before 1.2.0: each of its steps runs that step's own delegate. */
class RecordObjectivesAnswerDelegateTest {

    private final RecordAgreementDelegate agreement = mock(RecordAgreementDelegate.class);
    private final RecordRevisedAnswerDelegate revisedAnswer = mock(RecordRevisedAnswerDelegate.class);
    private final RecordObjectivesAnswerDelegate older = new RecordObjectivesAnswerDelegate(agreement, revisedAnswer);

    @Test
    void eachStepOfTheOlderVersionsRunsItsOwnDelegate() throws Exception {
        DelegateExecution answered = FakeExecution.with().at("Task_RecordAgreement").execution();
        DelegateExecution revisionAnswered = FakeExecution.with().at("Task_RecordRevisedAnswer").execution();
        older.execute(answered);
        older.execute(revisionAnswered);
        verify(agreement).execute(answered);
        verify(revisedAnswer).execute(revisionAnswered);
    }
}
