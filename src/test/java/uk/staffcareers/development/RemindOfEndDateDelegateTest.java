package uk.staffcareers.development;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_RemindOfEndDate: mentor and planner (once each, once if the same) hear when the development ends. */
class RemindOfEndDateDelegateTest {

    private final Notifications notifications = mock(Notifications.class);

    @Test
    void mentorAndPlannerAreReminded() {
        ended("sara.okafor").run(new RemindOfEndDateDelegate(notifications));
        for (String person : new String[] {"sara.okafor", "tom.bennett"}) {
            verify(notifications).send(eq(person), eq("The development of Amy Hughes ends on Friday 19 March 2027"), anyString(),
                    eq("DEVELOPMENT-E1004-1"));
        }
    }

    @Test
    void aPlannerWhoMentorsIsRemindedOnce() {
        ended("tom.bennett").run(new RemindOfEndDateDelegate(notifications));
        verify(notifications, times(1)).send(eq("tom.bennett"), anyString(), anyString(), anyString());
    }

    private static FakeExecution ended(String mentor) {
        return FakeExecution.with(ENDS_ON, Date.from(Instant.parse("2027-03-19T17:00:00Z")), STAFF_NAME, "Amy Hughes", MENTOR, mentor,
                PLANNER, "tom.bennett").businessKey("DEVELOPMENT-E1004-1");
    }
}
