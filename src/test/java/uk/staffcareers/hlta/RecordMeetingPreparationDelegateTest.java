package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.InvalidInputException;

/** Task_RecordMeetingPreparation: the headteacher's answer to each of the assessor's questions, or a refusal naming the empty one. */
class RecordMeetingPreparationDelegateTest {

    private final Assessments assessments = mock(Assessments.class);
    private final RecordMeetingPreparationDelegate delegate = new RecordMeetingPreparationDelegate(assessments);

    @Test
    void everyAnswerGoesIntoTheNotesInTheQuestionsOrder() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L).signedIn("helen.carter");
        RecordMeetingPreparationDelegate.QUESTIONS.forEach(question -> ex.and(question, "Answer to " + question));

        ex.run(delegate);

        verify(assessments).prepareMeeting(1L, String.join("\n", RecordMeetingPreparationDelegate.QUESTIONS.stream()
                .map(q -> q + ": Answer to " + q).toList()), "helen.carter");
    }

    @Test
    void anEmptyAnswerIsRefusedByName() {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, "answerExamples", "Cover lessons").signedIn("helen.carter");
        assertThatThrownBy(() -> ex.run(delegate)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'answerWholeClass' is empty");
        verifyNoInteractions(assessments);
    }
}
