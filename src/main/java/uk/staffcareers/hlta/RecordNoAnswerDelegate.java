package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.lastDay;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * The "Record ..." steps after a candidate's timer (its input parameter candidateStep names the step): the last
 * day passed with no answer, the task has closed. "No answer given by <the last day>" goes on the candidacy's
 * record, an unanswered reassessment closes the candidacy, and the candidate, the headteacher and the school's
 * HLTA coordinator are told by name what happens now.
 */
@Component
class RecordNoAnswerDelegate implements JavaDelegate {

    private final MissedAnswers missed;
    private final Candidacies candidacies;
    private final StaffDirectory directory;
    private final Notifications notifications;

    RecordNoAnswerDelegate(MissedAnswers missed, Candidacies candidacies, StaffDirectory directory, Notifications notifications) {
        this.missed = missed;
        this.candidacies = candidacies;
        this.directory = directory;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        CandidateStep step = CandidateStep.valueOf(CANDIDATE_STEP.get(ex));
        long id = candidacyId(ex);
        LocalDate lastDay = lastDay(ex, step);
        String by = Actor.of(ex).name();
        String note = missed.record(id, step, lastDay, by);
        String candidate = STAFF_NAME.get(ex);
        if (step.closesCandidacy()) {
            candidacies.closeUnanswered(id, "No answer on reassessment given by " + MissedAnswers.spoken(lastDay)
                    + ": recorded as not re-taking the assessment", by);
        }
        String body = candidate + " did not complete '" + step.taskName() + "': " + note + ". The task has closed. "
                + step.whatNext(candidate, fullName(HEADTEACHER.get(ex)), fullName(COORDINATOR.get(ex)));
        for (String person : new LinkedHashSet<>(List.of(CANDIDATE.get(ex), HEADTEACHER.get(ex), COORDINATOR.get(ex)))) {
            notifications.send(person, step.subject() + ": " + candidate, body, REFERENCE.get(ex));
        }
    }

    private String fullName(String username) {
        return directory.findByUsername(username).map(StaffMember::fullName).orElse(username);
    }
}
