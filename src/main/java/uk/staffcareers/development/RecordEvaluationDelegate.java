package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;

/** Task_RecordEvaluation: step 5 kept; a qualification gained goes on the staff record. */
@Component
class RecordEvaluationDelegate implements JavaDelegate {

    private final DevelopmentPlans plans;

    RecordEvaluationDelegate(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution ex) {
        plans.evaluate(DevelopmentPlanProcess.planId(ex), new DevelopmentPlans.Evaluation(
                        IMPACT_ON_SCHOOL.get(ex), IMPACT_ON_PUPILS_SEEN.get(ex), IMPACT_ON_INDIVIDUAL.get(ex), LEARNING_SHARED.get(ex),
                        QUALIFICATION_GAINED.get(ex) ? qualification(ex) : null),
                Actor.of(ex).name());
    }

    private static Qualification qualification(DelegateExecution ex) {
        String title = QUALIFICATION_TITLE.get(ex);
        Integer level = QUALIFICATION_GAINED_LEVEL.get(ex);
        QualificationType type = DevelopmentPlanProcess.choice(QualificationType.class, QUALIFICATION_GAINED_TYPE.get(ex));
        QualificationSubject subject = DevelopmentPlanProcess.choice(QualificationSubject.class, QUALIFICATION_GAINED_SUBJECT.get(ex));
        LocalDate awardedOn = QUALIFICATION_AWARDED_ON.get(ex);
        if (title == null || type == null || subject == null || level == null || awardedOn == null) {
            throw new InvalidInputException("For the qualification gained, give its title, type, subject, level and the date it was awarded");
        }
        try {
            return new Qualification(title, type, subject, level, awardedOn);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The qualification gained: " + e.getMessage());
        }
    }
}
