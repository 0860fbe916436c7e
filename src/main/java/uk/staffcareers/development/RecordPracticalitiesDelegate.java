package uk.staffcareers.development;

import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.platform.ProcessVariable;

/** Task_RecordPracticalities: step 4 kept; whether the headteacher must approve the costs; when it ends. */
@Component
class RecordPracticalitiesDelegate implements JavaDelegate, SetsVariables {

    /** The ten checks of step 4, as the form's checkboxes. */
    static final List<ProcessVariable<Boolean>> CHECKS = List.of(CHECK_ENTRY_REQUIREMENTS, CHECK_LEVEL, CHECK_PROGRESSION,
            CHECK_DELIVERY, CHECK_COMPETENCE, CHECK_MENTOR, CHECK_RELEASE_TIME, CHECK_COSTS, CHECK_OUTCOMES, CHECK_SUCCESS_MEASURES);

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
        PaidBy paidBy = DevelopmentPlanProcess.choice(PaidBy.class, PAID_BY.get(ex));
        var agreed = plans.agree(DevelopmentPlanProcess.planId(ex), new DevelopmentPlans.Practicalities(
                        CHECKS.stream().allMatch(check -> check.get(ex)), MENTOR_STAFF_ID.get(ex),
                        RELEASE_TIME.get(ex), COST.get(ex), HIDDEN_COSTS.get(ex), paidBy,
                        AGREED_OUTCOMES.get(ex), SUCCESS_MEASURES.get(ex), START_DATE.get(ex), END_DATE.get(ex)),
                MENTOR_REQUIRED.get(ex), Actor.of(ex).name());
        COST_APPROVAL_NEEDED.set(ex, agreed.costApprovalNeeded());
        PAID_BY_TEXT.set(ex, paidBy == null ? "nobody named" : paidBy.words());
        MENTOR.set(ex, agreed.mentorUsername());
        String staffId = STAFF_ID.get(ex);
        LocalDate reminder = calendars.forStaff(staffId).before(agreed.endsOn(), policy.forStaff(staffId).reviewReminderWorkingDays());
        ENDS_ON.set(ex, endOfSchoolDay(agreed.endsOn()));
        REMINDER_AT.set(ex, endOfSchoolDay(reminder));
    }

    private static Date endOfSchoolDay(LocalDate date) {
        return Date.from(date.atTime(17, 0).atZone(SchoolTime.ZONE).toInstant());
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(COST_APPROVAL_NEEDED, PAID_BY_TEXT, MENTOR, ENDS_ON, REMINDER_AT);
    }
}
