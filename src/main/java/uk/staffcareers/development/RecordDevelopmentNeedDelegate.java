package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.staff.StaffDirectory;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordNeed: step 1, the need and what raised it; who plans the development with the member of staff. */
@Component
class RecordDevelopmentNeedDelegate implements JavaDelegate, SetsVariables {

    private final DevelopmentPlans plans;
    private final StaffDirectory directory;

    RecordDevelopmentNeedDelegate(DevelopmentPlans plans, StaffDirectory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // Another case (an appraisal, an HLTA outcome) asks through the application, naming who asked;
        // a person who starts the form asks as themselves, and only for someone they may.
        Actor actor = Actor.of(execution);
        var raised = plans.raise(STAFF_ID.get(execution), trigger(TRIGGER.get(execution)),
                NEED.get(execution), actor, Actor.startedFor(execution, REQUESTED_BY).name());
        PLAN_ID.set(execution, raised.planId());
        // Cockpit shows cases by business key: whose plan, and which.
        execution.setProcessBusinessKey(DevelopmentPlanProcess.businessKey(raised.staff().id(), raised.planId()));
        STAFF_NAME.set(execution, raised.staff().fullName());
        CaseLabels.SCHOOL_NAME.set(execution, directory.schoolNameOf(raised.staff()));
        PLANNER.set(execution, raised.planner());
        HEADTEACHER.set(execution, raised.headteacher());
    }

    private static Trigger trigger(Object value) {
        try {
            return value == null ? null : Trigger.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown trigger '" + value + "'");
        }
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(PLAN_ID, STAFF_NAME, CaseLabels.SCHOOL_NAME, PLANNER, HEADTEACHER);
    }
}
