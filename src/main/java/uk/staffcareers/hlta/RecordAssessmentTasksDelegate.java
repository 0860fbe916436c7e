package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordAssessmentTasks: the written assessment tasks submitted to the provider. */
@Component
class RecordAssessmentTasksDelegate implements JavaDelegate {

    /** The most written tasks a trust's policy may require (TrustPolicy: 1 to 10): the form's boxes. */
    static final int TASK_FIELDS = 10;

    private final Assessments assessments;

    RecordAssessmentTasksDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        List<Integer> ticked = new ArrayList<>();
        for (int task = 1; task <= TASK_FIELDS; task++) {
            if (assessmentTask(task).get(ex)) {
                ticked.add(task);
            }
        }
        assessments.tasksSubmitted(candidacyId(ex), ticked, TASKS_SUBMITTED_ON.get(ex), STAFF_ID.get(ex));
    }
}
