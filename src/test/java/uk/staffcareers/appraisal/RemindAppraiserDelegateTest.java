package uk.staffcareers.appraisal;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_RemindAppraiser: objectives overdue; the appraiser is reminded, or the headteacher while nobody is chosen. */
class RemindAppraiserDelegateTest {

    private final Notifications notifications = mock(Notifications.class);
    private final RemindAppraiserDelegate delegate = new RemindAppraiserDelegate(notifications);

    @Test
    void theAppraiserIsRemindedOfTheEmployeeByName() {
        overdue().and(APPRAISER, "tom.bennett").run(delegate);
        verify(notifications).send(eq("tom.bennett"), eq("Objectives of Amy Hughes are overdue"), anyString(), eq("APPRAISAL-2026/27-E1004"));
    }

    @Test
    void withNoAppraiserYetTheHeadteacherIsReminded() {
        overdue().run(delegate);
        verify(notifications).send(eq("helen.carter"), eq("Objectives of Amy Hughes are overdue"), anyString(), eq("APPRAISAL-2026/27-E1004"));
    }

    private static FakeExecution overdue() {
        return FakeExecution.with(STAFF_NAME, "Amy Hughes", HEADTEACHER, "helen.carter").businessKey("APPRAISAL-2026/27-E1004");
    }
}
