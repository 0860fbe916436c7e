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
        var raised = plans.raise((String) execution.getVariable(STAFF_ID), trigger(execution.getVariable(TRIGGER)),
                (String) execution.getVariable(NEED), actor, Actor.startedFor(execution, REQUESTED_BY).name());
        execution.setVariable(PLAN_ID, raised.planId());
        // Cockpit shows cases by business key: whose plan, and which.
        execution.setProcessBusinessKey(DevelopmentPlanProcess.businessKey(raised.staff().id(), raised.planId()));
        execution.setVariable(STAFF_NAME, raised.staff().fullName());
        execution.setVariable(CaseLabels.SCHOOL_NAME, directory.schoolNameOf(raised.staff()));
        execution.setVariable(PLANNER, raised.planner());
        execution.setVariable(HEADTEACHER, raised.headteacher());
    }

    private static Trigger trigger(Object value) {
        try {
            return value == null ? null : Trigger.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Unknown trigger '" + value + "'");
        }
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(PLAN_ID, STAFF_NAME, CaseLabels.SCHOOL_NAME, PLANNER, HEADTEACHER);
    }
}
