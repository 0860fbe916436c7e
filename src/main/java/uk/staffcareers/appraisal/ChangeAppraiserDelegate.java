package uk.staffcareers.appraisal;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/**
 * Task_ChangeAppraiser: the headteacher's Yes, as the headteacher who answered; the appraisal's open appraiser tasks go to
 * the new line manager. A proposal the appraisal has outrun meanwhile ends at Event_ProposalOutdated.
 */
@Component
class ChangeAppraiserDelegate implements JavaDelegate {

    private final AppraiserProposals proposals;
    private final AppraisalChangesProcess cases;

    ChangeAppraiserDelegate(AppraiserProposals proposals, AppraisalChangesProcess cases) {
        this.proposals = proposals;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        AppraiserChanges.Change change;
        try {
            change = proposals.accept(AppraiserProposalProcess.proposalId(ex), Actor.of(ex));
        } catch (AppraiserProposals.NoLongerApplies e) {
            throw new BpmnError(AppraiserProposalProcess.ERROR_OUTDATED, e.getMessage());
        }
        cases.appraiserChanged(change);
    }
}
