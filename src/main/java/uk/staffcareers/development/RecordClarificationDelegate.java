package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordClarification: step 2 kept; the inputs of the route and progression tables set. */
@Component
class RecordClarificationDelegate implements JavaDelegate, SetsVariables {

    private final DevelopmentPlans plans;

    RecordClarificationDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String focus = FOCUS.get(ex);
        CareerProfile profile = plans.clarify(DevelopmentPlanProcess.planId(ex),
                new DevelopmentPlans.Clarification(focus, BASIC_SKILLS_FIRST.get(ex), STANDARDS_GAP.get(ex),
                        IMPACT_ON_PRACTICE.get(ex), IMPACT_ON_PUPILS.get(ex), CAREER_FIT.get(ex)),
                Actor.of(ex).name());
        NEW_ROLE_OR_RESPONSIBILITY.set(ex, "NEW_ROLE".equals(focus));
        ALREADY_IN_ROLE.set(ex, "CURRENT_ROLE".equals(focus));
        STAGE.set(ex, profile.stage());
        HIGHEST_LEVEL.set(ex, profile.highestLevel());
        HAS_L2_ENGLISH_AND_MATHS.set(ex, profile.hasL2EnglishAndMaths());
        HLTA_OR_QTS.set(ex, profile.hltaOrQts());
        HAS_SPECIALIST_L4.set(ex, profile.hasSpecialistL4());
        // Unticked boxes arrive as nothing; the decision tables need false.
        DevelopmentPlanProcess.SITUATION.forEach(flag -> flag.set(ex, flag.get(ex)));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return SetsVariables.union(Set.of(NEW_ROLE_OR_RESPONSIBILITY, ALREADY_IN_ROLE, STAGE, HIGHEST_LEVEL, HAS_L2_ENGLISH_AND_MATHS,
                HLTA_OR_QTS, HAS_SPECIALIST_L4), Set.copyOf(DevelopmentPlanProcess.SITUATION));
    }
}
