package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_OpenCase: the capability case, linked to the concern it came from. */
@Component
class OpenCapabilityCaseDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    OpenCapabilityCaseDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long id = cases.open(PerformanceConcernProcess.concernId(ex), STAFF_ID.get(ex), Actor.of(ex).name());
        ex.setProcessBusinessKey(CapabilityCases.caseRef(id));
        CAPABILITY_CASE_ID.set(ex, id);
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(CAPABILITY_CASE_ID);
    }
}
