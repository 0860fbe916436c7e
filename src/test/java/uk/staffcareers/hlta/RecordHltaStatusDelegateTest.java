package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_RecordHltaStatus: the award and the job description HR will confirm; the candidate is congratulated. */
class RecordHltaStatusDelegateTest {

    private final HltaAward award = mock(HltaAward.class);
    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theAwardSetsTheJobDescriptionForHr() {
        when(award.award(1L, "HLTA-E1007-1", "the application")).thenReturn(56L);
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, REFERENCE, "HLTA-E1007-1", CANDIDATE, "jo.pritchard");

        ex.run(new RecordHltaStatusDelegate(award, notifications));

        assertThat(ex.variable(JOB_DESCRIPTION_ID)).isEqualTo(56L);
        verify(notifications).send(eq("jo.pritchard"), eq("HLTA status awarded"), anyString(), eq("HLTA-E1007-1"));
    }
}
