package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Task_RecordNeed: the plan, raised by whoever started it or, from another case, on behalf of who asked. */
class RecordDevelopmentNeedDelegateTest {

    private static final StaffMember AMY = person("E1004", "amy.hughes", "Amy Hughes", "oakfield", Role.TEACHING_ASSISTANT);
    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final RecordDevelopmentNeedDelegate delegate = new RecordDevelopmentNeedDelegate(plans, directory);

    @Test
    void anotherCasesRequestIsRaisedByTheApplicationOnBehalfOfWhoAsked() {
        when(plans.raise("E1004", Trigger.HLTA_OUTCOME, "Standards 17 and 31", Actor.APPLICATION, "helen.carter"))
                .thenReturn(new DevelopmentPlans.Raised(1L, AMY, "tom.bennett", "helen.carter"));
        when(directory.schoolNameOf(AMY)).thenReturn("Oakfield Primary");
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1004", TRIGGER, "HLTA_OUTCOME", NEED, "Standards 17 and 31", REQUESTED_BY,
                "helen.carter");

        ex.run(delegate);

        assertThat(ex.variable(PLAN_ID)).isEqualTo(1L);
        assertThat(ex.businessKey()).isEqualTo("DEVELOPMENT-E1004-1");
        assertThat(ex.variable(STAFF_NAME)).isEqualTo("Amy Hughes");
        assertThat(ex.variable(CaseLabels.SCHOOL_NAME)).isEqualTo("Oakfield Primary");
        assertThat(ex.variable(PLANNER)).isEqualTo("tom.bennett");
        assertThat(ex.variable(HEADTEACHER)).isEqualTo("helen.carter");
    }

    @Test
    void aPersonWhoStartsTheFormAsksAsThemselves() {
        when(plans.raise("E1004", Trigger.OWN_REQUEST, "Level 3", Actor.user("amy.hughes"), "amy.hughes"))
                .thenReturn(new DevelopmentPlans.Raised(2L, AMY, "tom.bennett", "helen.carter"));
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1004", TRIGGER, "OWN_REQUEST", NEED, "Level 3", REQUESTED_BY, "helen.carter")
                .signedIn("amy.hughes");

        ex.run(delegate);

        assertThat(ex.variable(PLAN_ID)).isEqualTo(2L);
    }

    @Test
    void anUnknownTriggerIsRefused() {
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1004", TRIGGER, "WHIM").signedIn("amy.hughes");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown trigger 'WHIM'");
        verifyNoInteractions(plans);
    }
}
