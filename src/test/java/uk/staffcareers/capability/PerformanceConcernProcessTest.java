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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.staffcareers.ProcessTests;

/** Every path of performance-concern.bpmn, the capability-procedure.bpmn it calls and its meetings; timers by moving the clock. */
@Deployment(resources = {"models/processes/performance-concern.bpmn", "models/processes/capability-procedure.bpmn",
        "models/processes/capability-meeting.bpmn"})
class PerformanceConcernProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    private final long start = System.currentTimeMillis();
    private final List<String> calls = new ArrayList<>();
    private boolean finalWarningGiven;

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(new Date(start));
        Mocks.register("recordConcernDelegate", (JavaDelegate) ex -> {
            calls.add("raised by " + ex.getVariable(RAISED_BY));
            ex.setVariable(CONCERN_ID, 3L);
            ex.setVariable(STAFF_NAME, "Ben Lewis");
            ex.setVariable(EMPLOYEE, "ben.lewis");
            ex.setVariable(REVIEWER, "priya.shah");
            ex.setVariable(HEADTEACHER, "helen.carter");
            ex.setVariable(HR_ADVISER, "kate.morgan");
        });
        Mocks.register("recordInformalMeetingDelegate", (JavaDelegate) ex -> {
            calls.add("meeting");
            ex.setVariable(REVIEW_AT, new Date(start + 20 * DAY));
            ex.setVariable(REMINDER_AT, new Date(start + 18 * DAY));
        });
        Mocks.register("recordEmployeeResponseDelegate", (JavaDelegate) ex -> calls.add("response"));
        Mocks.register("remindReviewerDelegate", (JavaDelegate) ex -> calls.add("reminded"));
        Mocks.register("recordReviewDelegate", (JavaDelegate) ex -> {
            calls.add("review " + ex.getVariable(REVIEW_OUTCOME));
            if ("EXTENDED".equals(ex.getVariable(REVIEW_OUTCOME))) {
                ex.setVariable(REVIEW_AT, new Date(start + 40 * DAY));
                ex.setVariable(REMINDER_AT, new Date(start + 38 * DAY));
            }
        });
        Mocks.register("issueCapabilityNoticeDelegate", (JavaDelegate) ex -> calls.add("notice"));
        Mocks.register("openCapabilityCaseDelegate", (JavaDelegate) ex -> {
            calls.add("case opened for concern " + ex.getVariable(CONCERN_ID));
            ex.setVariable(CAPABILITY_CASE_ID, 9L);
        });
        Mocks.register("sendInvitationDelegate", (JavaDelegate) ex -> {
            calls.add("invited");
            ex.setVariable(MEETING_AT, new Date(start + 50 * DAY));
            ex.setVariable(MEETING, "FORMAL");
        });
        Mocks.register("recordFormalMeetingDelegate", (JavaDelegate) ex -> {
            calls.add("targets");
            ex.setVariable(MONITORING_UNTIL, new Date(start + 92 * DAY));
        });
        Mocks.register("recordFormalReviewDelegate", (JavaDelegate) ex -> {
            calls.add("formal review " + ex.getVariable(FORMAL_OUTCOME));
            ex.setVariable(MONITORING_UNTIL, new Date(start + 134 * DAY));
            ex.setVariable(FINAL_WARNING_GIVEN, finalWarningGiven);
        });
        Mocks.register("issueFinalWarningDelegate", (JavaDelegate) ex -> {
            calls.add("final warning");
            finalWarningGiven = true;
            ex.setVariable(MONITORING_UNTIL, new Date(start + 134 * DAY));
        });
        Mocks.register("sendDecisionInvitationDelegate", (JavaDelegate) ex -> {
            calls.add("invited to decision");
            ex.setVariable(DECISION_MEETING_AT, new Date(start + 150 * DAY));
            ex.setVariable(MEETING, "DECISION");
        });
        Mocks.register("recordDecisionDelegate", (JavaDelegate) ex -> {
            calls.add("decision " + ex.getVariable(DECISION));
            ex.setVariable(APPEAL_BY, new Date(start + 164 * DAY));
        });
        Mocks.register("moveMeetingDelegate", (JavaDelegate) ex -> {
            calls.add("moved " + ex.getVariable(MEETING) + " because " + ex.getVariable("moveReason"));
            ex.setVariable(MEETING_AT, new Date(start + 53 * DAY));
        });
        Mocks.register("recordDismissalAppealDelegate", (JavaDelegate) ex -> calls.add("appeal " + ex.getVariable("appealGrounds")));
        Mocks.register("sendDismissalAppealInvitationDelegate", (JavaDelegate) ex -> {
            calls.add("appeal hearing");
            ex.setVariable(APPEAL_HEARING_AT, new Date(start + 180 * DAY));
            ex.setVariable(MEETING, "APPEAL");
        });
        Mocks.register("sendDismissalAppealOutcomeDelegate", (JavaDelegate) ex -> calls.add("appeal " + ex.getVariable("appealOutcome")));
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
        assertThat(task(pi).getDueDate()).isEqualTo(new Date(start + 20 * DAY));
        complete(task(pi), withVariables(REVIEW_OUTCOME, "SUFFICIENT"));

        assertThat(pi).isEnded().hasPassed("EndEvent_ConcernClosed", "EndEvent_ResponseRecorded");
        assertThat(calls).containsExactly("raised by priya.shah", "meeting", "response", "reminded", "review SUFFICIENT");
    }

    @Test
    void anExtensionThenNotEnoughImprovementPassesTheCaseToHrWhoRunTheCapabilityProcedure() {
        ProcessInstance pi = raiseAndMeet();
        reachReview(pi, 18, 20);
        complete(reviewTask(pi), withVariables(REVIEW_OUTCOME, "EXTENDED"));
        reachReview(pi, 38, 40);
        complete(reviewTask(pi), withVariables(REVIEW_OUTCOME, "INSUFFICIENT", "remainingIssues", "Planning"));

        assertThat(pi).isWaitingAt("Task_OpenCapabilityCase").hasPassed("Task_IssueCapabilityNotice");
        complete(taskQuery().processInstanceId(pi.getId()).taskAssignee("kate.morgan").singleResult());

        ProcessInstance capability = calledProcessInstance(pi);
        assertThat(capability).isWaitingAt("Task_InviteToFormalMeeting");
        assertThat(task(capability)).isAssignedTo("kate.morgan");
        complete(task(capability));
        ClockUtil.setCurrentTime(new Date(start + 50 * DAY));
        meetingDay(capability);
        complete(task(capability));
        ClockUtil.setCurrentTime(new Date(start + 92 * DAY));
        execute(job("Event_MonitoringEnded", capability));
        complete(task(capability), withVariables(FORMAL_OUTCOME, "FURTHER_MONITORING", "furtherWeeks", 6));
        ClockUtil.setCurrentTime(new Date(start + 134 * DAY));
        execute(job("Event_MonitoringEnded", capability));
        complete(task(capability), withVariables(FORMAL_OUTCOME, "IMPROVED"));

        assertThat(capability).isEnded().hasPassed("EndEvent_Improved");
        assertThat(calls).contains("review EXTENDED", "review INSUFFICIENT", "notice", "case opened for concern 3", "invited",
                "targets", "formal review FURTHER_MONITORING", "formal review IMPROVED");
    }

    @Test
    void notImprovedGivesAFinalWarningThenADecisionMeetingThatMayFindImprovement() {
        ProcessInstance capability = reachFormalReview();
        complete(task(capability), withVariables(FORMAL_OUTCOME, "NOT_IMPROVED"));
        assertThat(capability).isWaitingAt("Event_MonitoringEnded").hasPassed("Task_IssueFinalWarning");
        ClockUtil.setCurrentTime(new Date(start + 134 * DAY));
        execute(job("Event_MonitoringEnded", capability));
        complete(task(capability), withVariables(FORMAL_OUTCOME, "NOT_IMPROVED"));
        reachDecisionMeeting(capability);
        complete(task(capability), withVariables(DECISION, "IMPROVED"));

        assertThat(capability).isEnded().hasPassed("EndEvent_ImprovedAtDecision");
        assertThat(calls).containsExactly("case opened for concern 3", "invited", "targets", "formal review NOT_IMPROVED",
                "final warning", "formal review NOT_IMPROVED", "invited to decision", "decision IMPROVED");
    }

    @Test
    void aDismissalNotAppealedWithinTheWindowStands() {
        ProcessInstance capability = dismissed();
        assertThat(task(capability)).isAssignedTo("ben.lewis");
        assertThat(task(capability).getDueDate()).isEqualTo(new Date(start + 164 * DAY));
        ClockUtil.setCurrentTime(new Date(start + 164 * DAY));
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
        ClockUtil.setCurrentTime(new Date(start + 180 * DAY));
        meetingDay(capability);
        assertThat(task(capability)).isAssignedTo("kate.morgan");
        complete(task(capability), withVariables("appealOutcome", "NOT_UPHELD"));

        assertThat(capability).isEnded().hasPassed("Task_SendAppealOutcome", "EndEvent_AppealHeard");
        assertThat(calls).endsWith("decision DISMISSAL", "appeal The support was not given", "appeal hearing", "appeal NOT_UPHELD");
    }

    @Test
    void theEmployeeMovesAMeetingOnceAndItGoesAheadAtTheNewTime() {
        ProcessInstance capability = runtimeService().startProcessInstanceByKey(CAPABILITY_KEY,
                withVariables(STAFF_ID, "E1005", CONCERN_ID, 3L, HR_ADVISER, "kate.morgan", EMPLOYEE, "ben.lewis"));
        complete(task(capability));
        ProcessInstance meeting = calledProcessInstance(capability);
        assertThat(task(meeting)).isAssignedTo("ben.lewis");
        assertThat(task(meeting).getDueDate()).isEqualTo(new Date(start + 50 * DAY));
        complete(task(meeting), withVariables("moveReason", "My union representative is on a course"));

        assertThat(meeting).isWaitingAt("Event_MovedMeetingDay");
        assertThat(taskQuery().processInstanceId(meeting.getId()).count()).as("moved once: no second request").isZero();
        ClockUtil.setCurrentTime(new Date(start + 53 * DAY));
        execute(job("Event_MovedMeetingDay", meeting));
        assertThat(meeting).isEnded().hasPassed("EndEvent_MovedMeetingDay");
        assertThat(capability).isWaitingAt("Task_RecordFormalMeeting");
        assertThat(runtimeService().getVariable(capability.getId(), MEETING_AT)).isEqualTo(new Date(start + 53 * DAY));
        assertThat(calls).contains("moved FORMAL because My union representative is on a course");
    }

    /** The meeting's day comes and nobody asked to move it. */
    private void meetingDay(ProcessInstance capability) {
        ProcessInstance meeting = calledProcessInstance(capability);
        execute(job("Event_MeetingDay", meeting));
        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingDay");
    }

    private ProcessInstance dismissed() {
        finalWarningGiven = true;
        ProcessInstance capability = reachFormalReview();
        complete(task(capability), withVariables(FORMAL_OUTCOME, "NOT_IMPROVED"));
        reachDecisionMeeting(capability);
        complete(task(capability), withVariables(DECISION, "DISMISSAL"));
        assertThat(capability).isWaitingAt("Task_AppealAgainstDismissal");
        return capability;
    }

    private ProcessInstance reachFormalReview() {
        ProcessInstance capability = runtimeService().startProcessInstanceByKey(CAPABILITY_KEY,
                withVariables(STAFF_ID, "E1005", CONCERN_ID, 3L, HR_ADVISER, "kate.morgan", EMPLOYEE, "ben.lewis"));
        complete(task(capability));
        ClockUtil.setCurrentTime(new Date(start + 50 * DAY));
        meetingDay(capability);
        complete(task(capability));
        ClockUtil.setCurrentTime(new Date(start + 92 * DAY));
        execute(job("Event_MonitoringEnded", capability));
        assertThat(capability).isWaitingAt("Task_HoldFormalReview");
        return capability;
    }

    private void reachDecisionMeeting(ProcessInstance capability) {
        assertThat(capability).isWaitingAt("Task_InviteToDecisionMeeting");
        assertThat(task(capability)).isAssignedTo("kate.morgan");
        complete(task(capability));
        ClockUtil.setCurrentTime(new Date(start + 150 * DAY));
        meetingDay(capability);
        assertThat(capability).isWaitingAt("Task_HoldDecisionMeeting");
        assertThat(task(capability)).isAssignedTo("kate.morgan");
    }

    @Test
    void anAppraisalRaisesAConcernByMessage() {
        ProcessInstance pi = runtimeService().createMessageCorrelation(MESSAGE_RAISED).setVariable(STAFF_ID, "E1005")
                .setVariable(DESCRIPTION, "Lesson planning below expectations").setVariable(RAISED_BY, "priya.shah")
                .setVariable(APPRAISAL_REF, "APPRAISAL-2026/27-E1005").correlateStartMessage();
        assertThat(pi).isWaitingAt("Task_RecordInformalMeeting").hasPassed("StartEvent_ConcernRaisedInAppraisal");
    }

    private ProcessInstance raiseAndMeet() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY,
                withVariables(STAFF_ID, "E1005", DESCRIPTION, "Planning not done", RAISED_BY, "priya.shah"));
        assertThat(pi).isWaitingAt("Task_RecordInformalMeeting");
        assertThat(task(pi)).isAssignedTo("priya.shah");
        complete(task(pi));
        assertThat(pi).isWaitingAt("Task_RespondToConcern", "Event_ReviewReminderDue");
        return pi;
    }

    private void reachReview(ProcessInstance pi, int reminderDay, int reviewDay) {
        ClockUtil.setCurrentTime(new Date(start + reminderDay * DAY));
        execute(job("Event_ReviewReminderDue", pi));
        execute(job("Task_RemindReviewer", pi));
        ClockUtil.setCurrentTime(new Date(start + reviewDay * DAY));
        execute(job("Event_ReviewDateReached", pi));
        assertThat(pi).isWaitingAt("Task_ReviewProgress");
    }

    private static org.camunda.bpm.engine.task.Task reviewTask(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ReviewProgress").singleResult();
    }
}
