package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.lastDay;
import static uk.staffcareers.hlta.HltaJourneyProcess.setLastDay;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/**
 * Task_SetVisitDeadlines: the visit is booked, so the candidate's steps before it get their last days. The
 * visit preparation is due the school day before the visit. The written tasks, if still open, were due the
 * trust's working days (hltaTasksBeforeVisitWorkingDays, 5) before the window closes; now they are due that
 * long before the visit itself (today at the earliest), and their timer and due date move with it.
 */
@Component
class SetVisitDeadlinesDelegate implements JavaDelegate, SetsVariables {

    private final Assessments assessments;
    private final PolicySettings policy;
    private final SchoolCalendars calendars;
    private final Clock clock;

    SetVisitDeadlinesDelegate(Assessments assessments, PolicySettings policy, SchoolCalendars calendars, Clock clock) {
        this.assessments = assessments;
        this.policy = policy;
        this.calendars = calendars;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution ex) {
        String staffId = STAFF_ID.get(ex);
        WorkingDays school = calendars.forStaff(staffId);
        LocalDate visitOn = assessments.visitOn(candidacyId(ex));
        setLastDay(ex, CandidateStep.VISIT_PREPARATION, school.before(visitOn, 1), school);
        LocalDate tasksBy = school.before(visitOn, policy.forStaff(staffId).hltaTasksBeforeVisitWorkingDays());
        LocalDate today = LocalDate.now(clock);
        if (tasksBy.isBefore(today)) {
            tasksBy = today;
        }
        if (tasksBy.isBefore(lastDay(ex, CandidateStep.ASSESSMENT_TASKS))) {
            moveTasksDeadline(ex, tasksBy, school);
        }
    }

    /**
     * The engine's timer and Tasklist's due date of the candidate's open task move to the new last day. The
     * application does it whoever booked the visit (the coordinator, or the provider's report): they need no
     * rights on the candidate's task for the case to keep its own deadlines.
     */
    private static void moveTasksDeadline(DelegateExecution ex, LocalDate lastDay, WorkingDays school) {
        ProcessEngineServices engine = ex.getProcessEngineServices();
        AsApplication.run(engine.getIdentityService(), () -> {
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(ex.getProcessInstanceId())
                    .activityId(HltaJourneyProcess.TASKS_NOT_SUBMITTED).singleResult();
            if (timer == null) {
                return null; // submitted already, or their last day has passed
            }
            setLastDay(ex, CandidateStep.ASSESSMENT_TASKS, lastDay, school);
            engine.getManagementService().recalculateJobDuedate(timer.getId(), false);
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(ex.getProcessInstanceId())
                    .taskDefinitionKey(HltaJourneyProcess.SUBMIT_TASKS).singleResult();
            task.setDueDate(morningOf(lastDay));
            engine.getTaskService().saveTask(task);
            return null;
        });
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(HltaJourneyProcess.Vars.VISIT_PREPARATION_DUE_AT, HltaJourneyProcess.Vars.VISIT_PREPARATION_MISSED_AT,
                HltaJourneyProcess.Vars.ASSESSMENT_TASKS_DUE_AT, HltaJourneyProcess.Vars.ASSESSMENT_TASKS_MISSED_AT);
    }
}
