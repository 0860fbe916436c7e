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
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordRegistrationDecision: the coordinator re-opens registration with the provider's dates, or the candidacy lapses. */
class RecordRegistrationDecisionDelegateTest {

    private final Candidacies candidacies = mock(Candidacies.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final RecordRegistrationDecisionDelegate delegate = new RecordRegistrationDecisionDelegate(candidacies, calendars);

    @Test
    void reopenedRegistrationSetsTheNewDaysOfTheRegistrationTimers() {
        when(calendars.forStaff("E1007")).thenReturn(WorkingDays.bankHolidaysOnly());
        when(candidacies.reopenRegistration(1L, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5), "mark.ellis"))
                .thenReturn(new Candidacies.RegistrationDates(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 5), true));
        FakeExecution ex = decision("reopen").and("registrationOpensOn", "2027-02-01").and("registrationClosesOn", "2027-02-05");

        ex.run(delegate);

        assertThat(ex.variable(REGISTRATION_REOPENED)).isEqualTo(true);
        assertThat(ex.variable(REGISTRATION_OPENS_AT)).isEqualTo(Date.from(Instant.parse("2027-02-01T08:30:00Z")));
        assertThat(ex.variable(REGISTRATION_CLOSES_AT)).isEqualTo(Date.from(Instant.parse("2027-02-05T08:30:00Z")));
        assertThat(ex.variable(REGISTRATION_MISSED_AT)).as("the next school day, after the weekend")
                .isEqualTo(Date.from(Instant.parse("2027-02-08T08:30:00Z")));
        assertThat((String) ex.variable(REGISTRATION_DATES_TEXT)).contains("Monday 1 February 2027", "Friday 5 February 2027");
    }

    @Test
    void aLapseIsRecordedAgainstTheLastDayToRegister() {
        when(candidacies.registrationDates(1L)).thenReturn(new Candidacies.RegistrationDates(LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 1, 18), false));
        FakeExecution ex = decision("lapse").and("lapseReason", "No later cohort this year");

        ex.run(delegate);

        assertThat(ex.variable(REGISTRATION_REOPENED)).isEqualTo(false);
        assertThat(ex.has(REGISTRATION_OPENS_AT)).isFalse();
        verify(candidacies).lapse(1L, DeadlineDecisions.REGISTRATION, LocalDate.of(2027, 1, 18), "No later cohort this year", "mark.ellis");
    }

    @Test
    void noDecisionIsRefused() {
        FakeExecution ex = decision(null);
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Choose whether to re-open registration");
        assertThat(ex.has(REGISTRATION_REOPENED)).isFalse();
        verifyNoInteractions(candidacies);
    }

    private static FakeExecution decision(String decision) {
        return FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007", "registrationDecision", decision).signedIn("mark.ellis");
    }
}
