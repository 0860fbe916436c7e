package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordMeetingOutcome: the informal meeting's record; its review date sets the review's timer and the reminder before it. */
class RecordInformalMeetingDelegateTest {

    private final Concerns concerns = mock(Concerns.class);
    private final PolicySettings policy = mock(PolicySettings.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);

    @Test
    void theTickedSupportIsRecordedAndTheReviewScheduled() {
        when(policy.forStaff("E1005")).thenReturn(TrustPolicy.DEFAULTS);
        when(calendars.forStaff("E1005")).thenReturn(WorkingDays.bankHolidaysOnly());
        Concerns.Meeting meeting = new Concerns.Meeting(LocalDate.of(2027, 1, 11), "Planning", "MODERATE", "Standard 4",
                List.of("COACHING", "TRAINING"), "Weekly coaching", "Tom Bennett", "A formal stage may follow", LocalDate.of(2027, 2, 15));
        when(concerns.recordMeeting(3L, meeting, "priya.shah")).thenReturn(new Concerns.Recorded(LocalDate.of(2027, 2, 15), 21L));
        FakeExecution ex = FakeExecution.with(CONCERN_ID, 3L, STAFF_ID, "E1005", "meetingDate", "2027-01-11", "nature", "Planning",
                "seriousness", "MODERATE", "linkedTo", "Standard 4", "supportTraining", true, "supportCoaching", true, "supportMentoring", false,
                "supportDetails", "Weekly coaching", "supportProvider", "Tom Bennett", "implications", "A formal stage may follow",
                "reviewDate", "2027-02-15").signedIn("priya.shah");

        ex.run(new RecordInformalMeetingDelegate(concerns, policy, calendars));

        assertThat(ex.variable(WRITTEN_RECORD_ID)).isEqualTo(21L);
        assertThat(ex.variable(REVIEW_AT)).isEqualTo(Date.from(Instant.parse("2027-02-15T08:30:00Z")));
        assertThat(ex.variable(REMINDER_AT)).isEqualTo(Date.from(Instant.parse("2027-02-11T08:30:00Z")));
    }
}
