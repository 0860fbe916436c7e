package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Task_OpenCandidacy: the candidacy, its reference as business key, the people who work on it; the coordinator may read it. */
class OpenCandidacyDelegateTest {

    private static final StaffMember JO = person("E1007", "jo.pritchard", "Jo Pritchard", "oakfield", Role.TEACHING_ASSISTANT);
    private static final StaffMember HELEN = person("E1001", "helen.carter", "Helen Carter", "oakfield", Role.HEADTEACHER);
    private static final StaffMember KATE = person("T0004", "kate.morgan", "Kate Morgan", null, Role.HR_ADVISER);
    private final Candidacies candidacies = mock(Candidacies.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final OpenCandidacyDelegate delegate = new OpenCandidacyDelegate(candidacies, directory);

    @Test
    void theCandidateWhoStartsItIsTheCandidateAndTheCoordinatorMayReadTheCase() {
        when(candidacies.open(null, Actor.user("jo.pritchard"))).thenReturn(new Candidacies.Opened(1L, "HLTA-E1007-1", JO,
                "Oakfield Primary", "helen.carter", "mark.ellis"));
        when(directory.findByUsername("helen.carter")).thenReturn(Optional.of(HELEN));
        when(directory.hrAdviser(JO)).thenReturn(Optional.of(KATE));
        FakeExecution ex = FakeExecution.with(STAFF_ID, " ").signedIn("jo.pritchard");

        assertThat(ex.readersGrantedBy(() -> ex.run(delegate))).containsExactly("mark.ellis");

        assertThat(ex.businessKey()).isEqualTo("HLTA-E1007-1");
        assertThat(ex.variable(CANDIDACY_ID)).isEqualTo(1L);
        assertThat(ex.variable(STAFF_ID)).isEqualTo("E1007");
        assertThat(ex.variable(REFERENCE)).isEqualTo("HLTA-E1007-1");
        assertThat(ex.variable(STAFF_NAME)).isEqualTo("Jo Pritchard");
        assertThat(ex.variable(SCHOOL_NAME)).isEqualTo("Oakfield Primary");
        assertThat(ex.variable(CANDIDATE)).isEqualTo("jo.pritchard");
        assertThat(ex.variable(HEADTEACHER)).isEqualTo("helen.carter");
        assertThat(ex.variable(HEADTEACHER_NAME)).isEqualTo("Helen Carter");
        assertThat(ex.variable(COORDINATOR)).isEqualTo("mark.ellis");
        assertThat(ex.variable(HR)).isEqualTo("kate.morgan");
    }

    @Test
    void aHeadteacherWhoCoordinatesNeedsNoGrantAndASchoolWithoutHrLeavesItToTheHeadteacher() {
        when(candidacies.open("E1007", Actor.user("helen.carter"))).thenReturn(new Candidacies.Opened(1L, "HLTA-E1007-1", JO,
                "Oakfield Primary", "helen.carter", "helen.carter"));
        when(directory.findByUsername("helen.carter")).thenReturn(Optional.empty());
        when(directory.hrAdviser(JO)).thenReturn(Optional.empty());
        FakeExecution ex = FakeExecution.with(STAFF_ID, "E1007").signedIn("helen.carter");

        assertThat(ex.readersGrantedBy(() -> ex.run(delegate))).isEmpty();

        assertThat(ex.variable(HR)).isEqualTo("helen.carter");
        assertThat(ex.variable(HEADTEACHER_NAME)).isEqualTo("your headteacher");
    }
}
