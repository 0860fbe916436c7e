package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.development.DevelopmentPlanProcess;

/** Task_CarryForwardCpd: the year completes; a support-staff member's CPD needs start a development plan, a teacher's do not. */
class CarryForwardCpdDelegateTest {

    private final AnnualAssessment annual = mock(AnnualAssessment.class);
    private final CarryForwardCpdDelegate delegate = new CarryForwardCpdDelegate(annual);

    @Test
    void aTeachingAssistantsNeedsRequestADevelopmentPlanFromTheAppraiser() {
        when(annual.complete(7L)).thenReturn(Optional.of("Phonics training"));
        FakeExecution ex = year("TEACHING_ASSISTANT");

        ex.run(delegate);

        assertThat(ex.messages()).containsExactly(new FakeExecution.Message(DevelopmentPlanProcess.MESSAGE_REQUESTED, Map.of(
                DevelopmentPlanProcess.Vars.STAFF_ID.name(), "E1004", DevelopmentPlanProcess.Vars.TRIGGER.name(), "APPRAISAL",
                DevelopmentPlanProcess.Vars.NEED.name(), "Phonics training", DevelopmentPlanProcess.Vars.REQUESTED_BY.name(), "tom.bennett")));
    }

    @Test
    void aTeachersNeedsAndAYearWithoutNeedsStartNoPlan() {
        when(annual.complete(7L)).thenReturn(Optional.of("Behaviour management"), Optional.empty());
        FakeExecution teacher = year("TEACHER");
        FakeExecution none = year("TEACHING_ASSISTANT");

        teacher.run(delegate);
        none.run(delegate);

        assertThat(teacher.messages()).isEmpty();
        assertThat(none.messages()).isEmpty();
    }

    private static FakeExecution year(String role) {
        return FakeExecution.with(APPRAISAL_ID, 7L, ROLE, role, STAFF_ID, "E1004", APPRAISER, "tom.bennett");
    }
}
