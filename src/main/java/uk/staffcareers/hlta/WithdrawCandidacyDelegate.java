package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WithdrawCandidacy: the candidate does not go on (now); the candidacy closes and a new one may start later. */
@Component
class WithdrawCandidacyDelegate implements JavaDelegate {

    private final Candidacies candidacies;

    WithdrawCandidacyDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        candidacies.close(candidacyId(ex), "WITHDRAWN");
    }
}
