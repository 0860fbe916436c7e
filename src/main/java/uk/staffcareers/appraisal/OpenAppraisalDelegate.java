package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.CaseAccessListener;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.platform.ProcessVariable;

/** Task_OpenAppraisal: the appraisal record, who is involved, and the year's dates and most objectives from the trust's policy. */
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
        String staffId = STAFF_ID.get(ex);
        LocalDate start = PERIOD_START.get(ex);
        LocalDate end = PERIOD_END.get(ex);
        AppraisalPeriod period = new AppraisalPeriod(AppraisalPeriod.containing(start).label(), start, end);
        var opened = appraisals.open(staffId, period, Actor.startedFor(ex, LAUNCHED_BY));
        var staff = opened.staff();
        APPRAISAL_ID.set(ex, opened.id());
        STAFF_NAME.set(ex, staff.fullName());
        CaseLabels.SCHOOL_NAME.set(ex, directory.schoolNameOf(staff));
        EMPLOYEE.set(ex, staff.username());
        ROLE.set(ex, staff.role().name());
        CAREER_STAGE.set(ex, staff.careerStage() == null ? null : staff.careerStage().name());
        HEADTEACHER.set(ex, opened.headteacher());
        APPRAISED_BY_TRUST.set(ex, opened.appraisedByTrust());
        HR_ADVISER.set(ex, opened.hrAdviser());
        PAY_DECIDER.set(ex, opened.payDecider());
        PERIOD_LABEL.set(ex, period.label());
        if (opened.appraisedByTrust()) {
            APPRAISER.set(ex, opened.appraiser());
            APPRAISER_NAME.set(ex, directory.findByUsername(opened.appraiser()).map(s -> s.fullName()).orElse(opened.appraiser()));
            // The panel appraises together and reads the case; its lead holds the tasks, the chair decides pay.
            opened.panel().forEach(member -> CaseAccessListener.grantRead(ex, member));
        } else {
            // The form's choices and the proposed appraiser's name are the directory's when it is opened
            // (ChooseAppraiserFormValues); the days, as the forms say them, too (YearDatesFormValues).
            APPRAISER_STAFF_ID.set(ex, opened.proposedAppraiserId());
        }
        var policy = opened.policy();
        MAX_OBJECTIVES.set(ex, policy.maxObjectives());
        LocalDate today = appraisals.now().toLocalDate();
        LocalDate deadline = AppraisalDates.objectivesDeadline(period, policy.objectivesDeadline(), today,
                policy.lateStartObjectivesWeeks());
        WorkingDays days = calendars.forTrust(staff.trustId());
        APPRAISER_DUE_AT.set(ex, morningOf(days.after(today, policy.chooseAppraiserWorkingDays())));
        OBJECTIVES_DUE_AT.set(ex, endOf(deadline));
        OBJECTIVES_ESCALATE_AT.set(ex, endOf(days.after(deadline, policy.objectivesEscalationWorkingDays())));
        // A point of the year that falls in a holiday moves to a school day: the review later, the opening earlier.
        INTERIM_DUE_AT.set(ex, endOf(days.onOrAfter(period.pointAt(policy.interimReviewPercent()))));
        // The period's end and the day the annual assessment opens, worked out again when the period is extended.
        ex.setVariables(AppraisalDates.periodEndVariables(end, policy, days, today));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(APPRAISAL_ID, STAFF_NAME, CaseLabels.SCHOOL_NAME, EMPLOYEE, ROLE, CAREER_STAGE, HEADTEACHER, APPRAISED_BY_TRUST, HR_ADVISER,
                PAY_DECIDER, APPRAISER, APPRAISER_STAFF_ID, OBJECTIVES_DUE_AT, INTERIM_DUE_AT, ANNUAL_OPENS_AT, PERIOD_END_AT, PERIOD_LABEL, APPRAISER_NAME, APPRAISER_DUE_AT,
                OBJECTIVES_ESCALATE_AT, PERIOD_END, MAX_OBJECTIVES);
    }
}
