package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.policy.PolicySettings;
import uk.staffcareers.policy.SchoolCalendars;
import uk.staffcareers.policy.TrustPolicy;
import uk.staffcareers.policy.WorkingDays;

/** Task_SetVisitDeadlines: the visit booked, its preparation is due the school day before and the written tasks may come forward. */
class SetVisitDeadlinesDelegateTest {

    private static final Clock MONDAY_1_MARCH = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneId.of("Europe/London"));
    private final Assessments assessments = mock(Assessments.class);
    private final PolicySettings policy = mock(PolicySettings.class);
    private final SchoolCalendars calendars = mock(SchoolCalendars.class);
    private final ManagementService management = mock(ManagementService.class, RETURNS_DEEP_STUBS);
    private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);

    @BeforeEach
    void theSchool() {
        when(policy.forStaff("E1007")).thenReturn(TrustPolicy.DEFAULTS);
        when(calendars.forStaff("E1007")).thenReturn(WorkingDays.bankHolidaysOnly());
        // Thursday 11 March 2027.
        when(assessments.visitOn(1L)).thenReturn(LocalDate.of(2027, 3, 11));
    }

    @Test
    void theVisitPreparationIsDueTheSchoolDayBeforeTheVisit() {
        FakeExecution ex = booked("2027-03-01T08:30:00Z");
        ex.run(delegate(MONDAY_1_MARCH));
        assertThat(ex.variable(VISIT_PREPARATION_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-03-10T08:30:00Z")));
        assertThat(ex.variable(VISIT_PREPARATION_MISSED_AT)).isEqualTo(Date.from(Instant.parse("2027-03-11T08:30:00Z")));
        assertThat(ex.variable(ASSESSMENT_TASKS_DUE_AT)).as("already earlier than five working days before the visit: unchanged")
                .isEqualTo(Date.from(Instant.parse("2027-03-01T08:30:00Z")));
    }

    @Test
    void theWrittenTasksComeForwardToFiveWorkingDaysBeforeTheVisitTimerAndTaskWithThem() {
        Job timer = mock(Job.class);
        when(timer.getId()).thenReturn("timer-1");
        when(management.createJobQuery().processInstanceId("case-under-test").activityId(HltaJourneyProcess.TASKS_NOT_SUBMITTED)
                .singleResult()).thenReturn(timer);
        Task submitTasks = mock(Task.class);
        when(tasks.createTaskQuery().processInstanceId("case-under-test").taskDefinitionKey(HltaJourneyProcess.SUBMIT_TASKS)
                .singleResult()).thenReturn(submitTasks);
        FakeExecution ex = booked("2027-03-19T08:30:00Z");

        ex.run(delegate(MONDAY_1_MARCH));

        Date thursday4March = Date.from(Instant.parse("2027-03-04T08:30:00Z"));
        assertThat(ex.variable(ASSESSMENT_TASKS_DUE_AT)).isEqualTo(thursday4March);
        assertThat(ex.variable(ASSESSMENT_TASKS_MISSED_AT)).isEqualTo(Date.from(Instant.parse("2027-03-05T08:30:00Z")));
        verify(management).recalculateJobDuedate("timer-1", false);
        verify(submitTasks).setDueDate(thursday4March);
        verify(tasks).saveTask(submitTasks);
    }

    @Test
    void aVisitSoonerThanFiveWorkingDaysAwayMakesTheTasksDueToday() {
        Clock tuesday9March = Clock.fixed(Instant.parse("2027-03-09T10:00:00Z"), ZoneId.of("Europe/London"));
        when(management.createJobQuery().processInstanceId("case-under-test").activityId(HltaJourneyProcess.TASKS_NOT_SUBMITTED)
                .singleResult()).thenReturn(mock(Job.class));
        FakeExecution ex = booked("2027-03-19T08:30:00Z");

        ex.run(delegate(tuesday9March));

        assertThat(ex.variable(ASSESSMENT_TASKS_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-03-09T08:30:00Z")));
    }

    @Test
    void tasksAlreadySubmittedHaveNoTimerToMove() {
        when(management.createJobQuery().processInstanceId("case-under-test").activityId(HltaJourneyProcess.TASKS_NOT_SUBMITTED)
                .singleResult()).thenReturn(null);
        FakeExecution ex = booked("2027-03-19T08:30:00Z");

        ex.run(delegate(MONDAY_1_MARCH));

        assertThat(ex.variable(ASSESSMENT_TASKS_DUE_AT)).isEqualTo(Date.from(Instant.parse("2027-03-19T08:30:00Z")));
        verify(management, never()).recalculateJobDuedate("timer-1", false);
    }

    private SetVisitDeadlinesDelegate delegate(Clock clock) {
        return new SetVisitDeadlinesDelegate(assessments, policy, calendars, clock);
    }

    private FakeExecution booked(String tasksDueAt) {
        FakeExecution ex = FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007", ASSESSMENT_TASKS_DUE_AT, Date.from(Instant.parse(tasksDueAt)));
        when(ex.engine().getManagementService()).thenReturn(management);
        when(ex.engine().getTaskService()).thenReturn(tasks);
        return ex;
    }
}
