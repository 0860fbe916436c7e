package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;

/** Task_RecordRegistration: registration for assessment, entered by the candidate or received from the provider. */
@Component
class RecordRegistrationDelegate implements JavaDelegate {

    private final Candidacies candidacies;

    RecordRegistrationDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        candidacies.register(candidacyId(ex), new Candidacies.Registration(date(ex, "registeredOn"), text(ex, "registrationReference"),
                text(ex, "assessmentProvider"), text(ex, "providerContact")), actor(ex));
    }

    /**
     * Who recorded a step: the signed-in user; when the provider's message brought the data (the
     * application correlates it after checking the provider's account), that account.
     */
    static String actor(DelegateExecution ex) {
        String provider = text(ex, RECEIVED_FROM);
        ex.removeVariable(RECEIVED_FROM);
        Actor actor = Actor.of(ex);
        return actor.isApplication() && provider != null ? provider : actor.name();
    }
}
