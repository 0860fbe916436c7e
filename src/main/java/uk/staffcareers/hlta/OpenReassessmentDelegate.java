package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_OpenReassessment: the candidate asks to be reassessed; a new visit window opens from today. */
@Component
class OpenReassessmentDelegate implements JavaDelegate, SetsVariables {

    private final Assessments assessments;
    private final SchoolCalendars calendars;
    private final PolicySettings policy;

    OpenReassessmentDelegate(Assessments assessments, SchoolCalendars calendars, PolicySettings policy) {
        this.assessments = assessments;
        this.calendars = calendars;
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String staffId = STAFF_ID.get(ex);
        HltaJourneyProcess.setVisitWindow(ex, assessments.reopen(candidacyId(ex), staffId), calendars.forStaff(staffId),
                policy.forStaff(staffId));
        ASSESSMENT_TASKS_REQUIRED.set(ex, assessments.tasksRequired(staffId));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return SetsVariables.union(Set.of(ASSESSMENT_TASKS_REQUIRED), HltaJourneyProcess.VISIT_WINDOW);
    }
}
