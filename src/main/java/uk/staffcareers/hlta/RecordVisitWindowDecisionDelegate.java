package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/**
 * Task_RecordVisitWindowDecision: the visit window closed without a visit booked; the coordinator gives
 * a new window agreed with the provider (the visit is booked again) or closes the candidacy as lapsed.
 */
@Component
class RecordVisitWindowDecisionDelegate implements JavaDelegate, SetsVariables {

    private final Candidacies candidacies;
    private final Assessments assessments;

    private final SchoolCalendars calendars;
    private final PolicySettings policy;

    RecordVisitWindowDecisionDelegate(Candidacies candidacies, Assessments assessments, SchoolCalendars calendars,
            PolicySettings policy) {
        this.candidacies = candidacies;
        this.assessments = assessments;
        this.calendars = calendars;
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long id = candidacyId(ex);
        String by = Actor.of(ex).name();
        switch (String.valueOf(VISIT_WINDOW_DECISION.get(ex))) {
            case "newWindow" -> {
                HltaJourneyProcess.setVisitWindow(ex, assessments.giveNewWindow(id, VISIT_WINDOW_CLOSES_ON.get(ex),
                        STAFF_ID.get(ex), by), calendars.forStaff(STAFF_ID.get(ex)), policy.forStaff(STAFF_ID.get(ex)));
                NEW_VISIT_WINDOW_GIVEN.set(ex, true);
            }
            case "lapse" -> {
                candidacies.lapse(id, DeadlineDecisions.VISIT_WINDOW, assessments.window(id).closesOn(), LAPSE_REASON.get(ex), by);
                NEW_VISIT_WINDOW_GIVEN.set(ex, false);
            }
            default -> throw new InvalidInputException("Choose whether to give a new visit window (newWindow) or close the "
                    + "candidacy as lapsed (lapse)");
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return SetsVariables.union(Set.of(NEW_VISIT_WINDOW_GIVEN), HltaJourneyProcess.VISIT_WINDOW);
    }
}
