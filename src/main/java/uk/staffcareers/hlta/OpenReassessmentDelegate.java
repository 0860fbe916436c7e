package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenReassessment: the candidate asks to be reassessed; a new visit window opens from today. */
@Component
class OpenReassessmentDelegate implements JavaDelegate {

    private final Assessments assessments;

    OpenReassessmentDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        RecordPreparationDaysDelegate.setWindow(ex, assessments.reopen(candidacyId(ex), text(ex, STAFF_ID)));
    }
}
