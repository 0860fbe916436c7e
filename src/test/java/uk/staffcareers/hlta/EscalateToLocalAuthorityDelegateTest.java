package uk.staffcareers.hlta;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_EscalateToLocalAuthority: no visit booked near the window's end; the local authority, coordinator and headteacher hear. */
class EscalateToLocalAuthorityDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theLocalAuthorityContactTheCoordinatorAndTheHeadteacherAreTold() {
        when(candidacies.laContactEmail(1L)).thenReturn("ann.lee@la.example");
        FakeExecution.with(CANDIDACY_ID, 1L, STAFF_NAME,
                "Jo Pritchard", SCHOOL_NAME, "Oakfield Primary", WINDOW_TEXT, "by Friday 19 March 2027", COORDINATOR, "mark.ellis",
                HEADTEACHER, "helen.carter", REFERENCE, "HLTA-E1007-1").run(new EscalateToLocalAuthorityDelegate(candidacies, notifications));
        for (String recipient : new String[] {"ann.lee@la.example", "mark.ellis", "helen.carter"}) {
            verify(notifications).send(eq(recipient), eq("HLTA visit not booked: Jo Pritchard"), contains("by Friday 19 March 2027"),
                    eq("HLTA-E1007-1"));
        }
    }
}
