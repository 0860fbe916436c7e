package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.EMPLOYEE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseVariables;

/** Task_RecordResponse: the employee's comments and acknowledgement; the written record re-issued with them. */
@Component
class RecordEmployeeResponseDelegate implements JavaDelegate {

    private final Concerns concerns;

    RecordEmployeeResponseDelegate(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public void execute(DelegateExecution ex) {
        concerns.respond(PerformanceConcernProcess.concernId(ex), EMPLOYEE_COMMENTS.get(ex),
                RECORD_RECEIVED.get(ex), Actor.of(ex).name());
    }
}
