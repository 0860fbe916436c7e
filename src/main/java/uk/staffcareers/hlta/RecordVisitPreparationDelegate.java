package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.staff.StaffDirectory;

/** Task_RecordVisitPreparation: the candidate's arrangements for the visit. */
@Component
class RecordVisitPreparationDelegate implements JavaDelegate {

    private final Assessments assessments;
    private final StaffDirectory directory;

    RecordVisitPreparationDelegate(Assessments assessments, StaffDirectory directory) {
        this.assessments = assessments;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution ex) {
        assessments.prepareVisit(candidacyId(ex), new Assessments.VisitPreparation(flag(ex, "headteacherBriefed"),
                values(ex, "teachersToInterview"), flag(ex, "receptionTold"), text(ex, "assessorRoom"), flag(ex, "bulletinNotice")),
                directory.get(STAFF_ID.get(ex)));
    }
}
