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
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_RecordPreparationDays: the dated preparation days; sets the registration timers and the visit window's. */
@Component
class RecordPreparationDaysDelegate implements JavaDelegate, SetsVariables {

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
            given.add(preparationDay(day).get(ex));
        }
        Assessments.Window window = candidacies.bookPreparation(candidacyId(ex), PROVIDER_OF_PREPARATION.get(ex), given);
        List<LocalDate> days = candidacies.preparationDays(candidacyId(ex));
        PREPARATION_DAY_1_AT.set(ex, morningOf(days.get(0)));
        PREPARATION_DAY_2_AT.set(ex, morningOf(days.get(1)));
        WorkingDays school = calendars.forStaff(STAFF_ID.get(ex));
        HltaJourneyProcess.setRegistrationDates(ex, candidacies.registrationDates(candidacyId(ex)), school);
        TrustPolicy rules = policy.forStaff(STAFF_ID.get(ex));
        HltaJourneyProcess.setVisitWindow(ex, window, school, rules);
        ASSESSMENT_TASKS_REQUIRED.set(ex, rules.hltaAssessmentTasks());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return SetsVariables.union(Set.of(PREPARATION_DAY_1_AT, PREPARATION_DAY_2_AT, ASSESSMENT_TASKS_REQUIRED),
                HltaJourneyProcess.REGISTRATION_DATES, HltaJourneyProcess.VISIT_WINDOW);
    }
}
