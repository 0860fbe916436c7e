package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordPracticalities: step 4 kept; whether the headteacher must approve the costs; when it ends. */
@Component
class RecordPracticalitiesDelegate implements JavaDelegate, SetsVariables {

    /** The ten checks of step 4, as the form's checkboxes. */
    static final List<String> CHECKS = List.of("checkEntryRequirements", "checkLevel", "checkProgression", "checkDelivery",
            "checkCompetence", "checkMentor", "checkReleaseTime", "checkCosts", "checkOutcomes", "checkSuccessMeasures");

    private final DevelopmentPlans plans;
    private final PolicySettings policy;
    private final SchoolCalendars calendars;

    RecordPracticalitiesDelegate(DevelopmentPlans plans, PolicySettings policy, SchoolCalendars calendars) {
        this.plans = plans;
        this.policy = policy;
        this.calendars = calendars;
    }

    @Override
    public void execute(DelegateExecution ex) {
        Object cost = ex.getVariable("cost");
        PaidBy paidBy = DevelopmentPlanProcess.choice(PaidBy.class, ex.getVariable("paidBy"));
        var agreed = plans.agree(DevelopmentPlanProcess.planId(ex), new DevelopmentPlans.Practicalities(
                        CHECKS.stream().allMatch(check -> CaseVariables.flag(ex, check)), (String) ex.getVariable("mentorStaffId"),
                        (String) ex.getVariable("releaseTime"), cost == null ? null : new BigDecimal(cost.toString()),
                        (String) ex.getVariable("hiddenCosts"),
                        paidBy,
                        (String) ex.getVariable("agreedOutcomes"), (String) ex.getVariable("successMeasures"),
                        date(ex.getVariable("startDate")), date(ex.getVariable("endDate"))),
                MENTOR_REQUIRED.get(ex), Actor.of(ex).name());
        COST_APPROVAL_NEEDED.set(ex, agreed.costApprovalNeeded());
        PAID_BY_TEXT.set(ex, paidBy == null ? "nobody named" : paidBy.words());
        MENTOR.set(ex, agreed.mentorUsername());
        String staffId = STAFF_ID.get(ex);
        LocalDate reminder = calendars.forStaff(staffId).before(agreed.endsOn(), policy.forStaff(staffId).reviewReminderWorkingDays());
        ENDS_ON.set(ex, endOfSchoolDay(agreed.endsOn()));
        REMINDER_AT.set(ex, endOfSchoolDay(reminder));
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("'" + value + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static Date endOfSchoolDay(LocalDate date) {
        return Date.from(date.atTime(17, 0).atZone(SchoolTime.ZONE).toInstant());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(COST_APPROVAL_NEEDED, PAID_BY_TEXT, MENTOR, ENDS_ON, REMINDER_AT);
    }
}
