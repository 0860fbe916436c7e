package uk.staffcareers.hlta;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_TellWithdrawal: candidate, headteacher and coordinator (each once) hear who withdrew the candidacy. */
class TellWithdrawalDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final Notifications notifications = mock(Notifications.class);

    @Test
    void everyoneInvolvedIsToldOnce() {
        when(candidacies.closedText(1L)).thenReturn("Jo Pritchard on Monday 1 March 2027");
        FakeExecution.with(CANDIDACY_ID, 1L, STAFF_NAME, "Jo Pritchard",
                CANDIDATE, "jo.pritchard", HEADTEACHER, "helen.carter", COORDINATOR, "helen.carter", REFERENCE, "HLTA-E1007-1").run(new TellWithdrawalDelegate(candidacies, notifications));
        verify(notifications).send(eq("jo.pritchard"), eq("HLTA candidacy withdrawn: Jo Pritchard"), contains("Withdrawn by Jo Pritchard"),
                eq("HLTA-E1007-1"));
        verify(notifications, times(1)).send(eq("helen.carter"), anyString(), anyString(), anyString());
    }
}
