package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordReadinessDecision: the headteacher's decision after the readiness discussion. */
@Component
class RecordReadinessDecisionDelegate implements JavaDelegate, SetsVariables {

    private final Candidacies candidacies;

    RecordReadinessDecisionDelegate(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void execute(DelegateExecution ex) {
        READY.set(ex, candidacies.decideReadiness(candidacyId(ex), READINESS_DECISION.get(ex),
                READINESS_REASON.get(ex), ENGLISH_MATHS_SEEN.get(ex), Actor.of(ex).name()));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(READY);
    }
}
