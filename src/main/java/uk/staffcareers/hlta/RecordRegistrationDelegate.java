package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.recordedBy;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


/** Task_RecordRegistration: registration for assessment, entered by the candidate or received from the provider. */
@Component
class RecordRegistrationDelegate implements JavaDelegate {

    private final Candidacies candidacies;

    RecordRegistrationDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        candidacies.register(candidacyId(ex), new Candidacies.Registration(REGISTERED_ON.get(ex), REGISTRATION_REFERENCE.get(ex),
                ASSESSMENT_PROVIDER.get(ex), PROVIDER_CONTACT.get(ex)), recordedBy(ex));
        // A later step entered by hand is not the provider's.
        RECEIVED_FROM.remove(ex);
    }
}
