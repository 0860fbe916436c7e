package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;

/** Task_RecordMeetingPreparation: the headteacher's answers to the assessor's likely questions. */
@Component
class RecordMeetingPreparationDelegate implements JavaDelegate {

    /** The source's questions, as the form's fields. */
    static final List<String> QUESTIONS = List.of("answerExamples", "answerWholeClass", "answerTeacherAbsent",
            "answerReasonableTime", "answerAdvancedLearning", "answerConfidence");

    private final Assessments assessments;

    RecordMeetingPreparationDelegate(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution ex) {
        StringBuilder notes = new StringBuilder();
        for (String question : QUESTIONS) {
            String answer = text(ex, question);
            if (answer == null) {
                throw new InvalidInputException("Prepare an answer to each of the assessor's questions: '" + question + "' is empty");
            }
            notes.append(question).append(": ").append(answer).append('\n');
        }
        assessments.prepareMeeting(candidacyId(ex), notes.toString().strip(), Actor.of(ex).name());
    }
}
