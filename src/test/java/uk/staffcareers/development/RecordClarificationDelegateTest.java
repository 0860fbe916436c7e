package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordClarification: what the route and career-progression tables read, from the form and the member's career profile. */
class RecordClarificationDelegateTest {

    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);

    @Test
    void theFocusAndTheProfileBecomeTheTablesInputsAndUntickedBoxesAreFalse() {
        when(plans.clarify(1L, new DevelopmentPlans.Clarification("CURRENT_ROLE", true, "Phonics", "Better groups", "Reading", "Senior TA"),
                "tom.bennett")).thenReturn(new CareerProfile("TEACHING_ASSISTANT", 2, false, false, false));
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, "focus", "CURRENT_ROLE", "basicSkillsFirst", true, "standardsGap", "Phonics",
                "impactOnPractice", "Better groups", "impactOnPupils", "Reading", "careerFit", "Senior TA", "mentorAvailable", true)
                .signedIn("tom.bennett");

        ex.run(new RecordClarificationDelegate(plans));

        assertThat(ex.variable("newRoleOrResponsibility")).isEqualTo(false);
        assertThat(ex.variable("alreadyInRole")).isEqualTo(true);
        assertThat(ex.variable("stage")).isEqualTo("TEACHING_ASSISTANT");
        assertThat(ex.variable("highestLevel")).isEqualTo(2);
        assertThat(ex.variable("hasL2EnglishAndMaths")).isEqualTo(false);
        assertThat(ex.variable("hltaOrQts")).isEqualTo(false);
        assertThat(ex.variable("hasSpecialistL4")).isEqualTo(false);
        assertThat(ex.variable("mentorAvailable")).isEqualTo(true);
        assertThat(ex.variable("basicSkillsFirst")).isEqualTo(true);
        DevelopmentPlanProcess.SITUATION.stream().filter(flag -> !flag.name().equals("mentorAvailable") && !flag.name().equals("basicSkillsFirst"))
                .forEach(flag -> assertThat(ex.variable(flag)).as(flag.name()).isEqualTo(false));
    }

    @Test
    void aNewRoleIsANewRole() {
        when(plans.clarify(1L, new DevelopmentPlans.Clarification("NEW_ROLE", false, null, null, null, null), "tom.bennett"))
                .thenReturn(new CareerProfile("TEACHING_ASSISTANT", 3, true, false, false));
        FakeExecution ex = FakeExecution.with(PLAN_ID, 1L, "focus", "NEW_ROLE").signedIn("tom.bennett");
        ex.run(new RecordClarificationDelegate(plans));
        assertThat(ex.variable("newRoleOrResponsibility")).isEqualTo(true);
        assertThat(ex.variable("alreadyInRole")).isEqualTo(false);
    }
}
