package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseVariables;
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
                        (String) ex.getVariable("impactOnSchool"), (String) ex.getVariable("impactOnPupilsSeen"),
                        (String) ex.getVariable("impactOnIndividual"), (String) ex.getVariable("learningShared"),
                        CaseVariables.flag(ex, "qualificationGained") ? qualification(ex) : null),
                Actor.of(ex).name());
    }

    private static Qualification qualification(DelegateExecution ex) {
        String title = (String) ex.getVariable("qualificationTitle");
        Object level = ex.getVariable("qualificationGainedLevel");
        QualificationType type = DevelopmentPlanProcess.choice(QualificationType.class, ex.getVariable("qualificationGainedType"));
        QualificationSubject subject = DevelopmentPlanProcess.choice(QualificationSubject.class,
                ex.getVariable("qualificationGainedSubject"));
        Object awardedOn = ex.getVariable("qualificationAwardedOn");
        if (title == null || title.isBlank() || type == null || subject == null || level == null || awardedOn == null) {
            throw new InvalidInputException("For the qualification gained, give its title, type, subject, level and the date it was awarded");
        }
        try {
            return new Qualification(title.strip(), type, subject, ((Number) level).intValue(),
                    LocalDate.parse(String.valueOf(awardedOn).substring(0, 10)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new InvalidInputException("The qualification gained: " + e.getMessage());
        }
    }
}
