package uk.staffcareers.appraisal;

import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.AsApplication;

/**
 * POST /api/appraisals/leaving {"caseRef": "APPRAISAL-2026/27-E1007", "leftOn": "2027-03-31", "reason": "resigned"}:
 * the employee has left, so their appraisal ends wherever it stands. (The case reference holds a slash, so it
 * travels in the body, not the path.) Recorded as the signed-in user; the case's message is
 * the application's, never a user's.
 */
@RestController
class AppraisalLeavingController {

    record LeavingRequest(String caseRef, LocalDate leftOn, String reason) {
    }

    record Ended(String caseRef, String status) {
    }

    private final Leavers leavers;
    private final RuntimeService runtime;
    private final IdentityService identity;

    AppraisalLeavingController(Leavers leavers, RuntimeService runtime, IdentityService identity) {
        this.leavers = leavers;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** The leaving recorded and the case ended, both or neither. */
    @PostMapping("/api/appraisals/leaving")
    @Transactional
    public Ended recordLeaving(@RequestBody LeavingRequest request) {
        String caseRef = request.caseRef() == null ? "" : request.caseRef().strip();
        leavers.recordLeaving(caseRef, request.leftOn(), request.reason(), Actor.current(identity));
        try {
            AsApplication.run(identity, () -> runtime.createMessageCorrelation(AppraisalCycleProcess.MESSAGE_EMPLOYEE_LEFT)
                    .processInstanceBusinessKey(caseRef).correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            throw CaseStateException.notNow(caseRef + " has no open case to end; nothing was changed");
        }
        return new Ended(caseRef, "LEFT_EMPLOYMENT");
    }
}
