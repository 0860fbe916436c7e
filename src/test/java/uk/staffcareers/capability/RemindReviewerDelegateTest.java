package uk.staffcareers.capability;

import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;

/** Task_RemindReviewer: the reviewer hears whose review is due and on which school day. */
class RemindReviewerDelegateTest {

    private final Notifications notifications = mock(Notifications.class);

    @Test
    void theReviewerIsRemindedOfTheDay() {
        FakeExecution.with(REVIEW_AT, Date.from(Instant.parse("2027-02-15T08:30:00Z")),
                REVIEWER, "priya.shah", STAFF_NAME, "Ben Lewis").businessKey("CONCERN-3").run(new RemindReviewerDelegate(notifications));
        verify(notifications).send(eq("priya.shah"), eq("Progress review of Ben Lewis on Monday 15 February 2027"),
                contains("due on Monday 15 February 2027"), eq("CONCERN-3"));
    }
}
