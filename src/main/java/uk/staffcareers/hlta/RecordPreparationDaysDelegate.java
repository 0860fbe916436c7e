package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordPreparationDays: the dated preparation days; sets the registration timers and the visit window's. */
@Component
class RecordPreparationDaysDelegate implements JavaDelegate {

    /** The most preparation days a trust's policy may require (TrustPolicy: 2 to 10): the form's fields. */
    static final int PREPARATION_DAY_FIELDS = 10;

    private final Candidacies candidacies;
    private final SchoolCalendars calendars;
    private final PolicySettings policy;

    RecordPreparationDaysDelegate(Candidacies candidacies, SchoolCalendars calendars, PolicySettings policy) {
        this.candidacies = candidacies;
        this.calendars = calendars;
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution ex) {
        // Every field the form has, empty ones as null: the service takes exactly the policy's number.
        List<LocalDate> given = new ArrayList<>();
        for (int day = 1; day <= PREPARATION_DAY_FIELDS; day++) {
            given.add(date(ex, "preparationDay" + day));
        }
        Assessments.Window window = candidacies.bookPreparation(candidacyId(ex), text(ex, "providerOfPreparation"), given);
        List<LocalDate> days = candidacies.preparationDays(candidacyId(ex));
        ex.setVariable(PREPARATION_DAY_1_AT, morningOf(days.get(0)));
        ex.setVariable(PREPARATION_DAY_2_AT, morningOf(days.get(1)));
        WorkingDays school = calendars.forStaff(text(ex, STAFF_ID));
        setRegistrationDates(ex, candidacies.registrationDates(candidacyId(ex)), school);
        TrustPolicy rules = policy.forStaff(text(ex, STAFF_ID));
        setWindow(ex, window, school, rules);
        ex.setVariable(ASSESSMENT_TASKS_REQUIRED, rules.hltaAssessmentTasks());
    }

    /** The registration timers: reminded on the first day, told on the last, missed on the next school day. */
    static void setRegistrationDates(DelegateExecution ex, Candidacies.RegistrationDates dates, WorkingDays school) {
        ex.setVariable(REGISTRATION_OPENS_AT, morningOf(dates.opensOn()));
        ex.setVariable(REGISTRATION_CLOSES_AT, morningOf(dates.closesOn()));
        ex.setVariable(REGISTRATION_MISSED_AT, morningOf(school.after(dates.closesOn(), 1)));
        ex.setVariable(REGISTRATION_DATES_TEXT, dates.text());
    }

    /**
     * The visit window as forms show it, the day an unbooked visit is escalated, the day after it closes, and the
     * last day for the written tasks while no visit is booked: the policy's working days (5) before the latest
     * possible visit, the window's last day. Booking the visit brings it forward (SetVisitDeadlinesDelegate).
     */
    static void setWindow(DelegateExecution ex, Assessments.Window window, WorkingDays school, TrustPolicy rules) {
        ex.setVariable(WINDOW_TEXT, window.text());
        // Not booked the policy's working days (10) before the window closes: the local-authority contact is told.
        ex.setVariable(VISIT_ESCALATION_AT, morningOf(school.before(window.closesOn(), rules.hltaVisitAlertWorkingDays())));
        ex.setVariable(VISIT_WINDOW_CLOSED_AT, morningOf(school.after(window.closesOn(), 1)));
        LocalDate tasksBy = school.before(window.closesOn(), rules.hltaTasksBeforeVisitWorkingDays());
        HltaJourneyProcess.setLastDay(ex, CandidateStep.ASSESSMENT_TASKS,
                tasksBy.isAfter(window.opensAfter()) ? tasksBy : school.after(window.opensAfter(), 1), school);
    }
}
