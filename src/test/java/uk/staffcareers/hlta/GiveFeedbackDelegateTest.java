package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_GiveFeedback: the feedback letter on the standards not met, and the candidate told where it is. */
class GiveFeedbackDelegateTest {

    private final HltaAward award = mock(HltaAward.class);
    private final Assessments assessments = mock(Assessments.class);
    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theLetterNamesTheStandardsNotMetAndTheCandidateIsTold() {
        when(assessments.standardsNotMet(1L)).thenReturn(List.of(17, 31));
        when(assessments.feedback(1L)).thenReturn("Plan more");
        when(award.feedback(1L, "HLTA-E1007-1", List.of(17, 31), "Plan more", "mark.ellis")).thenReturn(55L);
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, REFERENCE, "HLTA-E1007-1", CANDIDATE, "jo.pritchard").signedIn("mark.ellis");

        ex.run(new GiveFeedbackDelegate(award, assessments, notifications));

        assertThat(ex.variable("feedbackDocumentId")).isEqualTo(55L);
        verify(notifications).send(eq("jo.pritchard"), eq("HLTA assessment: standards not yet met"), contains("document 55"), eq("HLTA-E1007-1"));
    }
}
