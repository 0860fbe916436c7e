package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;

/** Task_RecordEvaluation: the impact of the development and, when one was gained, the qualification for the staff record. */
class RecordEvaluationDelegateTest {

    private final DevelopmentPlans plans = mock(DevelopmentPlans.class);
    private final RecordEvaluationDelegate delegate = new RecordEvaluationDelegate(plans);

    @Test
    void aQualificationGainedGoesWithTheEvaluation() {
        evaluation().and("qualificationGained", true).and("qualificationTitle", " Level 3 Diploma ")
                .and("qualificationGainedType", "OCCUPATIONAL").and("qualificationGainedSubject", "OTHER").and("qualificationGainedLevel", 3L)
                .and("qualificationAwardedOn", "2027-03-19T00:00:00").run(delegate);
        verify(plans).evaluate(1L, new DevelopmentPlans.Evaluation("Better phonics", "Reading up", "Confident", "Staff meeting",
                new Qualification("Level 3 Diploma", QualificationType.OCCUPATIONAL, QualificationSubject.OTHER, 3, LocalDate.of(2027, 3, 19))),
                "tom.bennett");
    }

    @Test
    void noQualificationGainedRecordsNone() {
        evaluation().and("qualificationTitle", "ignored").run(delegate);
        verify(plans).evaluate(1L, new DevelopmentPlans.Evaluation("Better phonics", "Reading up", "Confident", "Staff meeting", null),
                "tom.bennett");
    }

    @Test
    void aQualificationGainedNeedsEveryDetail() {
        FakeExecution ex = evaluation().and("qualificationGained", true).and("qualificationTitle", "Level 3 Diploma");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("For the qualification gained, give its title, type, subject, level and the date");
        verifyNoInteractions(plans);
    }

    private static FakeExecution evaluation() {
        return FakeExecution.with(PLAN_ID, 1L, "impactOnSchool", "Better phonics", "impactOnPupilsSeen", "Reading up", "impactOnIndividual",
                "Confident", "learningShared", "Staff meeting").signedIn("tom.bennett");
    }
}
