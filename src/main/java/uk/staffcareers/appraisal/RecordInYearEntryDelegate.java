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
    static final List<String> ENTRY_FIELDS = List.of("entryDate", "observerStaffId", "focus", "feedback", "revisedSlot",
            "revisedObjective", "revisedCriteria", "revisedAssessment", "revisionReason");

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
            case OBSERVATION, EVIDENCE -> appraisals.recordEvidence(id, action.name(), date(ex, "entryDate"),
                    text(ex, "observerStaffId"), text(ex, "focus"), text(ex, "feedback"), by);
            case REVISE_OBJECTIVE -> OBJECTIVES_SUMMARY.set(ex, appraisals.reviseObjective(id, revised(ex), text(ex, "revisionReason"), by));
            case RAISE_CONCERN -> {
                appraisals.requireAppraiser(id, by);
                if (CONCERN_DESCRIPTION.get(ex) == null) {
                    throw new InvalidInputException("Describe the concern");
                }
            }
        }
        ex.removeVariables(ENTRY_FIELDS);
    }

    private static Objective revised(DelegateExecution ex) {
        String slot = text(ex, "revisedSlot");
        return new Objective(slot == null ? 0 : Integer.parseInt(slot), text(ex, "revisedObjective"), text(ex, "revisedCriteria"),
                text(ex, "revisedAssessment"), false);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(OBJECTIVES_SUMMARY);
    }
}
