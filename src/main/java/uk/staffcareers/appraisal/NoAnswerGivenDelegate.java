package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;

/**
 * The Task_Note... steps after an employee's deadline timer: which step went unanswered follows from where
 * the delegate stands, and the deadline from the variable that timer read.
 */
@Component
class NoAnswerGivenDelegate implements JavaDelegate, SetsVariables {

    private record Unanswerable(Unanswered.Step step, String dueVariable) {
    }

    private static final Map<String, Unanswerable> STEPS = Map.of(
            "Task_NoteNoAnswerToObjectives", new Unanswerable(Unanswered.Step.OBJECTIVES, AGREEMENT_DUE_AT),
            "Task_NoteNoAnswerToRevision", new Unanswerable(Unanswered.Step.REVISED_OBJECTIVES, AGREEMENT_DUE_AT),
            "Task_NoteNoInterimComments", new Unanswerable(Unanswered.Step.INTERIM_COMMENTS, INTERIM_COMMENTS_DUE_AT),
            "Task_NoteNoEvidence", new Unanswerable(Unanswered.Step.EVIDENCE, MEETING_AT),
            "Task_NoteNoReportComments", new Unanswerable(Unanswered.Step.REPORT_COMMENTS, COMMENTS_DUE_AT));

    private final Unanswered unanswered;
    private final Appraisals appraisals;

    NoAnswerGivenDelegate(Unanswered unanswered, Appraisals appraisals) {
        this.unanswered = unanswered;
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Unanswerable at = STEPS.get(ex.getCurrentActivityId());
        if (at == null) {
            throw new IllegalStateException(ex.getCurrentActivityId() + " uses noAnswerGivenDelegate but is not one of the "
                    + "employee's steps it knows: " + STEPS.keySet());
        }
        LocalDate due = dayOf((Date) ex.getVariable(at.dueVariable()));
        unanswered.record(appraisalId(ex), at.step(), due, Actor.of(ex).name(), ex.getProcessBusinessKey());
        if (at.step() == Unanswered.Step.REPORT_COMMENTS) {
            ex.setVariable(PAY_DECISION_DUE_AT, endOf(appraisals.payDecisionDue(appraisalId(ex))));
        }
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(PAY_DECISION_DUE_AT);
    }
}
