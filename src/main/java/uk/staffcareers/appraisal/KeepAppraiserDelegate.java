package uk.staffcareers.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_KeepAppraiser: the headteacher's No, with the reason, on the appraisal's record. */
@Component
class KeepAppraiserDelegate implements JavaDelegate {

    private final AppraiserProposals proposals;

    KeepAppraiserDelegate(AppraiserProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        proposals.decline(AppraiserProposalProcess.proposalId(ex), AppraiserProposalProcess.Vars.KEEP_REASON.get(ex),
                Actor.of(ex));
    }
}
