package uk.staffcareers.hlta;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_RemindToRegister: preparation day 1; the candidate is reminded to register. */
class RemindToRegisterDelegateTest {

    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theCandidateIsReminded() {
        FakeExecution.with(CANDIDATE, "jo.pritchard", REFERENCE, "HLTA-E1007-1").run(new RemindToRegisterDelegate(notifications));
        verify(notifications).send(eq("jo.pritchard"), eq("Register for your HLTA assessment"), anyString(), eq("HLTA-E1007-1"));
    }
}
