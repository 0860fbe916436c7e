package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_RecordSchoolCommitment: release for preparation, the staff who support the candidate, the LA contact. */
@Component
class RecordSchoolCommitmentDelegate implements JavaDelegate, SetsVariables {

    private final Candidacies candidacies;

    RecordSchoolCommitmentDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        candidacies.commit(candidacyId(ex), new Candidacies.Commitment(RELEASE_CONFIRMED.get(ex),
                SUPPORTING_STAFF.get(ex), LA_CONTACT_NAME.get(ex), LA_CONTACT_EMAIL.get(ex)), Actor.of(ex).name());
        PREPARATION_DAYS_REQUIRED.set(ex, candidacies.preparationDaysRequired(candidacyId(ex)));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(PREPARATION_DAYS_REQUIRED);
    }
}
