package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordAssessmentTasks: the written assessment tasks submitted to the provider. */
@Component
class RecordAssessmentTasksDelegate implements JavaDelegate {

    private final Assessments assessments;

    RecordAssessmentTasksDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        assessments.tasksSubmitted(candidacyId(ex), numbers(ex, "tasksSubmitted"), date(ex, "tasksSubmittedOn"), text(ex, STAFF_ID));
    }
}
