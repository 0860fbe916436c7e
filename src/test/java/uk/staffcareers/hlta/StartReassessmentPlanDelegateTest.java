package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.development.DevelopmentPlanProcess;

/** Task_StartReassessmentPlan: after an outcome with standards not met, the plan is for those standards. */
class StartReassessmentPlanDelegateTest {

    private final HltaAward award = mock(HltaAward.class);
    private final Assessments assessments = mock(Assessments.class);
    private final StartReassessmentPlanDelegate delegate = new StartReassessmentPlanDelegate(award, assessments);

    @Test
    void thePlanIsForTheStandardsNotMet() {
        when(assessments.standardsNotMet(1L)).thenReturn(List.of(17, 31));
        when(award.developmentNeed(false, List.of(17, 31))).thenReturn("Standards 17 and 31");
        FakeExecution ex = candidacy();
        ex.run(delegate);
        assertThat(ex.messages()).containsExactly(plan("HLTA_OUTCOME", "Standards 17 and 31"));
    }

    /** A candidacy whose headteacher asks for the plan. */
    static FakeExecution candidacy() {
        return FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007", HEADTEACHER, "helen.carter");
    }

    /** The message that starts the plan for E1007, asked for by the headteacher. */
    static FakeExecution.Message plan(String trigger, String need) {
        return new FakeExecution.Message(DevelopmentPlanProcess.MESSAGE_REQUESTED, Map.of(DevelopmentPlanProcess.Vars.STAFF_ID.name(), "E1007",
                DevelopmentPlanProcess.Vars.TRIGGER.name(), trigger, DevelopmentPlanProcess.Vars.NEED.name(), need,
                DevelopmentPlanProcess.Vars.REQUESTED_BY.name(), "helen.carter"));
    }
}
