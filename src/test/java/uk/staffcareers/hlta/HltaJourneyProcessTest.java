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

/** Every path of hlta-journey.bpmn, with the real readiness table and mocked services; timers by moving the clock. */
@Deployment(resources = {"models/processes/hlta-journey.bpmn", "models/processes/hlta-readiness.dmn"})
class HltaJourneyProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    private final List<String> calls = new ArrayList<>();
    private final long start = System.currentTimeMillis();
    private int standardsConfident = 33;
    private boolean headteacherSaysReady = true;
    private boolean allMet = true;

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(new Date(start));
        Mocks.register("openCandidacyDelegate", (JavaDelegate) ex -> {
            calls.add("opened");
            ex.setVariable(CANDIDACY_ID, 1L);
            ex.setVariable(REFERENCE, "HLTA-E1007-1");
            ex.setVariable(STAFF_NAME, "Jo Pritchard");
            ex.setVariable(CANDIDATE, "jo.pritchard");
            ex.setVariable(HEADTEACHER, "helen.carter");
            ex.setVariable(COORDINATOR, "mark.ellis");
            ex.setVariable(HR, "kate.morgan");
        });
        Mocks.register("recordSelfReviewDelegate", (JavaDelegate) ex -> {
            calls.add("self-review");
            ex.setVariable("wholeClassOpportunities", true);
            ex.setVariable("level2EnglishAndMathsOnRecord", true);
            ex.setVariable("standardsConfident", standardsConfident);
        });
        Mocks.register("recordReadinessRecommendationDelegate", (JavaDelegate) ex ->
                calls.add("recommended " + ((java.util.Map<?, ?>) ex.getVariable(READINESS_RESULT)).get("readiness")));
        Mocks.register("recordReadinessDecisionDelegate", (JavaDelegate) ex -> ex.setVariable(READY, headteacherSaysReady));
        Mocks.register("startDevelopmentPlanDelegate", (JavaDelegate) ex -> calls.add("plan"));
        Mocks.register("withdrawCandidacyDelegate", (JavaDelegate) ex -> calls.add("withdrawn"));
        Mocks.register("recordSchoolCommitmentDelegate", (JavaDelegate) ex -> calls.add("committed"));
        Mocks.register("recordPreparationDaysDelegate", (JavaDelegate) ex -> {
            calls.add("preparation booked");
            ex.setVariable(REGISTRATION_OPENS_AT, new Date(start + 7 * DAY));
            ex.setVariable(REGISTRATION_CLOSES_AT, new Date(start + 14 * DAY));
            ex.setVariable(REGISTRATION_MISSED_AT, new Date(start + 15 * DAY));
            ex.setVariable(VISIT_ESCALATION_AT, new Date(start + 90 * DAY));
            ex.setVariable(VISIT_WINDOW_CLOSED_AT, new Date(start + 100 * DAY));
            ex.setVariable(ASSESSMENT_TASKS_DUE_AT, new Date(start + 95 * DAY));
            ex.setVariable(ASSESSMENT_TASKS_MISSED_AT, new Date(start + 96 * DAY));
        });
        // The candidate's last days for the dates and the reassessment decision, and the days before the visit.
        Mocks.register("setAnswerDeadlineDelegate", (JavaDelegate) ex -> {
            calls.add("last day for " + ex.getVariable(CANDIDATE_STEP));
            boolean dates = "VISIT_DATES".equals(ex.getVariable(CANDIDATE_STEP));
            ex.setVariable(dates ? VISIT_DATES_DUE_AT : REASSESSMENT_DUE_AT, new Date(start + (dates ? 30 : 140) * DAY));
            ex.setVariable(dates ? VISIT_DATES_MISSED_AT : REASSESSMENT_MISSED_AT, new Date(start + (dates ? 31 : 141) * DAY));
        });
        Mocks.register("setVisitDeadlinesDelegate", (JavaDelegate) ex -> {
            calls.add("visit deadlines");
            ex.setVariable(VISIT_PREPARATION_DUE_AT, new Date(start + 119 * DAY));
            ex.setVariable(VISIT_PREPARATION_MISSED_AT, new Date(start + 120 * DAY));
        });
        Mocks.register("recordNoAnswerDelegate", (JavaDelegate) ex -> calls.add("no answer: " + ex.getVariable(CANDIDATE_STEP)));
        Mocks.register("recordChosenDatesDelegate", (JavaDelegate) ex -> calls.add("dates chosen"));
        // The coordinator's decisions: the provider's new registration dates, or a new visit window, or lapsed.
        Mocks.register("recordRegistrationDecisionDelegate", (JavaDelegate) ex -> {
            boolean reopen = "reopen".equals(ex.getVariable("registrationDecision"));
            calls.add(reopen ? "registration re-opened" : "lapsed: " + ex.getVariable("lapseReason"));
            ex.setVariable(REGISTRATION_REOPENED, reopen);
            ex.setVariable(REGISTRATION_OPENS_AT, new Date(start + 21 * DAY));
            ex.setVariable(REGISTRATION_CLOSES_AT, new Date(start + 22 * DAY));
            ex.setVariable(REGISTRATION_MISSED_AT, new Date(start + 23 * DAY));
        });
        Mocks.register("recordVisitWindowDecisionDelegate", (JavaDelegate) ex -> {
            boolean newWindow = "newWindow".equals(ex.getVariable("visitWindowDecision"));
            calls.add(newWindow ? "new window" : "lapsed: " + ex.getVariable("lapseReason"));
            ex.setVariable(NEW_VISIT_WINDOW_GIVEN, newWindow);
            ex.setVariable(VISIT_ESCALATION_AT, new Date(start + 150 * DAY));
            ex.setVariable(VISIT_WINDOW_CLOSED_AT, new Date(start + 160 * DAY));
        });
        Mocks.register("tellWithdrawalDelegate", (JavaDelegate) ex -> calls.add("told of the withdrawal"));
        Mocks.register("remindToRegisterDelegate", (JavaDelegate) ex -> calls.add("reminded to register"));
        Mocks.register("escalateRegistrationDelegate", (JavaDelegate) ex -> calls.add("coordinator told"));
        Mocks.register("recordRegistrationDelegate", (JavaDelegate) ex -> calls.add("registered by " + ex.getVariable(RECEIVED_FROM)));
        Mocks.register("recordProposedDatesDelegate", (JavaDelegate) ex -> calls.add("dates proposed"));
        Mocks.register("recordDatesAnswerDelegate", (JavaDelegate) ex ->
                ex.setVariable(DATES_AGREED, "agreed".equals(ex.getVariable("datesAnswer"))));
        Mocks.register("recordVisitDelegate", (JavaDelegate) ex -> {
            calls.add("visit by " + ex.getVariable(RECEIVED_FROM));
            ex.setVariable(VISIT_AT, new Date(start + 120 * DAY));
        });
        Mocks.register("escalateToLocalAuthorityDelegate", (JavaDelegate) ex -> calls.add("LA told"));
        Mocks.register("recordAssessmentTasksDelegate", (JavaDelegate) ex -> calls.add("tasks submitted"));
        Mocks.register("recordVisitPreparationDelegate", (JavaDelegate) ex -> calls.add("visit prepared"));
        Mocks.register("recordMeetingPreparationDelegate", (JavaDelegate) ex -> calls.add("meeting prepared"));
        Mocks.register("recordAssessmentOutcomeDelegate", (JavaDelegate) ex -> {
            calls.add("outcome from " + ex.getVariable(RECEIVED_FROM));
            ex.setVariable(ALL_STANDARDS_MET, allMet);
        });
        Mocks.register("recordHltaStatusDelegate", (JavaDelegate) ex -> calls.add("HLTA status"));
        Mocks.register("moveIntoHltaRoleDelegate", (JavaDelegate) ex -> calls.add("in role"));
        Mocks.register("giveFeedbackDelegate", (JavaDelegate) ex -> calls.add("feedback"));
        Mocks.register("openReassessmentDelegate", (JavaDelegate) ex -> calls.add("reassessment"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aReadyCandidateIsAssessedByHandEntryAndMovesIntoTheHltaRole() {
        ProcessInstance pi = startAndReview();
        assertThat(calls).contains("recommended READY");
        assertThat(pi).isWaitingAt(READINESS_DISCUSSION);
        assertThat(task(pi)).isAssignedTo("helen.carter");
        complete(task(pi));
        assertThat(pi).isWaitingAt(SCHOOL_COMMITMENT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(BOOK_PREPARATION);
        assertThat(task(pi)).isAssignedTo("jo.pritchard");
        complete(task(pi));

        assertThat(pi).isWaitingAt(PREPARATION_DAY_1);
        ClockUtil.setCurrentTime(new Date(start + 7 * DAY));
        execute(job(PREPARATION_DAY_1, pi));
        assertThat(pi).isWaitingAt(REGISTER);
        assertThat(task(pi).getDueDate()).isEqualTo(new Date(start + 14 * DAY));
        complete(task(pi));

        // The headteacher sends the first dates back; the second set is agreed.
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);
        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "notAgreed", "datesNote", "Sports day"));
        complete(task(PROPOSE_DATES, pi));
        assertThat(task(AGREE_DATES, pi)).isAssignedTo("helen.carter");
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        assertThat(task(CONFIRM_VISIT, pi)).isAssignedTo("mark.ellis");
        complete(task(CONFIRM_VISIT, pi));
        complete(task(SUBMIT_TASKS, pi));

        assertThat(pi).isWaitingAt(PREPARE_VISIT);
        assertThat(task(pi).getDueDate()).as("the school day before the visit").isEqualTo(new Date(start + 119 * DAY));
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
                VISIT_WINDOW_CLOSED);
        assertThat(calls).containsSubsequence("opened", "self-review", "committed", "preparation booked", "reminded to register",
                "registered by null", "last day for VISIT_DATES", "dates proposed", "last day for VISIT_DATES", "dates proposed",
                "visit by null", "visit deadlines", "visit prepared", "meeting prepared", "outcome from null", "HLTA status", "in role",
                "plan");
        assertThat(calls).noneMatch(call -> call.startsWith("no answer"));
    }

    @Test
    void notYetReadyStartsAPlanAndTheCandidateReturnsOrWithdraws() {
        standardsConfident = 20;
        headteacherSaysReady = false;
        ProcessInstance pi = startAndReview();
        assertThat(calls).contains("recommended NOT_YET");
        complete(task(pi));
        assertThat(pi).isWaitingAt(RETURN_WHEN_READY);
        assertThat(calls).contains("plan");
        complete(task(pi), withVariables(RETURN_CHOICE, "return"));

        assertThat(pi).isWaitingAt(SELF_REVIEW);
        complete(task(pi));
        complete(task(pi));
        complete(task(pi), withVariables(RETURN_CHOICE, "withdraw"));
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
        assertThat(calls).endsWith("withdrawn");
    }

    @Test
    void theProviderReportsByMessageAndLateStepsAreEscalated() {
        ProcessInstance pi = startAndReview();
        complete(task(pi));
        complete(task(pi));
        complete(task(pi));
        ClockUtil.setCurrentTime(new Date(start + 7 * DAY));
        execute(job(PREPARATION_DAY_1, pi));

        // Day 2 comes without a registration: the coordinator is told and the task stays open.
        ClockUtil.setCurrentTime(new Date(start + 14 * DAY));
        execute(job(NOT_REGISTERED_BY_DAY_2, pi));
        assertThat(calls).contains("coordinator told");
        assertThat(pi).isWaitingAt(REGISTER);
        correlate(MESSAGE_REGISTRATION_CONFIRMED);
        assertThat(calls).contains("registered by prime.consortium");

        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        // No visit confirmed as the window draws to a close: the local authority is told.
        ClockUtil.setCurrentTime(new Date(start + 90 * DAY));
        execute(job(VISIT_NOT_BOOKED, pi));
        assertThat(calls).contains("LA told");
        correlate(MESSAGE_VISIT_CONFIRMED);
        complete(task(SUBMIT_TASKS, pi));
        complete(task(PREPARE_VISIT, pi));
        complete(task(HEADTEACHER_MEETING, pi));

        // Not all standards met: feedback, a plan, a reassessment that goes back to the arrangements.
        allMet = false;
        correlate(MESSAGE_OUTCOME_RECEIVED);
        assertThat(pi).isWaitingAt(DECIDE_ON_REASSESSMENT);
        assertThat(calls).containsSubsequence("outcome from prime.consortium", "feedback", "plan");
        complete(task(pi), withVariables(REASSESSMENT_CHOICE, "reassess"));
        assertThat(calls).contains("reassessment");
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);

        throughTheVisitToItsOutcome(pi);
        complete(task(DECIDE_ON_REASSESSMENT, pi), withVariables(REASSESSMENT_CHOICE, "withdraw"));
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN);
    }

    @Test
    void aMissedRegistrationIsReopenedWithTheProvidersDatesAndTheCandidateRegisters() {
        ProcessInstance pi = toRegistration();
        ClockUtil.setCurrentTime(new Date(start + 14 * DAY));
        execute(job(NOT_REGISTERED_BY_DAY_2, pi));

        // The school day after the last day to register: the registration task closes, the coordinator decides.
        ClockUtil.setCurrentTime(new Date(start + 15 * DAY));
        execute(job(REGISTRATION_MISSED, pi));
        assertThat(pi).isWaitingAt(REOPEN_REGISTRATION);
        assertThat(taskQuery(REGISTER, pi)).isZero();
        assertThat(task(pi)).isAssignedTo("mark.ellis");
        assertThat(task(pi).getName()).isEqualTo("Re-open registration for Jo Pritchard");
        complete(task(pi), withVariables("registrationDecision", "reopen", "registrationOpensOn", "2027-02-01",
                "registrationClosesOn", "2027-02-02"));

        // Registration opens again on the provider's first day, due on its last.
        assertThat(pi).isWaitingAt(PREPARATION_DAY_1);
        assertThat(job(PREPARATION_DAY_1, pi).getDuedate()).isEqualTo(new Date(start + 21 * DAY));
        ClockUtil.setCurrentTime(new Date(start + 21 * DAY));
        execute(job(PREPARATION_DAY_1, pi));
        assertThat(pi).isWaitingAt(REGISTER);
        assertThat(task(pi).getDueDate()).isEqualTo(new Date(start + 22 * DAY));
        complete(task(pi));
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);
        assertThat(calls).containsSubsequence("coordinator told", "no answer: REGISTRATION", "registration re-opened",
                "reminded to register", "registered by null");
    }

    @Test
    void aMissedRegistrationMayCloseTheCandidacyAsLapsed() {
        ProcessInstance pi = toRegistration();
        ClockUtil.setCurrentTime(new Date(start + 15 * DAY));
        execute(job(REGISTRATION_MISSED, pi));
        complete(task(REOPEN_REGISTRATION, pi), withVariables("registrationDecision", "lapse", "lapseReason", "No later cohort this year"));
        assertThat(pi).isEnded().hasPassed(END_LAPSED).hasNotPassed(END_WITHDRAWN, END_IN_ROLE);
        assertThat(calls).endsWith("lapsed: No later cohort this year");
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
        ClockUtil.setCurrentTime(new Date(start + 100 * DAY));
        execute(job(VISIT_WINDOW_CLOSED, pi));
        assertThat(pi).isWaitingAt(GIVE_NEW_WINDOW);
        assertThat(taskQuery(CONFIRM_VISIT, pi)).isZero();
        assertThat(task(pi)).isAssignedTo("mark.ellis");
        assertThat(task(pi).getName()).isEqualTo("Give a new visit window for Jo Pritchard");
        complete(task(pi), withVariables("visitWindowDecision", "newWindow", "visitWindowClosesOn", "2027-06-30"));

        // The candidate proposes dates in the new window; the tasks already submitted still count.
        assertThat(pi).isWaitingAt(PROPOSE_DATES);
        assertThat(job(VISIT_WINDOW_CLOSED, pi).getDuedate()).isEqualTo(new Date(start + 160 * DAY));
        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        correlate(MESSAGE_VISIT_CONFIRMED);
        assertThat(pi).isWaitingAt(PREPARE_VISIT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(HEADTEACHER_MEETING);
        assertThat(calls).containsSubsequence("tasks submitted", "new window", "dates proposed", "visit by prime.consortium");
    }

    @Test
    void aWindowThatClosesWithoutAVisitMayCloseTheCandidacyAsLapsed() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        ClockUtil.setCurrentTime(new Date(start + 100 * DAY));
        execute(job(VISIT_WINDOW_CLOSED, pi));
        assertThat(pi).isWaitingAt(GIVE_NEW_WINDOW, SUBMIT_TASKS);
        complete(task(GIVE_NEW_WINDOW, pi), withVariables("visitWindowDecision", "lapse", "lapseReason", "The provider cannot visit"));
        // The whole arrangement stops, the candidate's open task with it.
        assertThat(pi).isEnded().hasPassed(END_LAPSED_WITHOUT_VISIT).hasNotPassed(END_LAPSED);
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).taskDefinitionKey(SUBMIT_TASKS)
                .singleResult().getDeleteReason()).isEqualTo("deleted");
        assertThat(calls).endsWith("lapsed: The provider cannot visit");
    }

    @Test
    void aWithdrawalEndsTheCaseAtAUserTask() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        assertThat(pi).isWaitingAt(PROPOSE_DATES, SUBMIT_TASKS);
        withdraw(pi);
        assertThat(pi).isEnded().hasPassed(END_WITHDRAWN_AT_ANY_STEP).hasNotPassed(END_WITHDRAWN);
        assertThat(taskQuery(null, pi)).isZero();
        assertThat(calls).endsWith("told of the withdrawal");
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
        assertThat(task(PROPOSE_DATES, pi).getDueDate()).isEqualTo(new Date(start + 30 * DAY));
        assertThat(job(VISIT_DATES_NOT_PROPOSED, pi).getDuedate()).isEqualTo(new Date(start + 31 * DAY));

        // The next school day the candidate's task closes; the headteacher chooses the dates, agreed as she chose them.
        ClockUtil.setCurrentTime(new Date(start + 31 * DAY));
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
        assertThat(calls).containsSubsequence("last day for VISIT_DATES", "no answer: VISIT_DATES", "dates chosen", "visit by null",
                "visit deadlines", "tasks submitted");
    }

    @Test
    void withNoWrittenTasksAndNoVisitPreparationInTimeTheArrangementsGoOn() {
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        assertThat(task(SUBMIT_TASKS, pi).getDueDate()).isEqualTo(new Date(start + 95 * DAY));
        complete(task(PROPOSE_DATES, pi));
        complete(task(AGREE_DATES, pi), withVariables("datesAnswer", "agreed"));
        complete(task(CONFIRM_VISIT, pi));
        assertThat(pi).isWaitingAt(SUBMIT_TASKS);

        // The tasks' last day passes: their task closes and the visit preparation opens all the same.
        ClockUtil.setCurrentTime(new Date(start + 96 * DAY));
        execute(job(TASKS_NOT_SUBMITTED, pi));
        assertThat(taskQuery(SUBMIT_TASKS, pi)).isZero();
        assertThat(pi).isWaitingAt(PREPARE_VISIT);
        assertThat(job(VISIT_NOT_PREPARED, pi).getDuedate()).as("the visit's morning").isEqualTo(new Date(start + 120 * DAY));

        // The visit day comes with no preparation recorded: the visit goes ahead, the headteacher prepares for the assessor.
        ClockUtil.setCurrentTime(new Date(start + 120 * DAY));
        execute(job(VISIT_NOT_PREPARED, pi));
        assertThat(taskQuery(PREPARE_VISIT, pi)).isZero();
        assertThat(pi).isWaitingAt(HEADTEACHER_MEETING);
        assertThat(calls).containsSubsequence("visit by null", "visit deadlines", "no answer: ASSESSMENT_TASKS", "no answer: VISIT_PREPARATION")
                .doesNotContain("tasks submitted", "visit prepared");
    }

    @Test
    void noAnswerOnReassessmentIsTakenAsNotReTakingIt() {
        allMet = false;
        ProcessInstance pi = toRegistration();
        complete(task(pi));
        throughTheVisitToItsOutcome(pi);
        assertThat(pi).isWaitingAt(DECIDE_ON_REASSESSMENT);
        assertThat(task(pi).getDueDate()).isEqualTo(new Date(start + 140 * DAY));

        ClockUtil.setCurrentTime(new Date(start + 141 * DAY));
        execute(job(NO_REASSESSMENT_ANSWER, pi));
        assertThat(pi).isEnded().hasPassed(END_NOT_REASSESSED).hasNotPassed(END_WITHDRAWN, END_IN_ROLE);
        assertThat(calls).containsSubsequence("feedback", "plan", "last day for REASSESSMENT").endsWith("no answer: REASSESSMENT");
    }

    /** To the candidate's registration task, on preparation day 1. */
    private ProcessInstance toRegistration() {
        ProcessInstance pi = startAndReview();
        complete(task(pi));
        complete(task(pi));
        complete(task(pi));
        ClockUtil.setCurrentTime(new Date(start + 7 * DAY));
        execute(job(PREPARATION_DAY_1, pi));
        assertThat(pi).isWaitingAt(REGISTER);
        return pi;
    }

    private static long taskQuery(String activityId, ProcessInstance pi) {
        var query = taskService().createTaskQuery().processInstanceId(pi.getId());
        return (activityId == null ? query : query.taskDefinitionKey(activityId)).count();
    }

    /** What the application does after recording a withdrawal: the message, as the application. */
    private static void withdraw(ProcessInstance pi) {
        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceId(pi.getId()).correlateWithResult();
    }

    private ProcessInstance startAndReview() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("staffId", "E1007"));
        assertThat(pi).isWaitingAt(SELF_REVIEW);
        assertThat(task(pi)).isAssignedTo("jo.pritchard");
        complete(task(pi));
        return pi;
    }

    private static void correlate(String message) {
        runtimeService().createMessageCorrelation(message).processInstanceVariableEquals(REFERENCE, "HLTA-E1007-1")
                .setVariable(RECEIVED_FROM, "prime.consortium").correlateWithResult();
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
