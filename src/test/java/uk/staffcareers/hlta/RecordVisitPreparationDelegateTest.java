package uk.staffcareers.hlta;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Task_RecordVisitPreparation: the candidate's checklist for the visit, the teachers chosen by staff number. */
class RecordVisitPreparationDelegateTest {

    private final Assessments assessments = mock(Assessments.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);

    @Test
    void theChecklistAndTheTeachersChosenAreRecordedForTheCandidate() {
        StaffMember jo = person("E1007", "jo.pritchard", "Jo Pritchard", "oakfield", Role.TEACHING_ASSISTANT);
        when(directory.get("E1007")).thenReturn(jo);
        FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007",
                "headteacherBriefed", true, "teachersToInterview", List.of("E1001", "E1002"), "assessorRoom", "Library").run(new RecordVisitPreparationDelegate(assessments, directory));
        verify(assessments).prepareVisit(1L, new Assessments.VisitPreparation(true, List.of("E1001", "E1002"), false, "Library", false), jo);
    }
}
