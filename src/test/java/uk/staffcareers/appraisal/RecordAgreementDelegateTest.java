package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordAgreement: the employee's answer to the objectives decides the gateway "Objectives agreed?". */
class RecordAgreementDelegateTest {

    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordAgreementDelegate delegate = new RecordAgreementDelegate(appraisals);

    @Test
    void agreeSetsObjectivesAgreedAndRecordsWhoAnswered() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT, "AGREE").signedIn("amy.hughes");
        ex.run(delegate);
        assertThat(ex.variable(OBJECTIVES_AGREED)).isEqualTo(true);
        verify(appraisals).answerObjectives(7L, true, null, "amy.hughes");
    }

    @Test
    void disagreeSetsObjectivesNotAgreedWithTheObjection() {
        FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT, "DISAGREE", OBJECTION, " Too many ").signedIn("amy.hughes");
        ex.run(delegate);
        assertThat(ex.variable(OBJECTIVES_AGREED)).isEqualTo(false);
        verify(appraisals).answerObjectives(7L, false, "Too many", "amy.hughes");
    }

    @Test
    void anythingButAgreeOrDisagreeIsRefusedAndNothingIsRecorded() {
        for (String answer : new String[] {"MAYBE", "agree", " ", null}) {
            FakeExecution ex = FakeExecution.with(APPRAISAL_ID, 7L, AGREEMENT, answer);
            assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("Say whether you agree the objectives");
            assertThat(ex.has(OBJECTIVES_AGREED)).isFalse();
        }
        verifyNoInteractions(appraisals);
    }
}
