package uk.staffcareers.hlta;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_EscalateRegistration: the last day to register; the coordinator hears whose registration is missing and the dates. */
class EscalateRegistrationDelegateTest {

    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theCoordinatorIsToldByName() {
        FakeExecution.with(COORDINATOR, "mark.ellis", STAFF_NAME, "Jo Pritchard",
                REGISTRATION_DATES_TEXT, "between 11 and 18 January", REFERENCE, "HLTA-E1007-1").run(new EscalateRegistrationDelegate(notifications));
        verify(notifications).send(eq("mark.ellis"), eq("HLTA registration missing: Jo Pritchard"), contains("between 11 and 18 January"),
                eq("HLTA-E1007-1"));
    }
}
