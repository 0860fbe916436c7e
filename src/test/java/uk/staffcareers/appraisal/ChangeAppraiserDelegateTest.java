package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.appraisal.AppraiserProposalProcess.Vars.*;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.Role;

/** Task_ChangeAppraiser: the headteacher's Yes appoints the new line manager; a proposal the appraisal has outrun ends the case. */
class ChangeAppraiserDelegateTest {

    private final AppraiserProposals proposals = mock(AppraiserProposals.class);
    private final AppraisalChangesProcess cases = mock(AppraisalChangesProcess.class);
    private final ChangeAppraiserDelegate delegate = new ChangeAppraiserDelegate(proposals, cases);

    @Test
    void theHeadteacherWhoAnsweredAppointsAndTheCaseFollows() {
        AppraiserChanges.Change change = new AppraiserChanges.Change("APPRAISAL-2026/27-E3010",
                person("E3010", "kit.yardley", "Kit Yardley", "oakfield", Role.TEACHING_ASSISTANT), "tom.bennett", "Tom Bennett",
                person("E1006", "priya.shah", "Priya Shah", "oakfield", Role.TEACHER));
        when(proposals.accept(7L, Actor.user("helen.carter"))).thenReturn(change);

        FakeExecution.with(PROPOSAL_ID, 7L).signedIn("helen.carter").run(delegate);

        verify(cases).appraiserChanged(change);
    }

    @Test
    void aProposalThatNoLongerAppliesIsTheOutdatedError() {
        when(proposals.accept(7L, Actor.user("helen.carter"))).thenThrow(new AppraiserProposals.NoLongerApplies("the appraisal has ended"));

        assertThatThrownBy(() -> FakeExecution.with(PROPOSAL_ID, 7L).signedIn("helen.carter").run(delegate))
                .isInstanceOfSatisfying(BpmnError.class, error -> assertThat(error.getErrorCode())
                        .isEqualTo(AppraiserProposalProcess.ERROR_OUTDATED)).hasMessage("the appraisal has ended");
        verifyNoInteractions(cases);
    }
}
