package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.SchoolCalendars;

/** Task_OpenReassessment: the candidate asks to be reassessed; a new visit window opens from today. */
@Component
class OpenReassessmentDelegate implements JavaDelegate {

    private final Assessments assessments;
    private final SchoolCalendars calendars;

    OpenReassessmentDelegate(Assessments assessments, SchoolCalendars calendars) {
        this.assessments = assessments;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String staffId = text(ex, STAFF_ID);
        RecordPreparationDaysDelegate.setWindow(ex, assessments.reopen(candidacyId(ex), staffId), calendars.forStaff(staffId));
    }
}
