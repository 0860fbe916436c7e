package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordReview: the reviewer's judgement goes to the record; an extension sets the new review and its reminder. */
class RecordReviewDelegateTest {

    private final Concerns concerns = mock(Concerns.class);
    private final PolicySettings policy = mock(PolicySettings.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final RecordReviewDelegate delegate = new RecordReviewDelegate(concerns, policy, calendars);

    @Test
    void anExtensionSetsTheNewReviewAndTheReminderThePolicysDaysBefore() {
        when(policy.forStaff("E1005")).thenReturn(TrustPolicy.DEFAULTS);
        when(calendars.forStaff("E1005")).thenReturn(WorkingDays.bankHolidaysOnly());
        FakeExecution ex = review("EXTENDED").and("newReviewDate", "2027-02-15");

        ex.run(delegate);

        verify(concerns).review(3L, Concerns.Outcome.EXTENDED, null, LocalDate.of(2027, 2, 15), "priya.shah");
        assertThat(ex.variable(REVIEW_AT)).isEqualTo(Date.from(Instant.parse("2027-02-15T08:30:00Z")));
        assertThat(ex.variable(REMINDER_AT)).as("2 working days before, over the weekend").isEqualTo(Date.from(Instant.parse("2027-02-11T08:30:00Z")));
    }

    @Test
    void enoughOrNotEnoughImprovementSetsNoNewDates() {
        FakeExecution ex = review("INSUFFICIENT").and("remainingIssues", "Planning");
        ex.run(delegate);
        verify(concerns).review(3L, Concerns.Outcome.INSUFFICIENT, "Planning", null, "priya.shah");
        assertThat(ex.has(REVIEW_AT)).isFalse();
        verifyNoInteractions(policy, calendars);
    }

    @Test
    void noJudgementIsRefused() {
        assertThatThrownBy(() -> review(null).run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Say whether there has been enough improvement");
        verifyNoInteractions(concerns);
    }

    private static FakeExecution review(String outcome) {
        return FakeExecution.with(CONCERN_ID, 3L, STAFF_ID, "E1005", REVIEW_OUTCOME, outcome).signedIn("priya.shah");
    }
}
