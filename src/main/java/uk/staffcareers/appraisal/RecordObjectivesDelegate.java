package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_RecordObjectives and Task_RecordSettlement: the objectives as drafted, revised or determined. */
@Component
class RecordObjectivesDelegate implements JavaDelegate, SetsVariables {

    /** The same step after the employee disagreed: the appraiser revises or determines. */
    static final String RECORD_SETTLEMENT = "Task_RecordSettlement";
    /** The same step after an interim review found the objectives must change. */
    static final String RECORD_REVISION = "Task_RecordRevisedObjectives";

    private final Appraisals appraisals;

    RecordObjectivesDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        boolean settling = RECORD_SETTLEMENT.equals(ex.getCurrentActivityId());
        String settlement = settling ? text(ex, SETTLEMENT) : null;
        if (settling && !"REVISE".equals(settlement) && !"DETERMINE".equals(settlement)) {
            throw new InvalidInputException("Choose to revise the objectives or to determine them");
        }
        boolean revising = RECORD_REVISION.equals(ex.getCurrentActivityId());
        String status = revising ? "REVISED" : settlement == null ? "DRAFT" : "REVISE".equals(settlement) ? "REVISED" : "DETERMINED";
        String note = revising ? text(ex, REVISION_REASON) : settlement == null ? null : text(ex, SETTLEMENT_NOTE);
        String summary = appraisals.setObjectives(appraisalId(ex), objectives(ex), status, note, Actor.of(ex).name());
        ex.setVariable(OBJECTIVES_SUMMARY, summary);
        ex.setVariable(DEVELOPMENT_OBJECTIVE_NOTE, appraisals.developmentObjectiveNote(appraisalId(ex)));
        // The employee answers within the trust's days for comments, or the objectives stand unanswered.
        LocalDate due = appraisals.commentsDue(appraisalId(ex));
        ex.setVariable(AGREEMENT_DUE_AT, endOf(due));
        ex.setVariable(AGREEMENT_DUE_TEXT, WorkingDays.spoken(due));
    }

    /** The form's objective slots (as many as any trust may allow); an empty slot is no objective. */
    static List<Objective> objectives(DelegateExecution ex) {
        List<Objective> objectives = new ArrayList<>();
        String development = text(ex, DEVELOPMENT_OBJECTIVE);
        for (int slot = 1; slot <= TrustPolicy.OBJECTIVE_SLOTS; slot++) {
            String objective = text(ex, "objective" + slot);
            if (objective != null) {
                objectives.add(new Objective(slot, objective, text(ex, "criteria" + slot), text(ex, "assessment" + slot),
                        String.valueOf(slot).equals(development)));
            }
        }
        if (development != null && !"NONE".equals(development)
                && objectives.stream().noneMatch(Objective::professionalDevelopment)) {
            throw new InvalidInputException("Objective " + development + " is empty: choose one of the objectives set as the "
                    + "professional-development objective, or none");
        }
        return objectives;
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(OBJECTIVES_SUMMARY, DEVELOPMENT_OBJECTIVE_NOTE, AGREEMENT_DUE_AT, AGREEMENT_DUE_TEXT);
    }
}
