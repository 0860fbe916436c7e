package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

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

/** Task_RecordVisitWindowDecision: the coordinator gives a new visit window (its timers move) or the candidacy lapses. */
class RecordVisitWindowDecisionDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final Assessments assessments = mock(Assessments.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final PolicySettings policy = mock(PolicySettings.class);
    private final RecordVisitWindowDecisionDelegate delegate = new RecordVisitWindowDecisionDelegate(candidacies, assessments, calendars,
            policy);

    @Test
    void aNewWindowSetsItsEscalationAndClosingDays() {
        when(calendars.forStaff("E1007")).thenReturn(WorkingDays.bankHolidaysOnly());
        when(policy.forStaff("E1007")).thenReturn(TrustPolicy.DEFAULTS);
        when(assessments.giveNewWindow(1L, LocalDate.of(2027, 3, 19), "E1007", "mark.ellis"))
                .thenReturn(new Assessments.Window(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 3, 19)));
        FakeExecution ex = decision("newWindow").and("visitWindowClosesOn", "2027-03-19");

        ex.run(delegate);

        assertThat(ex.variable(NEW_VISIT_WINDOW_GIVEN)).isEqualTo(true);
        assertThat(ex.variable(WINDOW_TEXT)).isEqualTo("after Monday 25 January 2027 and by Friday 19 March 2027");
        assertThat(ex.variable(VISIT_ESCALATION_AT)).as("the policy's 10 working days before it closes")
                .isEqualTo(Date.from(Instant.parse("2027-03-05T08:30:00Z")));
        assertThat(ex.variable(VISIT_WINDOW_CLOSED_AT)).isEqualTo(Date.from(Instant.parse("2027-03-22T08:30:00Z")));
        assertThat(ex.variable(ASSESSMENT_TASKS_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-03-12T08:30:00Z")));
    }

    @Test
    void aLapseIsRecordedAgainstTheWindowsLastDay() {
        when(assessments.window(1L)).thenReturn(new Assessments.Window(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 3, 19)));
        FakeExecution ex = decision("lapse").and("lapseReason", "The provider cannot visit");

        ex.run(delegate);

        assertThat(ex.variable(NEW_VISIT_WINDOW_GIVEN)).isEqualTo(false);
        assertThat(ex.has(VISIT_WINDOW_CLOSED_AT)).isFalse();
        verify(candidacies).lapse(1L, DeadlineDecisions.VISIT_WINDOW, LocalDate.of(2027, 3, 19), "The provider cannot visit", "mark.ellis");
    }

    @Test
    void noDecisionIsRefused() {
        FakeExecution ex = decision("later");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Choose whether to give a new visit window");
        verifyNoInteractions(candidacies, assessments);
    }

    private static FakeExecution decision(String decision) {
        return FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007", "visitWindowDecision", decision).signedIn("mark.ellis");
    }
}
