package uk.staffcareers.capability;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_IssueCapabilityNotice: the notice is issued and the employee told where the letter is. */
class IssueCapabilityNoticeDelegateTest {

    private final Concerns concerns = mock(Concerns.class);
    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theEmployeeIsToldOfTheLetter() {
        when(concerns.issueCapabilityNotice(3L, "priya.shah")).thenReturn(31L);
        FakeExecution.with(CONCERN_ID, 3L, EMPLOYEE, "ben.lewis")
                .signedIn("priya.shah").businessKey("CONCERN-3").run(new IssueCapabilityNoticeDelegate(concerns, notifications));
        verify(notifications).send(eq("ben.lewis"), eq("A letter about your performance"), contains("/api/documents/31"), eq("CONCERN-3"));
    }
}
