package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.CaseActor;

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
                text(ex, "assessmentProvider"), text(ex, "providerContact")), actor(ex, CANDIDATE));
    }

    /** Who recorded a step: the provider's account when its message brought the data, else the user. */
    static String actor(DelegateExecution ex, String assigneeVariable) {
        String provider = text(ex, RECEIVED_FROM);
        if (provider != null) {
            ex.removeVariable(RECEIVED_FROM);
            return provider;
        }
        return CaseActor.of(ex, assigneeVariable);
    }
}
