package uk.staffcareers.hlta;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffLeft;

/** A leaver's open HLTA candidacy is withdrawn as the candidate's own withdrawal would be: on the record, then the case ends. */
@Component
class HltaLeaversProcess {

    private final Candidacies candidacies;
    private final RuntimeService runtime;
    private final IdentityService identity;

    HltaLeaversProcess(Candidacies candidacies, RuntimeService runtime, IdentityService identity) {
        this.candidacies = candidacies;
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    @Order(10) // before LeaverCasesProcess ends whatever case is left
    void staffLeft(StaffLeft left) {
        String reason = "Left employment: the employment ended on " + WorkingDays.spoken(left.lastDay());
        candidacies.ofStaff(left.staff().id()).stream().filter(c -> !c.finished()).forEach(candidacy -> {
            candidacies.withdraw(candidacy.id(), reason, "staffcareers");
            AsApplication.run(identity, () -> runtime.createMessageCorrelation(HltaJourneyProcess.MESSAGE_WITHDRAWN)
                    .processInstanceBusinessKey(candidacy.reference()).correlateAllWithResult());
        });
    }
}
