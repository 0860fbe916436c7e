package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.PLANNER;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.SetsVariables;

/** Task_RecordClarification: step 2 kept; the inputs of the route and progression tables set. */
@Component
class RecordClarificationDelegate implements JavaDelegate, SetsVariables {

    private final DevelopmentPlans plans;

    RecordClarificationDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String focus = (String) ex.getVariable("focus");
        CareerProfile profile = plans.clarify(DevelopmentPlanProcess.planId(ex),
                new DevelopmentPlans.Clarification(focus, CaseVariables.flag(ex, "basicSkillsFirst"), (String) ex.getVariable("standardsGap"),
                        (String) ex.getVariable("impactOnPractice"), (String) ex.getVariable("impactOnPupils"),
                        (String) ex.getVariable("careerFit")),
                Actor.of(ex).name());
        ex.setVariable("newRoleOrResponsibility", "NEW_ROLE".equals(focus));
        ex.setVariable("alreadyInRole", "CURRENT_ROLE".equals(focus));
        ex.setVariable("stage", profile.stage());
        ex.setVariable("highestLevel", profile.highestLevel());
        ex.setVariable("hasL2EnglishAndMaths", profile.hasL2EnglishAndMaths());
        ex.setVariable("hltaOrQts", profile.hltaOrQts());
        ex.setVariable("hasSpecialistL4", profile.hasSpecialistL4());
        // Unticked boxes arrive as nothing; the decision tables need false.
        DevelopmentPlanProcess.SITUATION.forEach(flag -> ex.setVariable(flag, CaseVariables.flag(ex, flag)));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of("newRoleOrResponsibility", "alreadyInRole", "stage", "highestLevel", "hasL2EnglishAndMaths",
                "hltaOrQts", "hasSpecialistL4");
    }
}
