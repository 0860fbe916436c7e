package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.staff.QualificationType;

/** Task_RecordDecision: the planner's choice; the service says whether a mentor is required, which the next form reads. */
class RecordDevelopmentDecisionDelegateTest {

    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);
    private final RecordDevelopmentDecisionDelegate delegate = new RecordDevelopmentDecisionDelegate(plans);

    @Test
    void aQualificationChosenSetsWhetherAMentorIsRequired() {
        when(plans.decide(1L, new DevelopmentPlans.Decision(Route.QUALIFICATION, QualificationType.OCCUPATIONAL, "Level 3 diploma", 3,
                "Fits the role"), "tom.bennett")).thenReturn(true);
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, "chosenRoute", "QUALIFICATION", "chosenType", "OCCUPATIONAL", "activity",
                "Level 3 diploma", "qualificationLevel", 3L, "choiceReason", "Fits the role").signedIn("tom.bennett");

        ex.run(delegate);

        assertThat(ex.variable(MENTOR_REQUIRED)).isEqualTo(true);
    }

    @Test
    void informalDevelopmentWithNoTypeOrLevel() {
        when(plans.decide(1L, new DevelopmentPlans.Decision(Route.INFORMAL, null, "Shadowing", null, null), "tom.bennett")).thenReturn(false);
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, "chosenRoute", "INFORMAL", "chosenType", " ", "activity", "Shadowing")
                .signedIn("tom.bennett");
        ex.run(delegate);
        assertThat(ex.variable(MENTOR_REQUIRED)).isEqualTo(false);
    }

    @Test
    void aChoiceThatIsNotOneIsRefused() {
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, "chosenRoute", "ABROAD");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessage("'ABROAD' is not a choice here");
        verifyNoInteractions(plans);
    }
}
