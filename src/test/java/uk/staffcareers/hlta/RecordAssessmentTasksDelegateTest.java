package uk.staffcareers.hlta;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordAssessmentTasks: the ticked tasks, by number, as submitted on the day given. */
class RecordAssessmentTasksDelegateTest {

    private final Assessments assessments = mock(Assessments.class);

    @Test
    void onlyTheTickedTasksCount() {
        FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007",
                "assessmentTask1", true, "assessmentTask2", false, "assessmentTask4", true, "assessmentTask10", true,
                "tasksSubmittedOn", "2027-03-01").run(new RecordAssessmentTasksDelegate(assessments));
        verify(assessments).tasksSubmitted(1L, List.of(1, 4, 10), LocalDate.of(2027, 3, 1), "E1007");
    }
}
