package uk.staffcareers.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.staffcareers.ProcessTests;

/** Every path of appraisal-cycle.bpmn and appraisal-launch.bpmn, with the real decision tables; timers by moving the clock. */
@Deployment(resources = {"models/processes/appraisal-cycle.bpmn", "models/processes/appraisal-launch.bpmn",
        "models/processes/appraisal-expectations.dmn", "models/processes/pay-recommendation.dmn"})
class AppraisalCycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    /** What opening the record finds in the directory, as test data: employee, role, stage, overseer, trust's lead appraiser, pay decider. */
    private static final Map<String, String[]> OPENED = Map.of(
            "E1004", new String[] {"amy.hughes", "TEACHING_ASSISTANT", "CORE", "helen.carter", null, "helen.carter"},
            "E1001", new String[] {"helen.carter", "HEADTEACHER", null, "john.ashworth", "sarah.whitfield", "john.ashworth"},
            "T0001", new String[] {"sarah.whitfield", "CEO", null, "john.ashworth", "john.ashworth", "john.ashworth"});
    private final long start = System.currentTimeMillis();
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(new Date(start));
        Mocks.register("openAppraisalDelegate", (JavaDelegate) ex -> {
            String[] opened = OPENED.get((String) ex.getVariable(STAFF_ID));
            calls.add("opened");
            ex.setVariable(APPRAISAL_ID, 7L);
            ex.setVariable(EMPLOYEE, opened[0]);
            ex.setVariable(ROLE, opened[1]);
            ex.setVariable(CAREER_STAGE, opened[2]);
            ex.setVariable(HEADTEACHER, opened[3]);
            ex.setVariable(APPRAISED_BY_TRUST, opened[4] != null);
            ex.setVariable(APPRAISER, opened[4]);
            ex.setVariable(PAY_DECIDER, opened[5]);
            ex.setVariable(HR_ADVISER, "kate.morgan");
            ex.setVariable(APPRAISER_DUE_AT, new Date(start + 7 * DAY));
            ex.setVariable(OBJECTIVES_DUE_AT, new Date(start + 30 * DAY));
            ex.setVariable(OBJECTIVES_ESCALATE_AT, new Date(start + 37 * DAY));
            ex.setVariable(INTERIM_DUE_AT, new Date(start + 150 * DAY));
            ex.setVariable(ANNUAL_OPENS_AT, new Date(start + 280 * DAY));
            ex.setVariable(PERIOD_END_AT, new Date(start + 320 * DAY));
        });
        Mocks.register("objectiveGuidanceDelegate", (JavaDelegate) ex -> {
            calls.add("guidance " + ex.getVariable(OBJECTIVE_FOCUS));
            ex.setVariable(OBJECTIVE_GUIDANCE, "Expectations at Core 2");
        });
        Mocks.register("recordAppraiserDelegate", (JavaDelegate) ex -> {
            calls.add("appraiser " + ex.getVariable(APPRAISER_STAFF_ID));
            ex.setVariable(APPRAISER, "tom.bennett");
        });
        Mocks.register("recordObjectivesDelegate", (JavaDelegate) ex -> {
            calls.add("objectives " + ex.getCurrentActivityId());
            ex.setVariable(AGREEMENT_DUE_AT, new Date(ClockUtil.getCurrentTime().getTime() + 7 * DAY));
        });
        Mocks.register("recordObjectivesAnswerDelegate", (JavaDelegate) ex -> {
            calls.add("answer " + ex.getVariable(AGREEMENT));
            ex.setVariable(OBJECTIVES_AGREED, "AGREE".equals(ex.getVariable(AGREEMENT)));
        });
        Mocks.register("remindAppraiserDelegate", (JavaDelegate) ex -> calls.add("appraiser reminded"));
        Mocks.register("alertHeadteacherDelegate", (JavaDelegate) ex -> calls.add("headteacher alerted"));
        Mocks.register("recordInterimReviewDelegate", (JavaDelegate) ex -> {
            calls.add("interim review");
            long now = ClockUtil.getCurrentTime().getTime();
            ex.setVariable(INTERIM_COMMENTS_DUE_AT, new Date(now + 10 * DAY));
            ex.setVariable(REVISION_DUE_AT, new Date(now + 20 * DAY));
            ex.setVariable(INTERIM_CHANGES_NEEDED, "YES".equals(ex.getVariable("changesNeeded")));
            ex.setVariable(ANOTHER_INTERIM_REVIEW, ex.getVariable(NEXT_REVIEW_ON) != null);
            ex.setVariable(NEXT_INTERIM_REVIEW_AT, new Date(start + 220 * DAY));
        });
        Mocks.register("noAnswerGivenDelegate", (JavaDelegate) ex -> {
            calls.add("no answer " + ex.getCurrentActivityId());
            ex.setVariable(PAY_DECISION_DUE_AT, new Date(start + 315 * DAY));
        });
        Mocks.register("tellAppraisalEndedDelegate", (JavaDelegate) ex -> calls.add("told: ended"));
        Mocks.register("recordInterimCommentsDelegate", (JavaDelegate) ex -> calls.add("interim comments"));
        Mocks.register("recordInYearEntryDelegate", (JavaDelegate) ex -> calls.add("in year " + ex.getVariable(IN_YEAR_ACTION)));
        Mocks.register("startConcernDelegate", (JavaDelegate) ex -> calls.add("concern started"));
        Mocks.register("sendAnnualInvitationDelegate", (JavaDelegate) ex -> {
            calls.add("invited");
            ex.setVariable(MEETING_AT, new Date(start + 300 * DAY));
        });
        Mocks.register("recordEmployeeEvidenceDelegate", (JavaDelegate) ex -> calls.add("employee evidence"));
        Mocks.register("recordAssessmentDelegate", (JavaDelegate) ex -> calls.add("assessed"));
        Mocks.register("issueReportDelegate", (JavaDelegate) ex -> {
            calls.add("report");
            ex.setVariable(REPORT_ID, 11L);
            ex.setVariable(COMMENTS_DUE_AT, new Date(start + 310 * DAY));
        });
        Mocks.register("recordReportCommentsDelegate", (JavaDelegate) ex -> {
            calls.add("report comments");
            ex.setVariable(PAY_DECISION_DUE_AT, new Date(start + 315 * DAY));
        });
        Mocks.register("notifyPayDecisionDelegate", (JavaDelegate) ex -> {
            calls.add("pay " + ex.getVariable(PAY_DECISION));
            ex.setVariable(APPEAL_DEADLINE, new Date(start + 330 * DAY));
        });
        Mocks.register("recordAppealDelegate", (JavaDelegate) ex -> {
            calls.add("appeal " + ex.getVariable("appealChoice"));
            ex.setVariable(APPEALED, "APPEAL".equals(ex.getVariable("appealChoice")));
            ex.setVariable(PAY_REVIEW_DUE_AT, new Date(start + 340 * DAY));
        });
        Mocks.register("recordPayReviewDelegate", (JavaDelegate) ex -> {
            calls.add("review " + ex.getVariable("payReviewOutcome"));
            boolean upheld = "UPHELD".equals(ex.getVariable("payReviewOutcome"));
            ex.setVariable(PAY_REVIEW_UPHELD, upheld);
            if (!upheld) {
                ex.setVariable(HEARING_REQUEST_DEADLINE, new Date(start + 355 * DAY));
            }
        });
        Mocks.register("recordHearingRequestDelegate", (JavaDelegate) ex -> {
            calls.add("hearing " + ex.getVariable("hearingChoice"));
            ex.setVariable(HEARING_REQUESTED, "HEARING".equals(ex.getVariable("hearingChoice")));
            ex.setVariable(HEARING_INVITE_DUE_AT, new Date(start + 360 * DAY));
        });
        Mocks.register("sendHearingInvitationDelegate", (JavaDelegate) ex -> {
            calls.add("hearing invited");
            ex.setVariable(APPEAL_HEARING_DUE_AT, new Date(start + 375 * DAY));
        });
        Mocks.register("recordAppealOutcomeDelegate", (JavaDelegate) ex -> calls.add("appeal outcome " + ex.getVariable("appealOutcome")));
        Mocks.register("carryForwardCpdDelegate", (JavaDelegate) ex -> calls.add("carried forward"));
        Mocks.register("launchAppraisalsDelegate", (JavaDelegate) ex -> calls.add("launched " + ex.getVariable("launchScope")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aTeachingAssistantsYearFromAppraiserToAppeal() {
        ProcessInstance pi = launch("E1004");
        assertThat(pi).hasPassed("Task_DecideExpectations").hasVariables(OBJECTIVE_FOCUS);
        assertThat(runtimeService().getVariable(pi.getId(), OBJECTIVE_FOCUS)).isEqualTo("CAREER_STAGE");
        assertThat(task(pi, "Task_ChooseAppraiser")).isAssignedTo("helen.carter");
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID, "E1002"));

        assertThat(task(pi, "Task_DraftObjectives")).isAssignedTo("tom.bennett").hasDueDate(new Date(start + 30 * DAY));
        complete(task(pi, "Task_DraftObjectives"));
        complete(task(pi, "Task_AgreeObjectives"), withVariables(AGREEMENT, "DISAGREE", OBJECTION, "Too many"));
        complete(task(pi, "Task_SettleObjectives"), withVariables(SETTLEMENT, "REVISE"));
        assertThat(task(pi, "Task_AgreeObjectives")).isAssignedTo("amy.hughes");
        complete(task(pi, "Task_AgreeObjectives"), withVariables(AGREEMENT, "AGREE"));
        assertThat(pi).hasPassed("EndEvent_ObjectivesAgreed").isWaitingAt("Task_HoldInterimReview", "Task_RecordInYear");

        complete(task(pi, "Task_RecordInYear"), withVariables(IN_YEAR_ACTION, "OBSERVATION"));
        complete(task(pi, "Task_RecordInYear"), withVariables(IN_YEAR_ACTION, "RAISE_CONCERN", CONCERN_DESCRIPTION, "Late"));
        assertThat(task(pi, "Task_RecordInYear")).isAssignedTo("tom.bennett");
        completeInterimReviewAndYear(pi);

        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET, 0, OBJECTIVES_PARTLY_MET, 1, UNDER_CAPABILITY, false));
        assertThat(runtimeService().getVariable(pi.getId(), SUGGESTED_PAY)).isEqualTo("PROGRESSION");
        finishReportAndDecide(pi, "PROGRESSION");
        complete(task(pi, "Task_ConsiderAppeal"), withVariables("appealChoice", "APPEAL"));
        appealToAHearing(pi, "helen.carter", "amy.hughes", "UPHELD");

        assertThat(pi).isEnded().hasPassed("Task_RecordAppealOutcome", "EndEvent_YearCompleted");
        assertThat(calls).containsExactly("opened", "guidance CAREER_STAGE", "appraiser E1002", "objectives Task_RecordObjectives", "answer DISAGREE",
                "objectives Task_RecordSettlement", "answer AGREE", "in year OBSERVATION", "in year RAISE_CONCERN", "concern started",
                "interim review", "interim comments", "invited", "employee evidence", "assessed", "report", "report comments",
                "pay PROGRESSION", "appeal APPEAL", "review NOT_UPHELD", "hearing HEARING", "hearing invited", "appeal outcome UPHELD",
                "carried forward");
    }

    @Test
    void aHeadteachersObjectivesAreDeterminedLateAndTheAppealWindowCloses() {
        ProcessInstance pi = launch("E1001");
        assertThat(pi).hasPassed("Gateway_AppraiserKnown").hasNotPassed("Task_ChooseAppraiser");
        assertThat(task(pi, "Task_DraftObjectives")).as("the CEO, not the headteacher herself").isAssignedTo("sarah.whitfield");
        assertThat(calls).containsExactly("opened", "guidance LEADERSHIP");

        ClockUtil.setCurrentTime(new Date(start + 31 * DAY));
        execute(job("Event_ObjectivesOverdue", pi));
        ClockUtil.setCurrentTime(new Date(start + 38 * DAY));
        execute(job("Event_ObjectivesStillOpen", pi));
        assertThat(pi).hasPassed("EndEvent_AppraiserReminded", "EndEvent_HeadteacherAlerted");

        complete(task(pi, "Task_DraftObjectives"));
        complete(task(pi, "Task_AgreeObjectives"), withVariables(AGREEMENT, "DISAGREE"));
        complete(task(pi, "Task_SettleObjectives"), withVariables(SETTLEMENT, "DETERMINE"));
        assertThat(pi).hasPassed("EndEvent_ObjectivesDetermined");
        completeInterimReviewAndYear(pi);

        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET, 1, OBJECTIVES_PARTLY_MET, 0, UNDER_CAPABILITY, false));
        assertThat(runtimeService().getVariable(pi.getId(), SUGGESTED_PAY)).isEqualTo("NO_PROGRESSION");
        finishReportAndDecide(pi, "NO_PROGRESSION");
        ClockUtil.setCurrentTime(new Date(start + 331 * DAY));
        execute(job("Event_AppealWindowClosed", pi));

        assertThat(pi).isEnded().hasPassed("Event_AppealWindowClosed", "EndEvent_YearCompleted").hasNotPassed("Task_RecordAppealChoice");
        assertThat(calls).contains("appraiser reminded", "headteacher alerted", "pay NO_PROGRESSION", "carried forward");
    }

    @Test
    void theCeoIsAppraisedByTheChairOfTrusteesWhoDecidesHerPay() {
        ProcessInstance pi = launch("T0001");
        assertThat(runtimeService().getVariable(pi.getId(), OBJECTIVE_FOCUS)).isEqualTo("TRUST_LEADERSHIP");
        assertThat(pi).hasPassed("Task_GatherGuidance", "Gateway_AppraiserKnown").hasNotPassed("Task_ChooseAppraiser");
        assertThat(task(pi, "Task_DraftObjectives")).isAssignedTo("john.ashworth");
        complete(task(pi, "Task_DraftObjectives"));
        assertThat(task(pi, "Task_AgreeObjectives")).isAssignedTo("sarah.whitfield");
        complete(task(pi, "Task_AgreeObjectives"), withVariables(AGREEMENT, "AGREE"));
        assertThat(task(pi, "Task_HoldInterimReview")).isAssignedTo("john.ashworth");
        completeInterimReviewAndYear(pi);
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET, 0, OBJECTIVES_PARTLY_MET, 0, UNDER_CAPABILITY, false));
        complete(task(pi, "Task_RecommendPay"), withVariables(PAY_RECOMMENDATION, "PROGRESSION", PAY_REASONS, "All met"));
        complete(task(pi, "Task_CommentOnReport"));
        assertThat(task(pi, "Task_DecidePay")).isAssignedTo("john.ashworth");
        assertThat(calls).startsWith("opened", "guidance TRUST_LEADERSHIP");
    }

    @Test
    void underCapabilityTheTableSuggestsNoProgressionAndAnAcceptedDecisionEndsTheYear() {
        ProcessInstance pi = launch("E1004");
        runtimeService().createProcessInstanceModification(pi.getId()).cancelAllForActivity("Task_ChooseAppraiser")
                .startBeforeActivity("Task_AssessYear").setVariable(APPRAISER, "tom.bennett").execute();
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET, 0, OBJECTIVES_PARTLY_MET, 0, UNDER_CAPABILITY, true));
        assertThat(runtimeService().getVariable(pi.getId(), SUGGESTED_PAY)).isEqualTo("NO_PROGRESSION");
        finishReportAndDecide(pi, "NO_PROGRESSION");
        complete(task(pi, "Task_ConsiderAppeal"), withVariables("appealChoice", "ACCEPT"));
        assertThat(pi).isEnded().hasPassed("Task_RecordAppealChoice", "EndEvent_YearCompleted").hasNotPassed("Task_HearAppeal");
    }

    @Test
    void theLaunchFormStartsTheCases() {
        ProcessInstance launch = runtimeService().startProcessInstanceByKey(AppraisalCycleProcess.LAUNCH_KEY,
                withVariables("launchScope", "SCHOOL", "launchTarget", "oakfield"));
        assertThat(launch).isEnded().hasPassed("EndEvent_AppraisalsLaunched");
        assertThat(calls).containsExactly("launched SCHOOL");
    }

    @Test
    void anAppealUpheldAtTheDecidersReviewEndsThere() {
        ProcessInstance pi = yearToAppeal("E1004");
        assertThat(task(pi, "Task_HoldPayReview")).as("the person who decided reviews it").isAssignedTo("helen.carter")
                .hasDueDate(new Date(start + 340 * DAY));
        complete(task(pi, "Task_HoldPayReview"), withVariables("payReviewOutcome", "UPHELD"));
        assertThat(pi).isEnded().hasPassed("Gateway_AppealSettled", "EndEvent_YearCompleted").hasNotPassed("Task_AskForHearing");
        assertThat(calls).endsWith("appeal APPEAL", "review UPHELD", "carried forward");
    }

    @Test
    void notUpheldAtTheReviewTheEmployeeAcceptsTheAnswer() {
        ProcessInstance pi = yearToAppeal("E1004");
        complete(task(pi, "Task_HoldPayReview"), withVariables("payReviewOutcome", "NOT_UPHELD"));
        assertThat(task(pi, "Task_AskForHearing")).isAssignedTo("amy.hughes").hasDueDate(new Date(start + 355 * DAY));
        complete(task(pi, "Task_AskForHearing"), withVariables("hearingChoice", "ACCEPT"));
        assertThat(pi).isEnded().hasPassed("Gateway_NoHearing", "EndEvent_YearCompleted").hasNotPassed("Task_InviteToHearing");
        assertThat(calls).endsWith("review NOT_UPHELD", "hearing ACCEPT", "carried forward");
    }

    @Test
    void nobodyAsksForAHearingInTimeAndTheYearCompletes() {
        ProcessInstance pi = yearToAppeal("E1004");
        complete(task(pi, "Task_HoldPayReview"), withVariables("payReviewOutcome", "NOT_UPHELD"));
        ClockUtil.setCurrentTime(new Date(start + 356 * DAY));
        execute(job("Event_HearingWindowClosed", pi));
        assertThat(pi).isEnded().hasPassed("Event_HearingWindowClosed", "Gateway_NoHearing", "EndEvent_YearCompleted")
                .hasNotPassed("Task_RecordHearingRequest");
    }

    @Test
    void aHearingThatDoesNotUpholdTheAppealEndsTheAppeal() {
        ProcessInstance pi = yearToAppeal("E1004");
        appealToAHearing(pi, "helen.carter", "amy.hughes", "NOT_UPHELD");
        assertThat(pi).isEnded().hasPassed("Task_SendHearingInvitation", "Task_RecordAppealOutcome", "EndEvent_YearCompleted");
        assertThat(calls).endsWith("review NOT_UPHELD", "hearing HEARING", "hearing invited", "appeal outcome NOT_UPHELD", "carried forward");
    }

    @Test
    void theChairOfTrusteesReviewsAHeadteachersPayAppeal() {
        ProcessInstance pi = yearToAppeal("E1001");
        appealToAHearing(pi, "john.ashworth", "helen.carter", "UPHELD");
        assertThat(pi).isEnded().hasPassed("Task_RecordAppealOutcome");
    }

    @Test
    void anEmployeeWhoAnswersNothingCannotStallTheYear() {
        ProcessInstance pi = launch("E1004");
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID, "E1002"));
        complete(task(pi, "Task_DraftObjectives"));
        assertThat(task(pi, "Task_AgreeObjectives")).hasDueDate(new Date(start + 7 * DAY));
        ClockUtil.setCurrentTime(new Date(start + 8 * DAY));
        execute(job("Event_NoAnswerToObjectives", pi));
        assertThat(pi).hasPassed("Task_NoteNoAnswerToObjectives", "EndEvent_ObjectivesStandUnanswered")
                .hasNotPassed("Task_RecordAgreement").isWaitingAt("Task_HoldInterimReview", "Task_RecordInYear");

        ClockUtil.setCurrentTime(new Date(start + 150 * DAY));
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "NO", NEXT_REVIEW_ON, null));
        assertThat(task(pi, "Task_CommentOnInterimReview")).isAssignedTo("amy.hughes").hasDueDate(new Date(start + 160 * DAY));
        ClockUtil.setCurrentTime(new Date(start + 161 * DAY));
        execute(job("Event_NoInterimComments", pi));
        assertThat(pi).hasPassed("Task_NoteNoInterimComments", "Gateway_ObjectivesChanged").hasNotPassed("Task_ReviseObjectives")
                .isWaitingAt("Event_AnnualAssessmentDue", "Task_RecordInYear");

        ClockUtil.setCurrentTime(new Date(start + 281 * DAY));
        execute(job("Event_AnnualAssessmentDue", pi));
        complete(task(pi, "Task_InviteToAnnualMeeting"));
        assertThat(task(pi, "Task_AddEmployeeEvidence")).hasDueDate(new Date(start + 300 * DAY));
        ClockUtil.setCurrentTime(new Date(start + 300 * DAY + 1000));
        execute(job("Event_NoEvidenceGiven", pi));
        assertThat(task(pi, "Task_AssessYear")).as("the year is assessed on the evidence held").isAssignedTo("tom.bennett");
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET, 0, OBJECTIVES_PARTLY_MET, 0, UNDER_CAPABILITY, false));
        complete(task(pi, "Task_RecommendPay"), withVariables(PAY_RECOMMENDATION, "PROGRESSION", PAY_REASONS, "All met"));
        ClockUtil.setCurrentTime(new Date(start + 311 * DAY));
        execute(job("Event_NoReportComments", pi));
        assertThat(task(pi, "Task_DecidePay")).isAssignedTo("helen.carter").hasDueDate(new Date(start + 315 * DAY));

        assertThat(calls).containsSubsequence("no answer Task_NoteNoAnswerToObjectives", "no answer Task_NoteNoInterimComments",
                "no answer Task_NoteNoEvidence", "assessed", "report", "no answer Task_NoteNoReportComments");
        assertThat(calls).doesNotContain("answer AGREE", "interim comments", "employee evidence", "report comments");
    }

    @Test
    void anInterimReviewThatFindsChangesOpensARevisionAndAnotherReview() {
        ProcessInstance pi = launch("E1004");
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID, "E1002"));
        complete(task(pi, "Task_DraftObjectives"));
        complete(task(pi, "Task_AgreeObjectives"), withVariables(AGREEMENT, "AGREE"));
        assertThat(task(pi, "Task_HoldInterimReview")).hasDueDate(new Date(start + 150 * DAY));

        ClockUtil.setCurrentTime(new Date(start + 100 * DAY));
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "YES", NEXT_REVIEW_ON, "2027-04-20"));
        complete(task(pi, "Task_CommentOnInterimReview"));
        assertThat(task(pi, "Task_ReviseObjectives")).isAssignedTo("tom.bennett").hasDueDate(new Date(start + 120 * DAY));
        complete(task(pi, "Task_ReviseObjectives"));
        assertThat(task(pi, "Task_AgreeRevisedObjectives")).isAssignedTo("amy.hughes");
        complete(task(pi, "Task_AgreeRevisedObjectives"), withVariables(AGREEMENT, "DISAGREE", OBJECTION, "Too much"));
        assertThat(pi).hasPassed("Task_RecordRevisedAnswer", "Gateway_AnotherReview").isWaitingAt("Event_NextInterimReview", "Task_RecordInYear");
        assertThat(task(pi, "Task_HoldInterimReview")).isNull();

        ClockUtil.setCurrentTime(new Date(start + 221 * DAY));
        execute(job("Event_NextInterimReview", pi));
        assertThat(task(pi, "Task_HoldInterimReview")).as("the second interim review").isAssignedTo("tom.bennett");
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "YES", NEXT_REVIEW_ON, null));
        complete(task(pi, "Task_CommentOnInterimReview"));
        complete(task(pi, "Task_ReviseObjectives"));
        ClockUtil.setCurrentTime(new Date(start + 229 * DAY));
        execute(job("Event_NoAnswerToRevision", pi));
        assertThat(pi).hasPassed("Task_NoteNoAnswerToRevision").isWaitingAt("Event_AnnualAssessmentDue", "Task_RecordInYear");

        assertThat(calls).containsSubsequence("interim review", "interim comments", "objectives Task_RecordRevisedObjectives",
                "answer DISAGREE", "interim review", "interim comments", "objectives Task_RecordRevisedObjectives",
                "no answer Task_NoteNoAnswerToRevision");
    }

    @Test
    void theEmployeeLeavingEndsTheAppraisalWhereverItStands() {
        ProcessInstance pi = launch("E1004");
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID, "E1002"));
        complete(task(pi, "Task_DraftObjectives"));
        complete(task(pi, "Task_AgreeObjectives"), withVariables(AGREEMENT, "AGREE"));
        runtimeService().createMessageCorrelation(AppraisalCycleProcess.MESSAGE_EMPLOYEE_LEFT).processInstanceBusinessKey(
                "APPRAISAL-2026/27-E1004").correlate();
        assertThat(pi).isEnded().hasPassed("Task_TellAppraisalEnded", "EndEvent_LeftEmployment").hasNotPassed("EndEvent_YearCompleted");
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(calls).endsWith("told: ended");
    }

    /** A year up to an appeal against the pay decision. */
    private ProcessInstance yearToAppeal(String staffId) {
        ProcessInstance pi = launch(staffId);
        if (task(pi, "Task_ChooseAppraiser") != null) {
            complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID, "E1002"));
        }
        complete(task(pi, "Task_DraftObjectives"));
        complete(task(pi, "Task_AgreeObjectives"), withVariables(AGREEMENT, "AGREE"));
        completeInterimReviewAndYear(pi);
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET, 1, OBJECTIVES_PARTLY_MET, 0, UNDER_CAPABILITY, false));
        finishReportAndDecide(pi, "NO_PROGRESSION");
        complete(task(pi, "Task_ConsiderAppeal"), withVariables("appealChoice", "APPEAL"));
        return pi;
    }

    /** The review does not uphold the appeal, the employee asks for a hearing, HR invite and record the panel's decision. */
    private void appealToAHearing(ProcessInstance pi, String decider, String employee, String outcome) {
        assertThat(task(pi, "Task_HoldPayReview")).isAssignedTo(decider);
        complete(task(pi, "Task_HoldPayReview"), withVariables("payReviewOutcome", "NOT_UPHELD"));
        assertThat(task(pi, "Task_AskForHearing")).isAssignedTo(employee);
        complete(task(pi, "Task_AskForHearing"), withVariables("hearingChoice", "HEARING"));
        assertThat(task(pi, "Task_InviteToHearing")).isAssignedTo("kate.morgan").hasDueDate(new Date(start + 360 * DAY));
        complete(task(pi, "Task_InviteToHearing"));
        assertThat(task(pi, "Task_HearAppeal")).isAssignedTo("kate.morgan").hasDueDate(new Date(start + 375 * DAY));
        complete(task(pi, "Task_HearAppeal"), withVariables("appealOutcome", outcome));
    }

    private ProcessInstance launch(String staffId) {
        return runtimeService().startProcessInstanceByKey(AppraisalCycleProcess.KEY, "APPRAISAL-2026/27-" + staffId,
                withVariables(STAFF_ID, staffId, PERIOD_START, "2026-09-01", PERIOD_END, "2027-08-31", LAUNCHED_BY, "kate.morgan"));
    }

    private void completeInterimReviewAndYear(ProcessInstance pi) {
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "NO", NEXT_REVIEW_ON, null));
        complete(task(pi, "Task_CommentOnInterimReview"));
        assertThat(pi).isWaitingAt("Event_AnnualAssessmentDue", "Task_RecordInYear");
        ClockUtil.setCurrentTime(new Date(start + 281 * DAY));
        execute(job("Event_AnnualAssessmentDue", pi));
        assertThat(pi).hasPassed("EndEvent_YearEnded").isWaitingAt("Task_InviteToAnnualMeeting");
        assertThat(task(pi, "Task_RecordInYear")).as("the in-year task ends with the year").isNull();
        complete(task(pi, "Task_InviteToAnnualMeeting"));
        complete(task(pi, "Task_AddEmployeeEvidence"));
    }

    private void finishReportAndDecide(ProcessInstance pi, String decision) {
        complete(task(pi, "Task_RecommendPay"), withVariables(PAY_RECOMMENDATION, decision, PAY_REASONS, "As assessed"));
        complete(task(pi, "Task_CommentOnReport"));
        complete(task(pi, "Task_DecidePay"), withVariables(PAY_DECISION, decision));
    }

    private static Task task(ProcessInstance pi, String taskKey) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    }
}
