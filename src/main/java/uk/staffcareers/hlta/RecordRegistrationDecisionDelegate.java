package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/**
 * Task_RecordRegistrationDecision: after a missed registration the coordinator re-opens it with the
 * provider's new dates (the registration timers start again) or closes the candidacy as lapsed.
 */
@Component
class RecordRegistrationDecisionDelegate implements JavaDelegate, SetsVariables {

    private final Candidacies candidacies;

    private final SchoolCalendars calendars;

    RecordRegistrationDecisionDelegate(Candidacies candidacies, SchoolCalendars calendars) {
        this.candidacies = candidacies;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long id = candidacyId(ex);
        String by = Actor.of(ex).name();
        switch (String.valueOf(REGISTRATION_DECISION.get(ex))) {
            case "reopen" -> {
                Candidacies.RegistrationDates dates = candidacies.reopenRegistration(id, REGISTRATION_OPENS_ON.get(ex),
                        REGISTRATION_CLOSES_ON.get(ex), by);
                HltaJourneyProcess.setRegistrationDates(ex, dates, calendars.forStaff(STAFF_ID.get(ex)));
                REGISTRATION_REOPENED.set(ex, true);
            }
            case "lapse" -> {
                candidacies.lapse(id, DeadlineDecisions.REGISTRATION, candidacies.registrationDates(id).closesOn(),
                        LAPSE_REASON.get(ex), by);
                REGISTRATION_REOPENED.set(ex, false);
            }
            default -> throw new InvalidInputException("Choose whether to re-open registration (reopen) or close the candidacy "
                    + "as lapsed (lapse)");
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return SetsVariables.union(Set.of(REGISTRATION_REOPENED), HltaJourneyProcess.REGISTRATION_DATES);
    }
}
