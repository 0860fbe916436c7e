package uk.staffcareers.hlta;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

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

    HltaWithdrawalController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @PostMapping("/api/hlta/candidacies/{reference}/withdrawal")
    Withdrawn withdraw(@PathVariable String reference, @RequestBody(required = false) WithdrawalRequest request) {
        Candidacies.Summary candidacy = withdrawals.withdraw(reference, request == null ? null : request.reason());
        return new Withdrawn(candidacy.reference(), candidacy.status());
    }
}
