package uk.staffcareers.appraisal;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_AlertHeadteacher: objectives still not agreed after the escalation days; the headteacher hears of it. */
class AlertHeadteacherDelegateTest {

    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theHeadteacherIsToldWhoseObjectivesAndWhichAppraiser() {
        FakeExecution.with(HEADTEACHER, "helen.carter", STAFF_NAME, "Amy Hughes",
                APPRAISER, "tom.bennett").businessKey("APPRAISAL-2026/27-E1004").run(new AlertHeadteacherDelegate(notifications));
        verify(notifications).send(eq("helen.carter"), eq("Objectives of Amy Hughes still not agreed"), contains("tom.bennett"),
                eq("APPRAISAL-2026/27-E1004"));
    }
}
