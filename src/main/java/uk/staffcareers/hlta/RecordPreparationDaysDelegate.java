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

/** Task_RecordPreparationDays: the dated preparation days; sets the registration timers and the visit window. */
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
        setWindow(ex, window, calendars.forStaff(text(ex, STAFF_ID)));
    }

    /** The visit window as forms show it, and the day an unbooked visit is escalated. */
    static void setWindow(DelegateExecution ex, Assessments.Window window, WorkingDays school) {
        ex.setVariable(WINDOW_TEXT, window.text());
        ex.setVariable(VISIT_ESCALATION_AT, morningOf(school.before(window.closesOn(), VISIT_ESCALATION_WORKING_DAYS)));
    }
}
