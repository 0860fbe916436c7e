package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** The interim review decides "Objectives to change?" and "Another review?", and sets the days that follow from it. */
class RecordInterimReviewDelegateTest {

    private static final Date ANNUAL_OPENS = Date.from(Instant.parse("2027-07-20T07:30:00Z"));
    private static final Date INTERIM_DUE = Date.from(Instant.parse("2027-03-02T17:00:00Z"));
    private final Appraisals appraisals = mock(Appraisals.class);
    private final RecordInterimReviewDelegate delegate = new RecordInterimReviewDelegate(appraisals);

    @BeforeEach
    void theTrustsDays() {
        when(appraisals.now()).thenReturn(LocalDateTime.of(2027, 1, 15, 10, 0));
        when(appraisals.commentsDue(7L)).thenReturn(LocalDate.of(2027, 1, 22));
        when(appraisals.commentsWorkingDays(7L)).thenReturn(5);
        when(appraisals.workingDaysAfter(7L, LocalDate.of(2027, 1, 22), 5)).thenReturn(LocalDate.of(2027, 1, 29));
        when(appraisals.reviewReminderWorkingDays(7L)).thenReturn(10);
    }

    @Test
    void changesAndAnotherReviewSetBothGatewaysAndTheNextReviewsDays() {
        when(appraisals.workingDaysBefore(7L, LocalDate.of(2027, 3, 10), 10)).thenReturn(LocalDate.of(2027, 2, 24));
        FakeExecution ex = review("YES", "2027-03-10");

        ex.run(delegate);

        verify(appraisals).recordInterimReview(7L, LocalDate.of(2027, 1, 15), Arrays.asList("On track", "Behind", null, null, null), true,
                "Good progress", LocalDate.of(2027, 3, 10), LocalDate.of(2027, 7, 20), "tom.bennett");
        assertThat(ex.variable(INTERIM_CHANGES_NEEDED)).isEqualTo(true);
        assertThat(ex.variable(ANOTHER_INTERIM_REVIEW)).isEqualTo(true);
        assertThat(ex.variable(INTERIM_COMMENTS_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-01-22T17:00:00Z")));
        assertThat(ex.variable(INTERIM_COMMENTS_DUE_TEXT)).isEqualTo("Friday 22 January 2027");
        assertThat(ex.variable(REVISION_DUE_AT)).as("after the employee's days to comment").isEqualTo(Date.from(Instant.parse("2027-01-29T17:00:00Z")));
        assertThat(ex.variable(NEXT_INTERIM_REVIEW_AT)).as("the policy's reminder days before it, in the morning")
                .isEqualTo(Date.from(Instant.parse("2027-02-24T08:30:00Z")));
        assertThat(ex.variable(INTERIM_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-03-10T17:00:00Z")));
        assertThat(ex.removed(NEXT_REVIEW_ON)).as("the next review's form starts empty").isTrue();
    }

    @Test
    void noChangesAndNoOtherReviewSetBothGatewaysFalseAndLeaveTheReviewDateAlone() {
        FakeExecution ex = review("NO", null);

        ex.run(delegate);

        assertThat(ex.variable(INTERIM_CHANGES_NEEDED)).isEqualTo(false);
        assertThat(ex.variable(ANOTHER_INTERIM_REVIEW)).isEqualTo(false);
        assertThat(ex.has(NEXT_INTERIM_REVIEW_AT)).isFalse();
        assertThat(ex.variable(INTERIM_DUE_AT)).as("unchanged").isEqualTo(INTERIM_DUE);
        assertThat(ex.variable(REVISION_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-01-29T17:00:00Z")));
    }

    @Test
    void aReviewPlannedSoonerThanTheRemindersComesUpToday() {
        when(appraisals.workingDaysBefore(7L, LocalDate.of(2027, 1, 20), 10)).thenReturn(LocalDate.of(2027, 1, 6));
        FakeExecution ex = review("NO", "2027-01-20");

        ex.run(delegate);

        assertThat(ex.variable(NEXT_INTERIM_REVIEW_AT)).isEqualTo(Date.from(Instant.parse("2027-01-15T08:30:00Z")));
        assertThat(ex.variable(INTERIM_CHANGES_NEEDED)).isEqualTo(false);
        assertThat(ex.variable(ANOTHER_INTERIM_REVIEW)).isEqualTo(true);
    }

    private static FakeExecution review(String changesNeeded, String nextReviewOn) {
        return FakeExecution.with(APPRAISAL_ID, 7L, "changesNeeded", changesNeeded, NEXT_REVIEW_ON, nextReviewOn,
                "interimHeldOn", "2027-01-15", "progress1", "On track", "progress2", "Behind", "interimSummary", "Good progress",
                ANNUAL_OPENS_AT, ANNUAL_OPENS, INTERIM_DUE_AT, INTERIM_DUE).signedIn("tom.bennett");
    }
}
