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
        assessments.prepareVisit(candidacyId(ex), new Assessments.VisitPreparation(HEADTEACHER_BRIEFED.get(ex),
                TEACHERS_TO_INTERVIEW.get(ex), RECEPTION_TOLD.get(ex), ASSESSOR_ROOM.get(ex), BULLETIN_NOTICE.get(ex)),
                directory.get(STAFF_ID.get(ex)));
    }
}
