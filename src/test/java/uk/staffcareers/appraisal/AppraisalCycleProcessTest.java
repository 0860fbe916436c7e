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

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

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

import uk.staffcareers.MockSteps;
import uk.staffcareers.ProcessTests;

/**
 * Every path of appraisal-cycle.bpmn and appraisal-launch.bpmn, with the real decision tables; timers by moving the clock.
 * The mocked steps set what each scenario chose (MockSteps); what the real delegates set is in their own tests.
 */
@Deployment(resources = {"models/processes/appraisal-cycle.bpmn", "models/processes/appraisal-launch.bpmn",
        "models/processes/appraisal-expectations.dmn", "models/processes/pay-recommendation.dmn"})
class AppraisalCycleProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    /** Every test starts on the same morning, whenever it runs. */
    private static final long START = Instant.parse("2026-09-07T07:30:00Z").toEpochMilli();
    /** Who opening the record finds, as each scenario chooses: a teaching assistant, whose headteacher chooses the appraiser. */
    private static final Map<String, Object> TEACHING_ASSISTANT = opened("amy.hughes", "TEACHING_ASSISTANT", "CORE", "helen.carter",
            null, "helen.carter");
    /** A headteacher, appraised by the CEO; the chair of trustees decides her pay. */
    private static final Map<String, Object> HEADTEACHER_OF_OAKFIELD = opened("helen.carter", "HEADTEACHER", null, "john.ashworth",
            "sarah.whitfield", "john.ashworth");
    /** The CEO, appraised by the chair of trustees, who also decides her pay. */
    private static final Map<String, Object> CEO = opened("sarah.whitfield", "CEO", null, "john.ashworth", "john.ashworth",
            "john.ashworth");
    private final MockSteps steps = new MockSteps();

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(day(0));
        steps.register("openAppraisalDelegate", "recordAppraiserDelegate",
                "recordDraftObjectivesDelegate", "recordSettlementDelegate", "recordRevisedObjectivesDelegate", "recordAgreementDelegate",
                "recordRevisedAnswerDelegate", "remindAppraiserDelegate", "alertHeadteacherDelegate", "recordInterimReviewDelegate",
                "noteNoAnswerToObjectivesDelegate", "noteNoAnswerToRevisionDelegate", "noteNoInterimCommentsDelegate",
                "noteNoEvidenceDelegate", "noteNoReportCommentsDelegate", "tellAppraisalEndedDelegate", "recordInterimCommentsDelegate", "recordInYearEntryDelegate",
                "startConcernDelegate", "sendAnnualInvitationDelegate", "recordEmployeeEvidenceDelegate", "recordAssessmentDelegate",
                "issueReportDelegate", "recordReportCommentsDelegate", "notifyPayDecisionDelegate", "recordAppealDelegate",
                "recordPayReviewDelegate", "recordHearingRequestDelegate", "sendHearingInvitationDelegate", "recordAppealOutcomeDelegate",
                "carryForwardCpdDelegate", "launchAppraisalsDelegate");
        // The year's dates, as the steps would set them from the policy: what the timers and due dates of these scenarios read.
        steps.decides("openAppraisalDelegate", Map.of(APPRAISAL_ID, 7L, HR_ADVISER, "kate.morgan", APPRAISER_DUE_AT, day(7),
                OBJECTIVES_DUE_AT, day(30), OBJECTIVES_ESCALATE_AT, day(37), INTERIM_DUE_AT, day(150), ANNUAL_OPENS_AT, day(280),
                PERIOD_END_AT, day(320)));
        steps.decides("recordAppraiserDelegate", APPRAISER, "tom.bennett");
        steps.decides("recordDraftObjectivesDelegate", AGREEMENT_DUE_AT, day(7));
        steps.decides("recordSettlementDelegate", AGREEMENT_DUE_AT, day(7));
        steps.decides("recordRevisedObjectivesDelegate", AGREEMENT_DUE_AT, day(7));
        // Unless a scenario says otherwise, the interim review finds nothing to change and plans no other review.
        steps.decides("recordInterimReviewDelegate", Map.of(INTERIM_COMMENTS_DUE_AT, day(160), REVISION_DUE_AT, day(170),
                INTERIM_CHANGES_NEEDED, false, ANOTHER_INTERIM_REVIEW, false));
        steps.decides("noteNoReportCommentsDelegate", PAY_DECISION_DUE_AT, day(315));
        steps.decides("sendAnnualInvitationDelegate", MEETING_AT, day(300));
        steps.decides("issueReportDelegate", Map.of(REPORT_ID, 11L, COMMENTS_DUE_AT, day(310)));
        steps.decides("recordReportCommentsDelegate", PAY_DECISION_DUE_AT, day(315));
        steps.decides("notifyPayDecisionDelegate", APPEAL_DEADLINE, day(330));
        steps.decides("recordAppealDelegate", PAY_REVIEW_DUE_AT, day(340));
        steps.decides("recordPayReviewDelegate", HEARING_REQUEST_DEADLINE, day(355));
        steps.decides("recordHearingRequestDelegate", HEARING_INVITE_DUE_AT, day(360));
        steps.decides("sendHearingInvitationDelegate", APPEAL_HEARING_DUE_AT, day(375));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aTeachingAssistantsYearFromAppraiserToAppeal() {
        ProcessInstance pi = launch("E1004", TEACHING_ASSISTANT);
        assertThat(pi).hasPassed("Task_DecideExpectations").hasVariables(OBJECTIVE_FOCUS.name());
        assertThat(runtimeService().getVariable(pi.getId(), OBJECTIVE_FOCUS.name())).isEqualTo("CAREER_STAGE");
        assertThat(task(pi, "Task_ChooseAppraiser")).isAssignedTo("helen.carter");
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID.name(), "E1002"));

        assertThat(task(pi, "Task_DraftObjectives")).isAssignedTo("tom.bennett").hasDueDate(day(30));
        complete(task(pi, "Task_DraftObjectives"));
        answerObjectives(pi, "Task_AgreeObjectives", false);
        complete(task(pi, "Task_SettleObjectives"), withVariables(SETTLEMENT.name(), "REVISE"));
        assertThat(task(pi, "Task_AgreeObjectives")).isAssignedTo("amy.hughes");
        answerObjectives(pi, "Task_AgreeObjectives", true);
        assertThat(pi).hasPassed("EndEvent_ObjectivesAgreed").isWaitingAt("Task_HoldInterimReview", "Task_RecordInYear");

        complete(task(pi, "Task_RecordInYear"), withVariables(IN_YEAR_ACTION.name(), "OBSERVATION"));
        complete(task(pi, "Task_RecordInYear"), withVariables(IN_YEAR_ACTION.name(), "RAISE_CONCERN", CONCERN_DESCRIPTION.name(), "Late"));
        assertThat(task(pi, "Task_RecordInYear")).isAssignedTo("tom.bennett");
        completeInterimReviewAndYear(pi);

        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET.name(), 0, OBJECTIVES_PARTLY_MET.name(), 1, UNDER_CAPABILITY.name(), false));
        assertThat(runtimeService().getVariable(pi.getId(), SUGGESTED_PAY.name())).isEqualTo("PROGRESSION");
        finishReportAndDecide(pi, "PROGRESSION");
        appeal(pi);
        appealToAHearing(pi, "helen.carter", "amy.hughes", "UPHELD");

        assertThat(pi).isEnded().hasPassed("Task_RecordAppealOutcome", "EndEvent_YearCompleted");
        assertThat(steps.ran()).containsExactly("Task_OpenAppraisal", "Task_RecordAppraiser",
                "Task_RecordObjectives", "Task_RecordAgreement", "Task_RecordSettlement", "Task_RecordAgreement",
                "Task_RecordInYearEntry", "Task_RecordInYearEntry", "Task_StartConcern", "Task_RecordInterimReview",
                "Task_RecordInterimComments", "Task_SendAnnualInvitation", "Task_RecordEmployeeEvidence", "Task_RecordAssessment",
                "Task_IssueReport", "Task_RecordReportComments", "Task_NotifyPayDecision", "Task_RecordAppealChoice",
                "Task_RecordPayReview", "Task_RecordHearingRequest", "Task_SendHearingInvitation", "Task_RecordAppealOutcome",
                "Task_CarryForwardCpd");
    }

    @Test
    void aHeadteachersObjectivesAreDeterminedLateAndTheAppealWindowCloses() {
        ProcessInstance pi = launch("E1001", HEADTEACHER_OF_OAKFIELD);
        assertThat(pi).hasPassed("Gateway_AppraiserKnown").hasNotPassed("Task_ChooseAppraiser");
        assertThat(task(pi, "Task_DraftObjectives")).as("the CEO, not the headteacher herself").isAssignedTo("sarah.whitfield");
        assertThat(runtimeService().getVariable(pi.getId(), OBJECTIVE_FOCUS.name())).isEqualTo("LEADERSHIP");
        assertThat(steps.ran()).containsExactly("Task_OpenAppraisal");

        ClockUtil.setCurrentTime(day(31));
        execute(job("Event_ObjectivesOverdue", pi));
        ClockUtil.setCurrentTime(day(38));
        execute(job("Event_ObjectivesStillOpen", pi));
        assertThat(pi).hasPassed("EndEvent_AppraiserReminded", "EndEvent_HeadteacherAlerted");

        complete(task(pi, "Task_DraftObjectives"));
        answerObjectives(pi, "Task_AgreeObjectives", false);
        complete(task(pi, "Task_SettleObjectives"), withVariables(SETTLEMENT.name(), "DETERMINE"));
        assertThat(pi).hasPassed("EndEvent_ObjectivesDetermined");
        completeInterimReviewAndYear(pi);

        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET.name(), 1, OBJECTIVES_PARTLY_MET.name(), 0, UNDER_CAPABILITY.name(), false));
        assertThat(runtimeService().getVariable(pi.getId(), SUGGESTED_PAY.name())).isEqualTo("NO_PROGRESSION");
        finishReportAndDecide(pi, "NO_PROGRESSION");
        ClockUtil.setCurrentTime(day(331));
        execute(job("Event_AppealWindowClosed", pi));

        assertThat(pi).isEnded().hasPassed("Event_AppealWindowClosed", "EndEvent_YearCompleted").hasNotPassed("Task_RecordAppealChoice");
        assertThat(steps.ran()).contains("Task_RemindAppraiser", "Task_AlertHeadteacher", "Task_NotifyPayDecision",
                "Task_CarryForwardCpd");
    }

    @Test
    void theCeoIsAppraisedByTheChairOfTrusteesWhoDecidesHerPay() {
        ProcessInstance pi = launch("T0001", CEO);
        assertThat(runtimeService().getVariable(pi.getId(), OBJECTIVE_FOCUS.name())).isEqualTo("TRUST_LEADERSHIP");
        assertThat(pi).hasPassed("Task_DecideExpectations", "Gateway_AppraiserKnown").hasNotPassed("Task_ChooseAppraiser");
        assertThat(task(pi, "Task_DraftObjectives")).isAssignedTo("john.ashworth");
        complete(task(pi, "Task_DraftObjectives"));
        assertThat(task(pi, "Task_AgreeObjectives")).isAssignedTo("sarah.whitfield");
        answerObjectives(pi, "Task_AgreeObjectives", true);
        assertThat(task(pi, "Task_HoldInterimReview")).isAssignedTo("john.ashworth");
        completeInterimReviewAndYear(pi);
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET.name(), 0, OBJECTIVES_PARTLY_MET.name(), 0, UNDER_CAPABILITY.name(), false));
        complete(task(pi, "Task_RecommendPay"), withVariables(PAY_RECOMMENDATION.name(), "PROGRESSION", PAY_REASONS.name(), "All met"));
        complete(task(pi, "Task_CommentOnReport"));
        assertThat(task(pi, "Task_DecidePay")).isAssignedTo("john.ashworth");
        decideAndAccept(pi, "PROGRESSION");
        assertThat(pi).isEnded().hasPassed("EndEvent_YearCompleted");
        assertThat(steps.ran()).startsWith("Task_OpenAppraisal").doesNotContain("Task_RecordAppraiser");
    }

    @Test
    void underCapabilityTheTableSuggestsNoProgressionAndAnAcceptedDecisionEndsTheYear() {
        ProcessInstance pi = launch("E1004", TEACHING_ASSISTANT);
        runtimeService().createProcessInstanceModification(pi.getId()).cancelAllForActivity("Task_ChooseAppraiser")
                .startBeforeActivity("Task_AssessYear").setVariable(APPRAISER.name(), "tom.bennett").execute();
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET.name(), 0, OBJECTIVES_PARTLY_MET.name(), 0, UNDER_CAPABILITY.name(), true));
        assertThat(runtimeService().getVariable(pi.getId(), SUGGESTED_PAY.name())).isEqualTo("NO_PROGRESSION");
        finishReportAndDecide(pi, "NO_PROGRESSION");
        steps.decides("recordAppealDelegate", APPEALED, false);
        complete(task(pi, "Task_ConsiderAppeal"), withVariables("appealChoice", "ACCEPT"));
        assertThat(pi).isEnded().hasPassed("Task_RecordAppealChoice", "EndEvent_YearCompleted").hasNotPassed("Task_HearAppeal");
    }

    @Test
    void theLaunchFormStartsTheCases() {
        ProcessInstance launch = runtimeService().startProcessInstanceByKey(AppraisalCycleProcess.LAUNCH_KEY,
                withVariables("launchScope", "SCHOOL", "launchTarget", "oakfield"));
        assertThat(launch).isEnded().hasPassed("EndEvent_AppraisalsLaunched");
        assertThat(steps.ran()).containsExactly("Task_LaunchAppraisals");
    }

    @Test
    void anAppealUpheldAtTheDecidersReviewEndsThere() {
        ProcessInstance pi = yearToAppeal("E1004", TEACHING_ASSISTANT);
        assertThat(task(pi, "Task_HoldPayReview")).as("the person who decided reviews it").isAssignedTo("helen.carter")
                .hasDueDate(day(340));
        steps.decides("recordPayReviewDelegate", PAY_REVIEW_UPHELD, true);
        complete(task(pi, "Task_HoldPayReview"), withVariables("payReviewOutcome", "UPHELD"));
        assertThat(pi).isEnded().hasPassed("Gateway_AppealSettled", "EndEvent_YearCompleted").hasNotPassed("Task_AskForHearing");
        assertThat(steps.ran()).endsWith("Task_RecordAppealChoice", "Task_RecordPayReview", "Task_CarryForwardCpd");
    }

    @Test
    void notUpheldAtTheReviewTheEmployeeAcceptsTheAnswer() {
        ProcessInstance pi = yearToAppeal("E1004", TEACHING_ASSISTANT);
        notUpheldAtTheReview(pi);
        assertThat(task(pi, "Task_AskForHearing")).isAssignedTo("amy.hughes").hasDueDate(day(355));
        steps.decides("recordHearingRequestDelegate", HEARING_REQUESTED, false);
        complete(task(pi, "Task_AskForHearing"), withVariables("hearingChoice", "ACCEPT"));
        assertThat(pi).isEnded().hasPassed("Gateway_NoHearing", "EndEvent_YearCompleted").hasNotPassed("Task_InviteToHearing");
        assertThat(steps.ran()).endsWith("Task_RecordPayReview", "Task_RecordHearingRequest", "Task_CarryForwardCpd");
    }

    @Test
    void nobodyAsksForAHearingInTimeAndTheYearCompletes() {
        ProcessInstance pi = yearToAppeal("E1004", TEACHING_ASSISTANT);
        notUpheldAtTheReview(pi);
        ClockUtil.setCurrentTime(day(356));
        execute(job("Event_HearingWindowClosed", pi));
        assertThat(pi).isEnded().hasPassed("Event_HearingWindowClosed", "Gateway_NoHearing", "EndEvent_YearCompleted")
                .hasNotPassed("Task_RecordHearingRequest");
    }

    @Test
    void aHearingThatDoesNotUpholdTheAppealEndsTheAppeal() {
        ProcessInstance pi = yearToAppeal("E1004", TEACHING_ASSISTANT);
        appealToAHearing(pi, "helen.carter", "amy.hughes", "NOT_UPHELD");
        assertThat(pi).isEnded().hasPassed("Task_SendHearingInvitation", "Task_RecordAppealOutcome", "EndEvent_YearCompleted");
        assertThat(steps.ran()).endsWith("Task_RecordPayReview", "Task_RecordHearingRequest", "Task_SendHearingInvitation",
                "Task_RecordAppealOutcome", "Task_CarryForwardCpd");
    }

    @Test
    void theChairOfTrusteesReviewsAHeadteachersPayAppeal() {
        ProcessInstance pi = yearToAppeal("E1001", HEADTEACHER_OF_OAKFIELD);
        appealToAHearing(pi, "john.ashworth", "helen.carter", "UPHELD");
        assertThat(pi).isEnded().hasPassed("Task_RecordAppealOutcome", "EndEvent_YearCompleted");
    }

    @Test
    void anEmployeeWhoAnswersNothingCannotStallTheYear() {
        ProcessInstance pi = launch("E1004", TEACHING_ASSISTANT);
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID.name(), "E1002"));
        complete(task(pi, "Task_DraftObjectives"));
        assertThat(task(pi, "Task_AgreeObjectives")).hasDueDate(day(7));
        ClockUtil.setCurrentTime(day(8));
        execute(job("Event_NoAnswerToObjectives", pi));
        assertThat(pi).hasPassed("Task_NoteNoAnswerToObjectives", "EndEvent_ObjectivesStandUnanswered")
                .hasNotPassed("Task_RecordAgreement").isWaitingAt("Task_HoldInterimReview", "Task_RecordInYear");

        ClockUtil.setCurrentTime(day(150));
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "NO", NEXT_REVIEW_ON.name(), null));
        assertThat(task(pi, "Task_CommentOnInterimReview")).isAssignedTo("amy.hughes").hasDueDate(day(160));
        ClockUtil.setCurrentTime(day(161));
        execute(job("Event_NoInterimComments", pi));
        assertThat(pi).hasPassed("Task_NoteNoInterimComments", "Gateway_ObjectivesChanged").hasNotPassed("Task_ReviseObjectives")
                .isWaitingAt("Event_AnnualAssessmentDue", "Task_RecordInYear");

        ClockUtil.setCurrentTime(day(281));
        execute(job("Event_AnnualAssessmentDue", pi));
        complete(task(pi, "Task_InviteToAnnualMeeting"));
        assertThat(task(pi, "Task_AddEmployeeEvidence")).hasDueDate(day(300));
        ClockUtil.setCurrentTime(new Date(day(300).getTime() + 1000));
        execute(job("Event_NoEvidenceGiven", pi));
        assertThat(task(pi, "Task_AssessYear")).as("the year is assessed on the evidence held").isAssignedTo("tom.bennett");
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET.name(), 0, OBJECTIVES_PARTLY_MET.name(), 0, UNDER_CAPABILITY.name(), false));
        complete(task(pi, "Task_RecommendPay"), withVariables(PAY_RECOMMENDATION.name(), "PROGRESSION", PAY_REASONS.name(), "All met"));
        ClockUtil.setCurrentTime(day(311));
        execute(job("Event_NoReportComments", pi));
        assertThat(task(pi, "Task_DecidePay")).isAssignedTo("helen.carter").hasDueDate(day(315));
        decideAndAccept(pi, "PROGRESSION");
        assertThat(pi).isEnded().hasPassed("EndEvent_YearCompleted");

        assertThat(steps.ran()).containsSubsequence("Task_NoteNoAnswerToObjectives", "Task_NoteNoInterimComments",
                "Task_NoteNoEvidence", "Task_RecordAssessment", "Task_IssueReport", "Task_NoteNoReportComments");
        assertThat(steps.ran()).doesNotContain("Task_RecordAgreement", "Task_RecordInterimComments", "Task_RecordEmployeeEvidence",
                "Task_RecordReportComments");
    }

    @Test
    void anInterimReviewThatFindsChangesOpensARevisionAndAnotherReview() {
        ProcessInstance pi = launch("E1004", TEACHING_ASSISTANT);
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID.name(), "E1002"));
        complete(task(pi, "Task_DraftObjectives"));
        answerObjectives(pi, "Task_AgreeObjectives", true);
        assertThat(task(pi, "Task_HoldInterimReview")).hasDueDate(day(150));

        // The first review finds changes and plans another; the appraiser revises after the employee's days to comment.
        ClockUtil.setCurrentTime(day(100));
        steps.decides("recordInterimReviewDelegate", Map.of(INTERIM_CHANGES_NEEDED, true, ANOTHER_INTERIM_REVIEW, true,
                INTERIM_COMMENTS_DUE_AT, day(110), REVISION_DUE_AT, day(120), NEXT_INTERIM_REVIEW_AT, day(220)));
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "YES", NEXT_REVIEW_ON.name(), "2027-04-20"));
        complete(task(pi, "Task_CommentOnInterimReview"));
        assertThat(task(pi, "Task_ReviseObjectives")).isAssignedTo("tom.bennett").hasDueDate(day(120));
        steps.decides("recordRevisedObjectivesDelegate", AGREEMENT_DUE_AT, day(127));
        complete(task(pi, "Task_ReviseObjectives"));
        assertThat(task(pi, "Task_AgreeRevisedObjectives")).isAssignedTo("amy.hughes").hasDueDate(day(127));
        answerObjectives(pi, "Task_AgreeRevisedObjectives", false);
        assertThat(pi).hasPassed("Task_RecordRevisedAnswer", "Gateway_AnotherReview").isWaitingAt("Event_NextInterimReview", "Task_RecordInYear");
        assertThat(task(pi, "Task_HoldInterimReview")).isNull();

        // The second review finds changes again and plans no other; nobody answers the revision.
        ClockUtil.setCurrentTime(day(221));
        execute(job("Event_NextInterimReview", pi));
        assertThat(task(pi, "Task_HoldInterimReview")).as("the second interim review").isAssignedTo("tom.bennett");
        steps.decides("recordInterimReviewDelegate", Map.of(INTERIM_CHANGES_NEEDED, true, ANOTHER_INTERIM_REVIEW, false,
                INTERIM_COMMENTS_DUE_AT, day(231), REVISION_DUE_AT, day(241)));
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "YES", NEXT_REVIEW_ON.name(), null));
        complete(task(pi, "Task_CommentOnInterimReview"));
        steps.decides("recordRevisedObjectivesDelegate", AGREEMENT_DUE_AT, day(228));
        complete(task(pi, "Task_ReviseObjectives"));
        ClockUtil.setCurrentTime(day(229));
        execute(job("Event_NoAnswerToRevision", pi));
        assertThat(pi).hasPassed("Task_NoteNoAnswerToRevision").isWaitingAt("Event_AnnualAssessmentDue", "Task_RecordInYear");
        throughTheAnnualAssessment(pi);
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET.name(), 0, OBJECTIVES_PARTLY_MET.name(), 1, UNDER_CAPABILITY.name(), false));
        complete(task(pi, "Task_RecommendPay"), withVariables(PAY_RECOMMENDATION.name(), "PROGRESSION", PAY_REASONS.name(), "As assessed"));
        complete(task(pi, "Task_CommentOnReport"));
        decideAndAccept(pi, "PROGRESSION");
        assertThat(pi).isEnded().hasPassed("EndEvent_YearCompleted");

        assertThat(steps.ran()).containsSubsequence("Task_RecordInterimReview", "Task_RecordInterimComments",
                "Task_RecordRevisedObjectives", "Task_RecordRevisedAnswer", "Task_RecordInterimReview", "Task_RecordInterimComments",
                "Task_RecordRevisedObjectives", "Task_NoteNoAnswerToRevision");
    }

    @Test
    void theEmployeeLeavingEndsTheAppraisalWhereverItStands() {
        ProcessInstance pi = launch("E1004", TEACHING_ASSISTANT);
        complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID.name(), "E1002"));
        complete(task(pi, "Task_DraftObjectives"));
        answerObjectives(pi, "Task_AgreeObjectives", true);
        runtimeService().createMessageCorrelation(AppraisalCycleProcess.MESSAGE_EMPLOYEE_LEFT).processInstanceBusinessKey(
                "APPRAISAL-2026/27-E1004").correlate();
        assertThat(pi).isEnded().hasPassed("Task_TellAppraisalEnded", "EndEvent_LeftEmployment").hasNotPassed("EndEvent_YearCompleted");
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(steps.ran()).endsWith("Task_TellAppraisalEnded");
    }

    /** A year up to an appeal against the pay decision. */
    private ProcessInstance yearToAppeal(String staffId, Map<String, Object> opened) {
        ProcessInstance pi = launch(staffId, opened);
        if (task(pi, "Task_ChooseAppraiser") != null) {
            complete(task(pi, "Task_ChooseAppraiser"), withVariables(APPRAISER_STAFF_ID.name(), "E1002"));
        }
        complete(task(pi, "Task_DraftObjectives"));
        answerObjectives(pi, "Task_AgreeObjectives", true);
        completeInterimReviewAndYear(pi);
        complete(task(pi, "Task_AssessYear"), withVariables(OBJECTIVES_NOT_MET.name(), 1, OBJECTIVES_PARTLY_MET.name(), 0, UNDER_CAPABILITY.name(), false));
        finishReportAndDecide(pi, "NO_PROGRESSION");
        appeal(pi);
        return pi;
    }

    /** The employee answers the objectives; the step that records the answer decides, as the test says, whether they are agreed. */
    private void answerObjectives(ProcessInstance pi, String taskKey, boolean agreed) {
        String recorder = taskKey.equals("Task_AgreeRevisedObjectives") ? "recordRevisedAnswerDelegate" : "recordAgreementDelegate";
        steps.decides(recorder, OBJECTIVES_AGREED, agreed);
        complete(task(pi, taskKey), agreed ? withVariables(AGREEMENT.name(), "AGREE") : withVariables(AGREEMENT.name(), "DISAGREE", OBJECTION.name(), "Too many"));
    }

    /** The employee appeals within the window. */
    private void appeal(ProcessInstance pi) {
        steps.decides("recordAppealDelegate", APPEALED, true);
        complete(task(pi, "Task_ConsiderAppeal"), withVariables("appealChoice", "APPEAL"));
    }

    /** The person who decided reviews the appeal and does not uphold it: the employee may ask for a hearing. */
    private void notUpheldAtTheReview(ProcessInstance pi) {
        steps.decides("recordPayReviewDelegate", PAY_REVIEW_UPHELD, false);
        complete(task(pi, "Task_HoldPayReview"), withVariables("payReviewOutcome", "NOT_UPHELD"));
    }

    /** The review does not uphold the appeal, the employee asks for a hearing, HR invite and record the panel's decision. */
    private void appealToAHearing(ProcessInstance pi, String decider, String employee, String outcome) {
        assertThat(task(pi, "Task_HoldPayReview")).isAssignedTo(decider);
        notUpheldAtTheReview(pi);
        assertThat(task(pi, "Task_AskForHearing")).isAssignedTo(employee);
        steps.decides("recordHearingRequestDelegate", HEARING_REQUESTED, true);
        complete(task(pi, "Task_AskForHearing"), withVariables("hearingChoice", "HEARING"));
        assertThat(task(pi, "Task_InviteToHearing")).isAssignedTo("kate.morgan").hasDueDate(day(360));
        complete(task(pi, "Task_InviteToHearing"));
        assertThat(task(pi, "Task_HearAppeal")).isAssignedTo("kate.morgan").hasDueDate(day(375));
        complete(task(pi, "Task_HearAppeal"), withVariables("appealOutcome", outcome));
    }

    /** Starts the case for the member of staff; opening it finds the people the scenario chose. */
    private ProcessInstance launch(String staffId, Map<String, Object> opened) {
        steps.decides("openAppraisalDelegate", opened);
        return runtimeService().startProcessInstanceByKey(AppraisalCycleProcess.KEY, "APPRAISAL-2026/27-" + staffId,
                withVariables(STAFF_ID.name(), staffId, PERIOD_START.name(), "2026-09-01", PERIOD_END.name(), "2027-08-31", LAUNCHED_BY.name(), "kate.morgan"));
    }

    private void completeInterimReviewAndYear(ProcessInstance pi) {
        complete(task(pi, "Task_HoldInterimReview"), withVariables("changesNeeded", "NO", NEXT_REVIEW_ON.name(), null));
        complete(task(pi, "Task_CommentOnInterimReview"));
        assertThat(pi).isWaitingAt("Event_AnnualAssessmentDue", "Task_RecordInYear");
        throughTheAnnualAssessment(pi);
    }

    /** The annual assessment opens, the in-year task ends, the meeting is set and the employee adds evidence. */
    private void throughTheAnnualAssessment(ProcessInstance pi) {
        ClockUtil.setCurrentTime(day(281));
        execute(job("Event_AnnualAssessmentDue", pi));
        assertThat(pi).hasPassed("EndEvent_YearEnded").isWaitingAt("Task_InviteToAnnualMeeting");
        assertThat(task(pi, "Task_RecordInYear")).as("the in-year task ends with the year").isNull();
        complete(task(pi, "Task_InviteToAnnualMeeting"));
        complete(task(pi, "Task_AddEmployeeEvidence"));
    }

    /** The pay is decided and the employee accepts it. */
    private void decideAndAccept(ProcessInstance pi, String decision) {
        complete(task(pi, "Task_DecidePay"), withVariables(PAY_DECISION.name(), decision));
        steps.decides("recordAppealDelegate", APPEALED, false);
        complete(task(pi, "Task_ConsiderAppeal"), withVariables("appealChoice", "ACCEPT"));
    }

    private void finishReportAndDecide(ProcessInstance pi, String decision) {
        complete(task(pi, "Task_RecommendPay"), withVariables(PAY_RECOMMENDATION.name(), decision, PAY_REASONS.name(), "As assessed"));
        complete(task(pi, "Task_CommentOnReport"));
        complete(task(pi, "Task_DecidePay"), withVariables(PAY_DECISION.name(), decision));
    }

    /** Who the opened record names: employee, role, career stage, overseer, the trust's appraiser (null: the school's), pay decider. */
    private static Map<String, Object> opened(String employee, String role, String careerStage, String headteacher, String trustAppraiser,
            String payDecider) {
        Map<String, Object> opened = new HashMap<>();
        opened.put(EMPLOYEE.name(), employee);
        opened.put(ROLE.name(), role);
        opened.put(CAREER_STAGE.name(), careerStage);
        opened.put(HEADTEACHER.name(), headteacher);
        opened.put(APPRAISED_BY_TRUST.name(), trustAppraiser != null);
        opened.put(APPRAISER.name(), trustAppraiser);
        opened.put(PAY_DECIDER.name(), payDecider);
        return opened;
    }

    /** The morning of the given day of the scenario. */
    private static Date day(int day) {
        return new Date(START + day * DAY);
    }

    private static Task task(ProcessInstance pi, String taskKey) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
    }
}
