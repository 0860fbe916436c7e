package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_RecordInYearEntry: an observation, other evidence or a revised objective; a concern goes on to its own case. */
@Component
class RecordInYearEntryDelegate implements JavaDelegate, SetsVariables {

    /** The entry's fields, cleared once recorded so the next entry starts from an empty form. */
    static final List<ProcessVariable<?>> ENTRY_FIELDS = List.of(ENTRY_DATE, OBSERVER_STAFF_ID, FOCUS, FEEDBACK, REVISED_SLOT,
            REVISED_OBJECTIVE, REVISED_CRITERIA, REVISED_ASSESSMENT, REVISION_REASON);

    private final Appraisals appraisals;

    RecordInYearEntryDelegate(Appraisals appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution ex) {
        InYearAction action;
        try {
            action = InYearAction.valueOf(String.valueOf(IN_YEAR_ACTION.get(ex)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Choose what to record: an observation, other evidence, a changed objective or a concern");
        }
        long id = appraisalId(ex);
        String by = Actor.of(ex).name();
        switch (action) {
            case OBSERVATION, EVIDENCE -> appraisals.recordEvidence(id, action.name(), ENTRY_DATE.get(ex),
                    OBSERVER_STAFF_ID.get(ex), FOCUS.get(ex), FEEDBACK.get(ex), by);
            case REVISE_OBJECTIVE -> OBJECTIVES_SUMMARY.set(ex, appraisals.reviseObjective(id, revised(ex), REVISION_REASON.get(ex), by));
            case RAISE_CONCERN -> {
                appraisals.requireAppraiser(id, by);
                if (CONCERN_DESCRIPTION.get(ex) == null) {
                    throw new InvalidInputException("Describe the concern");
                }
            }
        }
        ENTRY_FIELDS.forEach(field -> field.remove(ex));
    }

    private static Objective revised(DelegateExecution ex) {
        String slot = REVISED_SLOT.get(ex);
        return new Objective(slot == null ? 0 : Integer.parseInt(slot), REVISED_OBJECTIVE.get(ex), REVISED_CRITERIA.get(ex),
                REVISED_ASSESSMENT.get(ex), false);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVES_SUMMARY);
    }
}
