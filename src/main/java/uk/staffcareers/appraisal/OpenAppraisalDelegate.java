package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseAccessListener;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.platform.FormOptions;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;

/** Task_OpenAppraisal: the appraisal record, who is involved, and the year's dates from the trust's policy. */
@Component
class OpenAppraisalDelegate implements JavaDelegate, SetsVariables {

    private final Appraisals appraisals;
    private final StaffDirectory directory;
    private final SchoolCalendars calendars;

    OpenAppraisalDelegate(Appraisals appraisals, StaffDirectory directory, SchoolCalendars calendars) {
        this.appraisals = appraisals;
        this.calendars = calendars;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String staffId = (String) ex.getVariable(STAFF_ID);
        LocalDate start = date(ex, PERIOD_START);
        LocalDate end = date(ex, PERIOD_END);
        AppraisalPeriod period = new AppraisalPeriod(AppraisalPeriod.containing(start).label(), start, end);
        var opened = appraisals.open(staffId, period, Actor.startedFor(ex, LAUNCHED_BY));
        var staff = opened.staff();
        ex.setVariable(APPRAISAL_ID, opened.id());
        ex.setVariable(STAFF_NAME, staff.fullName());
        ex.setVariable(CaseLabels.SCHOOL_NAME, directory.schoolNameOf(staff));
        ex.setVariable(EMPLOYEE, staff.username());
        ex.setVariable(ROLE, staff.role().name());
        ex.setVariable(CAREER_STAGE, staff.careerStage() == null ? null : staff.careerStage().name());
        ex.setVariable(HEADTEACHER, opened.headteacher());
        ex.setVariable(APPRAISED_BY_TRUST, opened.appraisedByTrust());
        ex.setVariable(HR_ADVISER, opened.hrAdviser());
        ex.setVariable(PAY_DECIDER, opened.payDecider());
        ex.setVariable("periodLabel", period.label());
        ex.setVariable("periodStartText", WorkingDays.spoken(start));
        if (opened.appraisedByTrust()) {
            ex.setVariable(APPRAISER, opened.appraiser());
            ex.setVariable(APPRAISER_NAME, directory.findByUsername(opened.appraiser()).map(s -> s.fullName()).orElse(opened.appraiser()));
            // The panel appraises together and reads the case; its lead holds the tasks, the chair decides pay.
            opened.panel().forEach(member -> CaseAccessListener.grantRead(ex, member));
        } else {
            ex.setVariable(APPRAISER_STAFF_ID, opened.proposedAppraiserId());
            // The headteacher picks a name; the form sends the staff number.
            ex.setVariable(APPRAISER_OPTIONS, FormOptions.people(AppraiserChoice.candidates(directory, staff),
                    s -> s.fullName() + " (" + s.role().title() + ")"));
            ex.setVariable(PROPOSED_APPRAISER_NAME, opened.proposedAppraiserId() == null ? "nobody"
                    : directory.find(opened.proposedAppraiserId()).map(s -> s.fullName()).orElse("nobody"));
        }
        var policy = opened.policy();
        ex.setVariable(DEVELOPMENT_OBJECTIVE_OPTIONS, developmentObjectiveOptions(policy.maxObjectives()));
        LocalDate today = appraisals.now().toLocalDate();
        LocalDate deadline = AppraisalDates.objectivesDeadline(period, policy.objectivesDeadline(), today,
                policy.lateStartObjectivesWeeks());
        WorkingDays days = calendars.forTrust(staff.trustId());
        ex.setVariable(APPRAISER_DUE_AT, morningOf(days.after(today, policy.chooseAppraiserWorkingDays())));
        ex.setVariable(OBJECTIVES_DUE_AT, endOf(deadline));
        ex.setVariable("objectivesDueText", WorkingDays.spoken(deadline));
        ex.setVariable(OBJECTIVES_ESCALATE_AT, endOf(days.after(deadline, policy.objectivesEscalationWorkingDays())));
        // A point of the year that falls in a holiday moves to a school day: the review later, the opening earlier.
        ex.setVariable(INTERIM_DUE_AT, endOf(days.onOrAfter(period.pointAt(policy.interimReviewPercent()))));
        // The period's end and the day the annual assessment opens, worked out again when the period is extended.
        ex.setVariables(AppraisalDates.periodEndVariables(end, policy, days, today));
    }

    /** Objective 1 to the trust's most, then none: a slot the trust does not allow is not offered. */
    private static TypedValue developmentObjectiveOptions(int most) {
        List<Map<String, String>> options = new ArrayList<>();
        for (int slot = 1; slot <= most; slot++) {
            options.add(Map.of("label", "Objective " + slot, "value", String.valueOf(slot)));
        }
        options.add(Map.of("label", "None this year", "value", "NONE"));
        return FormOptions.of(options);
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(APPRAISAL_ID, STAFF_NAME, CaseLabels.SCHOOL_NAME, EMPLOYEE, ROLE, CAREER_STAGE, HEADTEACHER, APPRAISED_BY_TRUST, HR_ADVISER,
                PAY_DECIDER, APPRAISER, APPRAISER_STAFF_ID, APPRAISER_OPTIONS, DEVELOPMENT_OBJECTIVE_OPTIONS, OBJECTIVES_DUE_AT, INTERIM_DUE_AT, ANNUAL_OPENS_AT, PERIOD_END_AT);
    }
}
