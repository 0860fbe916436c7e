package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordRevisedAnswer: the answer to objectives revised in the year is recorded as an answer to the revision. */
class RecordRevisedAnswerDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordRevisedAnswerDelegate delegate = new RecordRevisedAnswerDelegate(appraisals);

    @Test
    void anAnswerToRevisedObjectivesIsRecordedAsARevision() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT, "DISAGREE", OBJECTION, "Too much").signedIn("amy.hughes");
        ex.run(delegate);
        assertThat(ex.variable(OBJECTIVES_AGREED)).isEqualTo(false);
        verify(appraisals).answerRevision(7L, false, "Too much");
        verifyNoMoreInteractions(appraisals);
    }

    @Test
    void anythingButAgreeOrDisagreeIsRefused() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT, "MAYBE");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Say whether you agree the objectives");
        verifyNoInteractions(appraisals);
    }
}
