package uk.staffcareers.hlta;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.AsApplication;

/**
 * POST /api/hlta/candidacies/{reference}/withdrawal {"reason": "..."}: withdraws a candidacy at any
 * step, as the signed-in user. The case's withdrawal message is the application's, never a user's.
 */
@RestController
class HltaWithdrawalController {

    record WithdrawalRequest(String reason) {
    }

    record Withdrawn(String reference, String status) {
    }

    private final Withdrawals withdrawals;
    private final Candidacies candidacies;
    private final RuntimeService runtime;
    private final IdentityService identity;

    HltaWithdrawalController(Withdrawals withdrawals, Candidacies candidacies, RuntimeService runtime, IdentityService identity) {
        this.withdrawals = withdrawals;
        this.candidacies = candidacies;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** The withdrawal recorded and the case told, both or neither. */
    @PostMapping("/api/hlta/candidacies/{reference}/withdrawal")
    @Transactional
    public Withdrawn withdraw(@PathVariable String reference, @RequestBody(required = false) WithdrawalRequest request) {
        withdrawals.withdraw(reference, request == null ? null : request.reason(), Actor.current(identity));
        try {
            // Who may withdraw was checked by Withdrawals; the message is the application's alone (ApplicationOnlyMessages).
            AsApplication.run(identity, () -> runtime.createMessageCorrelation(HltaJourneyProcess.MESSAGE_WITHDRAWN)
                    .processInstanceBusinessKey(reference).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw CaseStateException.notNow("Candidacy " + reference + " has no open case to withdraw from; nothing was changed");
        }
        return new Withdrawn(reference, candidacies.byReference(reference).orElseThrow().status());
    }
}
