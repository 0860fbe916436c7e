package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_MoveIntoHltaRole: HR has confirmed the job description; the staff record moves to the HLTA role. */
@Component
class MoveIntoHltaRoleDelegate implements JavaDelegate {

    private final HltaAward award;

    MoveIntoHltaRoleDelegate(HltaAward award) {
        this.award = award;
    }

    @Override
    public void execute(DelegateExecution ex) {
        award.moveIntoRole(candidacyId(ex), JOB_DESCRIPTION_CONFIRMED.get(ex),
                ROLE_EFFECTIVE_FROM.get(ex), Actor.of(ex).name());
    }
}
