package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordPreparationDays: the dated preparation days; sets the registration timers and the visit window's. */
@Component
class RecordPreparationDaysDelegate implements JavaDelegate {

    /** A visit not booked this many working days before the window closes goes to the local-authority contact. */
    static final int VISIT_ESCALATION_WORKING_DAYS = 10;

    private final Candidacies candidacies;
    private final SchoolCalendars calendars;

    RecordPreparationDaysDelegate(Candidacies candidacies, SchoolCalendars calendars) {
        this.candidacies = candidacies;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution ex) {
        // As many as a trust's policy may require (TrustPolicy: 2 to 10); the form offers three.
        List<LocalDate> days = dates(ex, "preparationDay", 10);
        Assessments.Window window = candidacies.bookPreparation(candidacyId(ex), text(ex, "providerOfPreparation"), days);
        ex.setVariable(PREPARATION_DAY_1_AT, morningOf(days.get(0)));
        ex.setVariable(PREPARATION_DAY_2_AT, morningOf(days.get(1)));
        WorkingDays school = calendars.forStaff(text(ex, STAFF_ID));
        setRegistrationDates(ex, candidacies.registrationDates(candidacyId(ex)), school);
        setWindow(ex, window, school);
    }

    /** The registration timers: reminded on the first day, told on the last, missed on the next school day. */
    static void setRegistrationDates(DelegateExecution ex, Candidacies.RegistrationDates dates, WorkingDays school) {
        ex.setVariable(REGISTRATION_OPENS_AT, morningOf(dates.opensOn()));
        ex.setVariable(REGISTRATION_CLOSES_AT, morningOf(dates.closesOn()));
        ex.setVariable(REGISTRATION_MISSED_AT, morningOf(school.after(dates.closesOn(), 1)));
        ex.setVariable(REGISTRATION_DATES_TEXT, dates.text());
    }

    /** The visit window as forms show it, the day an unbooked visit is escalated, and the day after it closes. */
    static void setWindow(DelegateExecution ex, Assessments.Window window, WorkingDays school) {
        ex.setVariable(WINDOW_TEXT, window.text());
        ex.setVariable(VISIT_ESCALATION_AT, morningOf(school.before(window.closesOn(), VISIT_ESCALATION_WORKING_DAYS)));
        ex.setVariable(VISIT_WINDOW_CLOSED_AT, morningOf(school.after(window.closesOn(), 1)));
    }
}
