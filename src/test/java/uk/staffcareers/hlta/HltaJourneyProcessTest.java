package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.staffcareers.hlta.HltaJourneyProcess.*;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

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
 * Every path of hlta-journey.bpmn, with the real readiness table and mocked services; timers by moving the clock.
 * The mocked steps set what each scenario chose (MockSteps); what the real delegates set is in their own tests.
 */
@Deployment(resources = {"models/processes/hlta-journey.bpmn", "models/processes/hlta-readiness.dmn"})
class HltaJourneyProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    /** Every test starts on the same morning, whenever it runs. */
    private static final long START = Instant.parse("2026-09-07T07:30:00Z").toEpochMilli();
    /** The candidacy's reference, which its case has as business key: the application correlates the provider's and its own messages by it. */
    private static final String CANDIDACY = "HLTA-E1007-1";
    private final MockSteps steps = new MockSteps();

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(day(0));
        steps.register("openCandidacyDelegate", "recordSelfReviewDelegate", "recordReadinessRecommendationDelegate",
                "recordReadinessDecisionDelegate", "startReadinessPlanDelegate", "startDeploymentPlanDelegate", "startReassessmentPlanDelegate", "withdrawCandidacyDelegate",
                "recordSchoolCommitmentDelegate", "recordPreparationDaysDelegate", "setAnswerDeadlineDelegate", "setVisitDeadlinesDelegate",
                "recordNoAnswerDelegate", "recordChosenDatesDelegate", "recordRegistrationDecisionDelegate",
                "recordVisitWindowDecisionDelegate", "tellWithdrawalDelegate", "remindToRegisterDelegate", "escalateRegistrationDelegate",
                "recordRegistrationDelegate", "recordProposedDatesDelegate", "recordDatesAnswerDelegate", "recordVisitDelegate",
                "escalateToLocalAuthorityDelegate", "recordAssessmentTasksDelegate", "recordVisitPreparationDelegate",
                "recordMeetingPreparationDelegate", "recordAssessmentOutcomeDelegate", "recordHltaStatusDelegate",
                "moveIntoHltaRoleDelegate", "giveFeedbackDelegate", "openReassessmentDelegate");
        steps.decides("openCandidacyDelegate", Map.of(CANDIDACY_ID, 1L, REFERENCE, CANDIDACY, STAFF_NAME, "Jo Pritchard",
                CANDIDATE, "jo.pritchard", HEADTEACHER, "helen.carter", COORDINATOR, "mark.ellis", HR, "kate.morgan"));
        steps.givesBusinessKey("openCandidacyDelegate", CANDIDACY);
        // What the self-review found, as the readiness table reads it: unless a scenario says otherwise, ready on every count.
        steps.decides("recordSelfReviewDelegate", Map.of("wholeClassOpportunities", true, "level2EnglishAndMathsOnRecord", true,
                "standardsConfident", 33));
        steps.decides("recordReadinessDecisionDelegate", READY, true);
        // The dates the timers and due dates of these scenarios read, as the steps would set them from the policy.
        steps.decides("recordPreparationDaysDelegate", Map.of(REGISTRATION_OPENS_AT, day(7), REGISTRATION_CLOSES_AT, day(14),
                REGISTRATION_MISSED_AT, day(15), VISIT_ESCALATION_AT, day(90), VISIT_WINDOW_CLOSED_AT, day(100),
                ASSESSMENT_TASKS_DUE_AT, day(95), ASSESSMENT_TASKS_MISSED_AT, day(96)));
        // The candidate's last days, to propose the visit dates and to decide on reassessment.
        steps.decides("setAnswerDeadlineDelegate", Map.of(VISIT_DATES_DUE_AT, day(30), VISIT_DATES_MISSED_AT, day(31),
                REASSESSMENT_DUE_AT, day(140), REASSESSMENT_MISSED_AT, day(141)));
        steps.decides("setVisitDeadlinesDelegate", Map.of(VISIT_PREPARATION_DUE_AT, day(119), VISIT_PREPARATION_MISSED_AT, day(120)));
        steps.decides("recordDatesAnswerDelegate", DATES_AGREED, true);
        steps.decides("recordVisitDelegate", VISIT_AT, day(120));
        steps.decides("recordAssessmentOutcomeDelegate", ALL_STANDARDS_MET, true);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aReadyCandidateIsAssessedByHandEntryAndMovesIntoTheHltaRole() {
        ProcessInstance pi = startAndReview();
        assertThat(readiness(pi)).isEqualTo("READY");
        assertThat(pi).isWaitingAt(READINESS_DISCUSSION);
        assertThat(task(pi)).isAssignedTo("helen.carter");
        complete(task(pi));
        assertThat(pi).isWaitingAt(SCHOOL_COMMITMENT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(BOOK_PREPARATION);
        assertThat(task(pi)).isAssignedTo("jo.pritchard");
        complete(task(pi));

        assertThat(pi).isWaitingAt(PREPARATION_DAY_1);
        ClockUtil.setCurrentTime(day(7));
        execute(job(PREPARATION_DAY_1, pi));
        assertThat(pi).isWaitingAt(REGISTER);
        assertThat(task(pi).getDueDate()).isEqualTo(day(14));
        complete(task(pi));

        // The headteacher sends the first dates back; the second set is agreed.
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);
        complete(task(PROPOSE_DATES, pi));
        steps.decides("recordDatesAnswerDelegate", DATES_AGREED, false);
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "notAgreed", "datesNote", "Sports day"));
        complete(task(PROPOSE_DATES, pi));
        assertThat(task(AGREE_DATES, pi)).isAssignedTo("helen.carter");
        steps.decides("recordDatesAnswerDelegate", DATES_AGREED, true);
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        assertThat(task(CONFIRM_VISIT, pi)).isAssignedTo("mark.ellis");
        complete(task(CONFIRM_VISIT, pi));
        complete(task(SUBMIT_TASKS, pi));

        assertThat(pi).isWaitingAt(PREPARE_VISIT);
        assertThat(task(pi).getDueDate()).as("the school day before the visit").isEqualTo(day(119));
        complete(task(pi));
        assertThat(pi).isWaitingAt(HEADTEACHER_MEETING);
        assertThat(task(pi)).isAssignedTo("helen.carter");
        complete(task(pi));
        assertThat(pi).isWaitingAt(RECORD_OUTCOME);
        assertThat(task(pi)).isAssignedTo("mark.ellis");
        complete(task(pi));

        assertThat(pi).isWaitingAt(CONFIRM_JOB_DESCRIPTION);
        assertThat(task(pi)).isAssignedTo("kate.morgan");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(END_IN_ROLE).hasNotPassed(NOT_REGISTERED_BY_DAY_2, REGISTRATION_MISSED, VISIT_NOT_BOOKED,
                VISIT_WINDOW_CLOSED, "Event_RegistrationConfirmedByProvider", "Event_VisitConfirmedByProvider", "Event_OutcomeReceived");
        assertThat(steps.ran()).containsSubsequence("Task_OpenCandidacy", "Task_RecordSelfReview", "Task_RecordSchoolCommitment",
                "Task_RecordPreparationDays", "Task_RemindToRegister", "Task_RecordRegistration", "Task_SetProposalDeadline",
                "Task_RecordProposedDates", "Task_SetProposalDeadline", "Task_RecordProposedDates", "Task_RecordVisit",
                "Task_SetVisitDeadlines", "Task_RecordVisitPreparation", "Task_RecordMeetingPreparation", "Task_RecordAssessmentOutcome",
                "Task_RecordHltaStatus", "Task_MoveIntoHltaRole", "Task_StartDeploymentPlan");
        assertThat(steps.ran()).doesNotContain("Task_RecordNoRegistration", "Task_RecordNoVisitDates", "Task_RecordNoTasks",
                "Task_RecordNoPreparation", "Task_RecordNotReassessed");
    }

    @Test
    void notYetReadyStartsAPlanAndTheCandidateReturnsOrWithdraws() {
        steps.decides("recordSelfReviewDelegate", "standardsConfident", 20);
        steps.decides("recordReadinessDecisionDelegate", READY, false);
        ProcessInstance pi = startAndReview();
        assertThat(readiness(pi)).isEqualTo("NOT_YET");
        complete(task(pi));
        assertThat(pi).isWaitingAt(RETURN_WHEN_READY);
        assertThat(steps.ran()).contains("Task_StartReadinessPlan");
        complete(task(pi), withVariables(RETURN_CHOICE.name(), "return"));

        assertThat(pi).isWaitingAt(SELF_REVIEW);
        complete(task(pi));
        complete(task(pi));
        complete(task(pi), withVariables(RETURN_CHOICE.name(), "withdraw"));
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(steps.ran()).endsWith("Task_WithdrawCandidacy");
    }

    @Test
    void theProviderReportsByMessageAndLateStepsAreEscalated() {
        ProcessInstance pi = startAndReview();
        complete(task(pi));
        complete(task(pi));
        complete(task(pi));
        ClockUtil.setCurrentTime(day(7));
        execute(job(PREPARATION_DAY_1, pi));

        // Day 2 comes without a registration: the coordinator is told and the task stays open.
        ClockUtil.setCurrentTime(day(14));
        execute(job(NOT_REGISTERED_BY_DAY_2, pi));
        assertThat(steps.ran()).contains("Task_EscalateRegistration");
        assertThat(pi).isWaitingAt(REGISTER);
        correlate(MESSAGE_REGISTRATION_CONFIRMED);
        assertThat(pi).hasPassed("Event_RegistrationConfirmedByProvider", "Task_RecordRegistration");

        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        // No visit confirmed as the window draws to a close: the local authority is told.
        ClockUtil.setCurrentTime(day(90));
        execute(job(VISIT_NOT_BOOKED, pi));
        assertThat(steps.ran()).contains("Task_EscalateToLocalAuthority");
        correlate(MESSAGE_VISIT_CONFIRMED);
        complete(task(SUBMIT_TASKS, pi));
        complete(task(PREPARE_VISIT, pi));
        complete(task(HEADTEACHER_MEETING, pi));

        // Not all standards met: feedback, a plan, a reassessment that goes back to the arrangements.
        steps.decides("recordAssessmentOutcomeDelegate", ALL_STANDARDS_MET, false);
        correlate(MESSAGE_OUTCOME_RECEIVED);
        assertThat(pi).isWaitingAt(DECIDE_ON_REASSESSMENT).hasPassed("Event_VisitConfirmedByProvider", "Event_OutcomeReceived");
        assertThat(steps.ran()).containsSubsequence("Task_RecordAssessmentOutcome", "Task_GiveFeedback", "Task_StartReassessmentPlan");
        complete(task(pi), withVariables(REASSESSMENT_CHOICE.name(), "reassess"));
        assertThat(steps.ran()).contains("Task_OpenReassessment");
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);

        throughTheVisitToItsOutcome(pi);
        complete(task(DECIDE_ON_REASSESSMENT, pi), withVariables(REASSESSMENT_CHOICE.name(), "withdraw"));
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    }

    @Test
    void aMissedRegistrationIsReopenedWithTheProvidersDatesAndTheCandidateRegisters() {
        ProcessInstance pi = toRegistration();
        ClockUtil.setCurrentTime(day(14));
        execute(job(NOT_REGISTERED_BY_DAY_2, pi));

        // The school day after the last day to register: the registration task closes, the coordinator decides.
        ClockUtil.setCurrentTime(day(15));
        execute(job(REGISTRATION_MISSED, pi));
        assertThat(pi).isWaitingAt(REOPEN_REGISTRATION);
        assertThat(taskQuery(REGISTER, pi)).isZero();
        assertThat(task(pi)).isAssignedTo("mark.ellis");
        assertThat(task(pi).getName()).isEqualTo("Re-open registration for Jo Pritchard");
        steps.decides("recordRegistrationDecisionDelegate", Map.of(REGISTRATION_REOPENED, true, REGISTRATION_OPENS_AT, day(21),
                REGISTRATION_CLOSES_AT, day(22), REGISTRATION_MISSED_AT, day(23)));
        complete(task(pi), withVariables("registrationDecision", "reopen", "registrationOpensOn", "2027-02-01",
                "registrationClosesOn", "2027-02-02"));

        // Registration opens again on the provider's first day, due on its last.
        assertThat(pi).isWaitingAt(PREPARATION_DAY_1);
        assertThat(job(PREPARATION_DAY_1, pi).getDuedate()).isEqualTo(day(21));
        ClockUtil.setCurrentTime(day(21));
        execute(job(PREPARATION_DAY_1, pi));
        assertThat(pi).isWaitingAt(REGISTER);
        assertThat(task(pi).getDueDate()).isEqualTo(day(22));
        complete(task(pi));
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);
        throughTheVisitToItsOutcome(pi);
        complete(task(CONFIRM_JOB_DESCRIPTION, pi));
        assertThat(pi).isEnded().hasPassed(END_IN_ROLE);
        assertThat(steps.ran()).containsSubsequence("Task_EscalateRegistration", "Task_RecordNoRegistration",
                "Task_RecordRegistrationDecision", "Task_RemindToRegister", "Task_RecordRegistration");
    }

    @Test
    void aMissedRegistrationMayCloseTheCandidacyAsLapsed() {
        ProcessInstance pi = toRegistration();
        ClockUtil.setCurrentTime(day(15));
        execute(job(REGISTRATION_MISSED, pi));
        steps.decides("recordRegistrationDecisionDelegate", REGISTRATION_REOPENED, false);
        complete(task(REOPEN_REGISTRATION, pi), withVariables("registrationDecision", "lapse", "lapseReason", "No later cohort this year"));
        assertThat(pi).isEnded().hasPassed(END_LAPSED).hasNotPassed(END_WITHDRAWN, END_IN_ROLE);
        assertThat(steps.ran()).endsWith("Task_RecordNoRegistration", "Task_RecordRegistrationDecision");
    }

    @Test
    void aWindowThatClosesWithoutAVisitGetsANewWindowAndTheVisitGoesAhead() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        complete(task(SUBMIT_TASKS, pi));
        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        assertThat(pi).isWaitingAt(CONFIRM_VISIT);

        // The window closes with the visit unconfirmed: the booking stops, the coordinator decides.
        ClockUtil.setCurrentTime(day(100));
        execute(job(VISIT_WINDOW_CLOSED, pi));
        assertThat(pi).isWaitingAt(GIVE_NEW_WINDOW);
        assertThat(taskQuery(CONFIRM_VISIT, pi)).isZero();
        assertThat(task(pi)).isAssignedTo("mark.ellis");
        assertThat(task(pi).getName()).isEqualTo("Give a new visit window for Jo Pritchard");
        steps.decides("recordVisitWindowDecisionDelegate", Map.of(NEW_VISIT_WINDOW_GIVEN, true, VISIT_ESCALATION_AT, day(150),
                VISIT_WINDOW_CLOSED_AT, day(160)));
        complete(task(pi), withVariables("visitWindowDecision", "newWindow", "visitWindowClosesOn", "2027-06-30"));

        // The candidate proposes dates in the new window; the tasks already submitted still count.
        assertThat(pi).isWaitingAt(PROPOSE_DATES);
        assertThat(job(VISIT_WINDOW_CLOSED, pi).getDuedate()).isEqualTo(day(160));
        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        correlate(MESSAGE_VISIT_CONFIRMED);
        assertThat(pi).isWaitingAt(PREPARE_VISIT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(HEADTEACHER_MEETING);
        fromTheMeetingIntoTheRole(pi);
        assertThat(pi).hasPassed("Event_VisitConfirmedByProvider");
        assertThat(steps.ran()).containsSubsequence("Task_RecordAssessmentTasks", "Task_RecordVisitWindowDecision",
                "Task_RecordProposedDates", "Task_RecordVisit");
    }

    @Test
    void aWindowThatClosesWithoutAVisitMayCloseTheCandidacyAsLapsed() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        ClockUtil.setCurrentTime(day(100));
        execute(job(VISIT_WINDOW_CLOSED, pi));
        assertThat(pi).isWaitingAt(GIVE_NEW_WINDOW, SUBMIT_TASKS);
        steps.decides("recordVisitWindowDecisionDelegate", NEW_VISIT_WINDOW_GIVEN, false);
        complete(task(GIVE_NEW_WINDOW, pi), withVariables("visitWindowDecision", "lapse", "lapseReason", "The provider cannot visit"));
        // The whole arrangement stops, the candidate's open task with it.
        assertThat(pi).isEnded().hasPassed(END_LAPSED_WITHOUT_VISIT).hasNotPassed(END_LAPSED);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).taskDefinitionKey(SUBMIT_TASKS)
                .singleResult().getDeleteReason()).isEqualTo("deleted");
        assertThat(steps.ran()).endsWith("Task_RecordVisitWindowDecision");
    }

    @Test
    void aWithdrawalEndsTheCaseAtAUserTask() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);
        withdraw(pi);
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN_AT_ANY_STEP).hasNotPassed(END_WITHDRAWN);
        assertThat(taskQuery(null, pi)).isZero();
        assertThat(steps.ran()).endsWith("Task_TellWithdrawal");
    }

    @Test
    void aWithdrawalEndsTheCaseWhileItWaitsForATimer() {
        ProcessInstance pi = startAndReview();
        complete(task(pi));
        complete(task(pi));
        complete(task(pi));
        assertThat(pi).isWaitingAt(PREPARATION_DAY_1);
        withdraw(pi);
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN_AT_ANY_STEP);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void noDatesProposedByTheLastDayAndTheHeadteacherChoosesThem() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        assertThat(task(PROPOSE_DATES, pi).getDueDate()).isEqualTo(day(30));
        assertThat(job(VISIT_DATES_NOT_PROPOSED, pi).getDuedate()).isEqualTo(day(31));

        // The next school day the candidate's task closes; the headteacher chooses the dates, agreed as she chose them.
        ClockUtil.setCurrentTime(day(31));
        execute(job(VISIT_DATES_NOT_PROPOSED, pi));
        assertThat(taskQuery(PROPOSE_DATES, pi)).isZero();
        assertThat(pi).isWaitingAt(CHOOSE_DATES, SUBMIT_TASKS);
        assertThat(task(CHOOSE_DATES, pi)).isAssignedTo("helen.carter");
        assertThat(task(CHOOSE_DATES, pi).getName()).isEqualTo("Choose three visit dates for Jo Pritchard");
        complete(task(CHOOSE_DATES, pi), withVariables("visitDate1", "2027-03-01", "visitDate2", "2027-03-02", "visitDate3", "2027-03-03"));
        assertThat(pi).isWaitingAt(CONFIRM_VISIT);
        assertThat(taskQuery(AGREE_DATES, pi)).as("nobody agrees the headteacher's own dates").isZero();
        complete(task(CONFIRM_VISIT, pi));
        complete(task(SUBMIT_TASKS, pi));
        assertThat(pi).isWaitingAt(PREPARE_VISIT);
        complete(task(PREPARE_VISIT, pi));
        fromTheMeetingIntoTheRole(pi);
        assertThat(steps.ran()).containsSubsequence("Task_SetProposalDeadline", "Task_RecordNoVisitDates", "Task_RecordChosenDates",
                "Task_RecordVisit", "Task_SetVisitDeadlines", "Task_RecordAssessmentTasks");
    }

    @Test
    void withNoWrittenTasksAndNoVisitPreparationInTimeTheArrangementsGoOn() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        assertThat(task(SUBMIT_TASKS, pi).getDueDate()).isEqualTo(day(95));
        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        complete(task(CONFIRM_VISIT, pi));
        assertThat(pi).isWaitingAt(SUBMIT_TASKS);

        // The tasks' last day passes: their task closes and the visit preparation opens all the same.
        ClockUtil.setCurrentTime(day(96));
        execute(job(TASKS_NOT_SUBMITTED, pi));
        assertThat(taskQuery(SUBMIT_TASKS, pi)).isZero();
        assertThat(pi).isWaitingAt(PREPARE_VISIT);
        assertThat(job(VISIT_NOT_PREPARED, pi).getDuedate()).as("the visit's morning").isEqualTo(day(120));

        // The visit day comes with no preparation recorded: the visit goes ahead, the headteacher prepares for the assessor.
        ClockUtil.setCurrentTime(day(120));
        execute(job(VISIT_NOT_PREPARED, pi));
        assertThat(taskQuery(PREPARE_VISIT, pi)).isZero();
        assertThat(pi).isWaitingAt(HEADTEACHER_MEETING);
        fromTheMeetingIntoTheRole(pi);
        assertThat(steps.ran()).containsSubsequence("Task_RecordVisit", "Task_SetVisitDeadlines", "Task_RecordNoTasks",
                "Task_RecordNoPreparation").doesNotContain("Task_RecordAssessmentTasks", "Task_RecordVisitPreparation");
    }

    @Test
    void noAnswerOnReassessmentIsTakenAsNotReTakingIt() {
        steps.decides("recordAssessmentOutcomeDelegate", ALL_STANDARDS_MET, false);
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        throughTheVisitToItsOutcome(pi);
        assertThat(pi).isWaitingAt(DECIDE_ON_REASSESSMENT);
        assertThat(task(pi).getDueDate()).isEqualTo(day(140));

        ClockUtil.setCurrentTime(day(141));
        execute(job(NO_REASSESSMENT_ANSWER, pi));
        assertThat(pi).isEnded().hasPassed(END_NOT_REASSESSED).hasNotPassed(END_WITHDRAWN, END_IN_ROLE);
        assertThat(steps.ran()).containsSubsequence("Task_GiveFeedback", "Task_StartReassessmentPlan", "Task_SetReassessmentDeadline")
                .endsWith("Task_RecordNotReassessed");
    }

    /** The headteacher prepares for the assessor, the outcome (all met) is recorded, HR confirm the role: the journey's end. */
    private static void fromTheMeetingIntoTheRole(ProcessInstance pi) {
        complete(task(HEADTEACHER_MEETING, pi));
        complete(task(RECORD_OUTCOME, pi));
        complete(task(CONFIRM_JOB_DESCRIPTION, pi));
        assertThat(pi).isEnded().hasPassed(END_IN_ROLE);
    }

    /** To the candidate's registration task, on preparation day 1. */
    private ProcessInstance toRegistration() {
        ProcessInstance pi = startAndReview();
        complete(task(pi));
        complete(task(pi));
        complete(task(pi));
        ClockUtil.setCurrentTime(day(7));
        execute(job(PREPARATION_DAY_1, pi));
        assertThat(pi).isWaitingAt(REGISTER);
        return pi;
    }

    private static long taskQuery(String activityId, ProcessInstance pi) {
        var query = taskService().createTaskQuery().processInstanceId(pi.getId());
        return (activityId == null ? query : query.taskDefinitionKey(activityId)).count();
    }

    /** What the application does after recording a withdrawal (HltaWithdrawalController): the message, by the candidacy's reference. */
    private static void withdraw(ProcessInstance pi) {
        assertThat(runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(CANDIDACY).correlateWithResult()
                .getExecution().getProcessInstanceId()).isEqualTo(pi.getId());
    }

    /** What the real readiness table recommended from the self-review the scenario chose. */
    private static Object readiness(ProcessInstance pi) {
        return ((Map<?, ?>) runtimeService().getVariable(pi.getId(), READINESS_RESULT.name())).get("readiness");
    }

    private static ProcessInstance startAndReview() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("staffId", "E1007"));
        assertThat(pi).isWaitingAt(SELF_REVIEW);
        assertThat(task(pi)).isAssignedTo("jo.pritchard");
        complete(task(pi));
        return pi;
    }

    /** The morning of the given day of the scenario. */
    private static Date day(int day) {
        return new Date(START + day * DAY);
    }

    /** A provider's report as HltaProviderController passes it on: by the candidacy's reference, the case's business key. */
    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceBusinessKey(CANDIDACY)
                .setVariable(RECEIVED_FROM.name(), "prime.consortium").correlateWithResult();
    }

    /** Dates proposed and agreed, the visit confirmed and prepared for, the outcome recorded: the reassessment question next. */
    private void throughTheVisitToItsOutcome(ProcessInstance pi) {
        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        complete(task(CONFIRM_VISIT, pi));
        complete(task(SUBMIT_TASKS, pi));
        complete(task(PREPARE_VISIT, pi));
        complete(task(HEADTEACHER_MEETING, pi));
        complete(task(RECORD_OUTCOME, pi));
    }
}
