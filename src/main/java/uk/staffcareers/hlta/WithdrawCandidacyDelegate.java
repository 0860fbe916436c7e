package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/**
 * Task_WithdrawCandidacy: the candidate chose to withdraw on her form (not ready, or not reassessed);
 * the candidacy closes with her reason and a new one may start later.
 */
@Component
class WithdrawCandidacyDelegate implements JavaDelegate {

    private final Candidacies candidacies;

    WithdrawCandidacyDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        candidacies.withdraw(candidacyId(ex), WITHDRAWAL_REASON.get(ex), Actor.of(ex).name());
    }
}
