package uk.staffcareers.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.staffcareers.capability.PerformanceConcernProcess.*;
import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.staffcareers.MockSteps;
import uk.staffcareers.ProcessTests;

/**
 * Every path of performance-concern.bpmn, the capability-procedure.bpmn it calls and its meetings; timers by moving the clock.
 * The mocked steps set what each scenario chose (MockSteps); what the real delegates set is in their own tests.
 */
@Deployment(resources = {"models/processes/performance-concern.bpmn", "models/processes/capability-procedure.bpmn",
        "models/processes/capability-meeting.bpmn"})
class PerformanceConcernProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    /** Every test starts on the same morning, whenever it runs. */
    private static final long START = Instant.parse("2026-09-07T07:30:00Z").toEpochMilli();
    private final MockSteps steps = new MockSteps();

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(day(0));
        steps.register("recordConcernDelegate", "recordInformalMeetingDelegate", "recordEmployeeResponseDelegate", "remindReviewerDelegate",
                "recordReviewDelegate", "issueCapabilityNoticeDelegate", "openCapabilityCaseDelegate", "sendInvitationDelegate",
                "recordFormalMeetingDelegate", "recordFormalReviewDelegate", "issueFinalWarningDelegate", "sendDecisionInvitationDelegate",
                "recordDecisionDelegate", "moveMeetingDelegate", "recordDismissalAppealDelegate", "sendDismissalAppealInvitationDelegate",
                "sendDismissalAppealOutcomeDelegate");
        steps.decides("recordConcernDelegate", Map.of(CONCERN_ID, 3L, STAFF_NAME, "Ben Lewis", EMPLOYEE, "ben.lewis",
                REVIEWER, "priya.shah", HEADTEACHER, "helen.carter", HR_ADVISER, "kate.morgan"));
        // The dates the timers and due dates of these scenarios read, as the steps would set them from the policy.
        steps.decides("recordInformalMeetingDelegate", Map.of(REVIEW_AT, day(20), REMINDER_AT, day(18)));
        steps.decides("openCapabilityCaseDelegate", CAPABILITY_CASE_ID, 9L);
        steps.decides("sendInvitationDelegate", Map.of(MEETING_AT, day(50), MEETING, "FORMAL"));
        steps.decides("recordFormalMeetingDelegate", MONITORING_UNTIL, day(92));
        // Unless a scenario says otherwise, no final warning has been given when the formal review is recorded.
        steps.decides("recordFormalReviewDelegate", Map.of(MONITORING_UNTIL, day(134), FINAL_WARNING_GIVEN, false));
        steps.decides("issueFinalWarningDelegate", MONITORING_UNTIL, day(134));
        steps.decides("sendDecisionInvitationDelegate", Map.of(DECISION_MEETING_AT, day(150), MEETING, "DECISION"));
        steps.decides("recordDecisionDelegate", APPEAL_BY, day(164));
        steps.decides("moveMeetingDelegate", MEETING_AT, day(53));
        steps.decides("sendDismissalAppealInvitationDelegate", Map.of(APPEAL_HEARING_AT, day(180), MEETING, "APPEAL"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void enoughImprovementClosesTheConcern() {
        ProcessInstance pi = raiseAndMeet();
        assertThat(taskQuery().processInstanceId(pi.getId()).taskAssignee("ben.lewis").singleResult()).isNotNull();
        complete(taskQuery().processInstanceId(pi.getId()).taskAssignee("ben.lewis").singleResult(),
                withVariables("employeeComments", "I will use the coaching", "recordReceived", true));

        reachReview(pi, 18, 20);
        assertThat(task(pi)).isAssignedTo("priya.shah");
        assertThat(task(pi).getDueDate()).isEqualTo(day(20));
        complete(task(pi), withVariables(REVIEW_OUTCOME.name(), "SUFFICIENT"));

        assertThat(pi).isEnded().hasPassed("EndEvent_ConcernClosed", "EndEvent_ResponseRecorded");
        assertThat(steps.ran()).containsExactly("Task_RecordConcern", "Task_RecordMeetingOutcome", "Task_RecordResponse",
                "Task_RemindReviewer", "Task_RecordReview");
    }

    @Test
    void anExtensionThenNotEnoughImprovementPassesTheCaseToHrWhoRunTheCapabilityProcedure() {
        ProcessInstance pi = raiseAndMeet();
        reachReview(pi, 18, 20);
        steps.decides("recordReviewDelegate", Map.of(REVIEW_AT, day(40), REMINDER_AT, day(38)));
        complete(reviewTask(pi), withVariables(REVIEW_OUTCOME.name(), "EXTENDED", "newReviewDate", "2026-10-19"));
        reachReview(pi, 38, 40);
        complete(reviewTask(pi), withVariables(REVIEW_OUTCOME.name(), "INSUFFICIENT", "remainingIssues", "Planning"));

        assertThat(pi).isWaitingAt("Task_OpenCapabilityCase").hasPassed("Task_IssueCapabilityNotice");
        complete(taskQuery().processInstanceId(pi.getId()).taskAssignee("kate.morgan").singleResult());

        ProcessInstance capability = calledProcessInstance(pi);
        assertThat(runtimeService().getVariable(capability.getId(), CONCERN_ID.name())).as("the concern goes with the case").isEqualTo(3L);
        assertThat(capability).isWaitingAt("Task_InviteToFormalMeeting");
        assertThat(task(capability)).isAssignedTo("kate.morgan");
        complete(task(capability));
        ClockUtil.setCurrentTime(day(50));
        meetingDay(capability);
        complete(task(capability));
        ClockUtil.setCurrentTime(day(92));
        execute(job("Event_MonitoringEnded", capability));
        complete(task(capability), withVariables(FORMAL_OUTCOME.name(), "FURTHER_MONITORING", "furtherWeeks", 6));
        ClockUtil.setCurrentTime(day(134));
        execute(job("Event_MonitoringEnded", capability));
        complete(task(capability), withVariables(FORMAL_OUTCOME.name(), "IMPROVED"));

        assertThat(capability).isEnded().hasPassed("EndEvent_Improved");
        assertThat(pi).isWaitingAt("Task_RespondToConcern");
        complete(taskQuery().processInstanceId(pi.getId()).taskAssignee("ben.lewis").singleResult());
        assertThat(pi).isEnded().hasPassed("EndEvent_CapabilityConcluded", "EndEvent_ResponseRecorded");
        assertThat(steps.ran()).containsSubsequence("Task_RecordReview", "Task_RecordReview", "Task_IssueCapabilityNotice", "Task_OpenCase",
                "Task_SendInvitation", "Task_RecordMonitoring", "Task_RecordFormalReview", "Task_RecordFormalReview");
    }

    @Test
    void notImprovedGivesAFinalWarningThenADecisionMeetingThatMayFindImprovement() {
        ProcessInstance capability = reachFormalReview();
        complete(task(capability), withVariables(FORMAL_OUTCOME.name(), "NOT_IMPROVED"));
        assertThat(capability).isWaitingAt("Event_MonitoringEnded").hasPassed("Task_IssueFinalWarning");
        ClockUtil.setCurrentTime(day(134));
        execute(job("Event_MonitoringEnded", capability));
        steps.decides("recordFormalReviewDelegate", FINAL_WARNING_GIVEN, true);
        complete(task(capability), withVariables(FORMAL_OUTCOME.name(), "NOT_IMPROVED"));
        reachDecisionMeeting(capability);
        complete(task(capability), withVariables(DECISION.name(), "IMPROVED"));

        assertThat(capability).isEnded().hasPassed("EndEvent_ImprovedAtDecision");
        assertThat(steps.ran()).containsExactly("Task_OpenCase", "Task_SendInvitation", "Task_RecordMonitoring", "Task_RecordFormalReview",
                "Task_IssueFinalWarning", "Task_RecordFormalReview", "Task_SendDecisionInvitation", "Task_RecordDecision");
    }

    @Test
    void aDismissalNotAppealedWithinTheWindowStands() {
        ProcessInstance capability = dismissed();
        assertThat(task(capability)).isAssignedTo("ben.lewis");
        assertThat(task(capability).getDueDate()).isEqualTo(day(164));
        ClockUtil.setCurrentTime(day(164));
        execute(job("Event_AppealWindowClosed", capability));
        assertThat(capability).isEnded().hasPassed("EndEvent_NoAppeal").hasNotPassed("Task_RecordAppeal");
    }

    @Test
    void anAppealIsArrangedHeardAndAnswered() {
        ProcessInstance capability = dismissed();
        complete(task(capability), withVariables("appealGrounds", "The support was not given"));
        assertThat(capability).isWaitingAt("Task_ArrangeAppealHearing");
        assertThat(task(capability)).isAssignedTo("kate.morgan");
        complete(task(capability));
        ClockUtil.setCurrentTime(day(180));
        meetingDay(capability);
        assertThat(task(capability)).isAssignedTo("kate.morgan");
        complete(task(capability), withVariables("appealOutcome", "NOT_UPHELD"));

        assertThat(capability).isEnded().hasPassed("Task_SendAppealOutcome", "EndEvent_AppealHeard");
        assertThat(steps.ran()).endsWith("Task_RecordDecision", "Task_RecordAppeal", "Task_SendAppealInvitation", "Task_SendAppealOutcome");
    }

    @Test
    void theEmployeeMovesAMeetingOnceAndItGoesAheadAtTheNewTime() {
        ProcessInstance capability = runtimeService().startProcessInstanceByKey(CAPABILITY_KEY,
                withVariables(STAFF_ID.name(), "E1005", CONCERN_ID.name(), 3L, HR_ADVISER.name(), "kate.morgan", EMPLOYEE.name(), "ben.lewis"));
        complete(task(capability));
        ProcessInstance meeting = calledProcessInstance(capability);
        assertThat(task(meeting)).isAssignedTo("ben.lewis");
        assertThat(task(meeting).getDueDate()).isEqualTo(day(50));
        complete(task(meeting), withVariables("moveReason", "My union representative is on a course"));

        assertThat(meeting).isWaitingAt("Event_MovedMeetingDay");
        assertThat(taskQuery().processInstanceId(meeting.getId()).count()).as("moved once: no second request").isZero();
        ClockUtil.setCurrentTime(day(53));
        execute(job("Event_MovedMeetingDay", meeting));
        assertThat(meeting).isEnded().hasPassed("EndEvent_MovedMeetingDay");
        assertThat(capability).isWaitingAt("Task_RecordFormalMeeting");
        assertThat(runtimeService().getVariable(capability.getId(), MEETING_AT.name())).isEqualTo(day(53));
        complete(task(capability));
        ClockUtil.setCurrentTime(day(92));
        execute(job("Event_MonitoringEnded", capability));
        complete(task(capability), withVariables(FORMAL_OUTCOME.name(), "IMPROVED"));
        assertThat(capability).isEnded().hasPassed("EndEvent_Improved");
        assertThat(steps.ran()).contains("Task_MoveMeeting");
    }

    /** The meeting's day comes and nobody asked to move it. */
    private void meetingDay(ProcessInstance capability) {
        ProcessInstance meeting = calledProcessInstance(capability);
        execute(job("Event_MeetingDay", meeting));
        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingDay");
    }

    private ProcessInstance dismissed() {
        steps.decides("recordFormalReviewDelegate", FINAL_WARNING_GIVEN, true);
        ProcessInstance capability = reachFormalReview();
        complete(task(capability), withVariables(FORMAL_OUTCOME.name(), "NOT_IMPROVED"));
        reachDecisionMeeting(capability);
        complete(task(capability), withVariables(DECISION.name(), "DISMISSAL"));
        assertThat(capability).isWaitingAt("Task_AppealAgainstDismissal");
        return capability;
    }

    private ProcessInstance reachFormalReview() {
        ProcessInstance capability = runtimeService().startProcessInstanceByKey(CAPABILITY_KEY,
                withVariables(STAFF_ID.name(), "E1005", CONCERN_ID.name(), 3L, HR_ADVISER.name(), "kate.morgan", EMPLOYEE.name(), "ben.lewis"));
        complete(task(capability));
        ClockUtil.setCurrentTime(day(50));
        meetingDay(capability);
        complete(task(capability));
        ClockUtil.setCurrentTime(day(92));
        execute(job("Event_MonitoringEnded", capability));
        assertThat(capability).isWaitingAt("Task_HoldFormalReview");
        return capability;
    }

    private void reachDecisionMeeting(ProcessInstance capability) {
        assertThat(capability).isWaitingAt("Task_InviteToDecisionMeeting");
        assertThat(task(capability)).isAssignedTo("kate.morgan");
        complete(task(capability));
        ClockUtil.setCurrentTime(day(150));
        meetingDay(capability);
        assertThat(capability).isWaitingAt("Task_HoldDecisionMeeting");
        assertThat(task(capability)).isAssignedTo("kate.morgan");
    }

    @Test
    void anAppraisalRaisesAConcernByMessage() {
        ProcessInstance pi = runtimeService().createMessageCorrelation(MESSAGE_RAISED).setVariable(STAFF_ID.name(), "E1005")
                .setVariable(DESCRIPTION.name(), "Lesson planning below expectations").setVariable(RAISED_BY.name(), "priya.shah")
                .setVariable(APPRAISAL_REF.name(), "APPRAISAL-2026/27-E1005").correlateStartMessage();
        assertThat(pi).isWaitingAt("Task_RecordInformalMeeting").hasPassed("StartEvent_ConcernRaisedInAppraisal");
        complete(task(pi));
        complete(taskQuery().processInstanceId(pi.getId()).taskAssignee("ben.lewis").singleResult());
        reachReview(pi, 18, 20);
        complete(reviewTask(pi), withVariables(REVIEW_OUTCOME.name(), "SUFFICIENT"));
        assertThat(pi).isEnded().hasPassed("EndEvent_ConcernClosed");
    }

    private ProcessInstance raiseAndMeet() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY,
                withVariables(STAFF_ID.name(), "E1005", DESCRIPTION.name(), "Planning not done", RAISED_BY.name(), "priya.shah"));
        assertThat(pi).isWaitingAt("Task_RecordInformalMeeting");
        assertThat(task(pi)).isAssignedTo("priya.shah");
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_RespondToConcern", "Event_ReviewReminderDue");
        return pi;
    }

    private void reachReview(ProcessInstance pi, int reminderDay, int reviewDay) {
        ClockUtil.setCurrentTime(day(reminderDay));
        execute(job("Event_ReviewReminderDue", pi));
        execute(job("Task_RemindReviewer", pi));
        ClockUtil.setCurrentTime(day(reviewDay));
        execute(job("Event_ReviewDateReached", pi));
        assertThat(pi).isWaitingAt("Task_ReviewProgress");
    }

    /** The morning of the given day of the scenario. */
    private static Date day(int day) {
        return new Date(START + day * DAY);
    }

    private static org.camunda.bpm.engine.task.Task reviewTask(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewProgress").singleResult();
    }
}
