package uk.staffcareers.development;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordCostDecision: the headteacher's approval, or anything else as declined, with the note. */
class RecordCostDecisionDelegateTest {

    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);

    @Test
    void approvedIsApprovalAndAnythingElseIsNot() {
        FakeExecution.with(PLAN_ID, 1L, COST_DECISION, "approved").signedIn("helen.carter")
                .run(new RecordCostDecisionDelegate(plans));
        FakeExecution.with(PLAN_ID, 1L, COST_DECISION, "declined", COST_NOTE, "Cheaper provider")
                .signedIn("helen.carter").run(new RecordCostDecisionDelegate(plans));
        verify(plans).decideCosts(1L, true, null, "helen.carter");
        verify(plans).decideCosts(1L, false, "Cheaper provider", "helen.carter");
    }
}
