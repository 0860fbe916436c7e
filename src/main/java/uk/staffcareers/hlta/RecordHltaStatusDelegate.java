package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_RecordHltaStatus: all standards met; HLTA status on the staff record and the job description drafted for HR. */
@Component
class RecordHltaStatusDelegate implements JavaDelegate, SetsVariables {

    private final HltaAward award;
    private final Notifications notifications;

    RecordHltaStatusDelegate(HltaAward award, Notifications notifications) {
        this.award = award;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long documentId = award.award(candidacyId(ex), REFERENCE.get(ex), Actor.of(ex).name());
        JOB_DESCRIPTION_ID.set(ex, documentId);
        notifications.send(CANDIDATE.get(ex), "HLTA status awarded", "Congratulations: you meet all 33 HLTA standards. "
                + "HR will confirm your job description in the HLTA role.", REFERENCE.get(ex));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(JOB_DESCRIPTION_ID);
    }
}
