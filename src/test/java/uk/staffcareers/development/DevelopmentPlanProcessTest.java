package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.staffcareers.development.DevelopmentPlanProcess.*;
import static uk.staffcareers.development.DevelopmentPlanProcess.Vars.*;

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
 * Every path of development-plan.bpmn, with the real decision tables and mocked services.
 * The mocked steps set what each scenario chose (MockSteps); what the real delegates set is in their own tests.
 */
@Deployment(resources = {"models/processes/development-plan.bpmn", "models/processes/development-route.dmn",
        "models/processes/career-progression.dmn"})
class DevelopmentPlanProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    /** Every test starts on the same morning, whenever it runs. */
    private static final long START = Instant.parse("2026-09-07T07:30:00Z").toEpochMilli();
    private final MockSteps steps = new MockSteps();

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(day(0));
        steps.register("recordDevelopmentNeedDelegate", "recordClarificationDelegate", "recordRecommendationDelegate",
                "recordDevelopmentDecisionDelegate", "recordPracticalitiesDelegate", "recordCostDecisionDelegate", "recordProgressDelegate",
                "remindOfEndDateDelegate", "recordEvaluationDelegate");
        steps.decides("recordDevelopmentNeedDelegate", Map.of(PLAN_ID, 1L, STAFF_NAME, "Amy Hughes", PLANNER, "tom.bennett",
                HEADTEACHER, "helen.carter"));
        // What the clarification found, as the career-progression table reads it.
        steps.decides("recordClarificationDelegate", Map.of("newRoleOrResponsibility", false, "alreadyInRole", true,
                "stage", "TEACHING_ASSISTANT", "highestLevel", 2, "hasL2EnglishAndMaths", false, "hltaOrQts", false, "hasSpecialistL4", false));
        steps.decides("recordRecommendationDelegate", RECOMMENDATION, "summary");
        steps.decides("recordDevelopmentDecisionDelegate", MENTOR_REQUIRED, true);
        // Unless a scenario says otherwise, the costs are within the school's threshold.
        steps.decides("recordPracticalitiesDelegate", Map.of(COST_APPROVAL_NEEDED, false, MENTOR, "sara.okafor", ENDS_ON, day(30),
                REMINDER_AT, day(27)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aPlanRunsFromTheNeedToItsEvaluation() {
        ProcessInstance pi = startFromTasklist();
        workThroughToPracticalities(pi);

        assertThat(pi).isWaitingAt(LOG_PROGRESS);
        assertThat(task(pi)).isAssignedTo("sara.okafor");
        assertThat(task(pi).getDueDate()).isEqualTo(day(30));
        complete(task(pi), withVariables(PROGRESS_NOTE.name(), "Unit 1 done", DEVELOPMENT_FINISHED.name(), false));
        assertThat(pi).isWaitingAt(LOG_PROGRESS);
        complete(task(pi), withVariables(PROGRESS_NOTE.name(), "All units done", DEVELOPMENT_FINISHED.name(), true));

        assertThat(pi).isWaitingAt(EVALUATE);
        assertThat(task(pi)).isAssignedTo("tom.bennett");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(END_EVALUATED).hasNotPassed(APPROVE_COSTS);
        assertThat(steps.ran()).containsExactly("Task_RecordNeed", "Task_RecordClarification", "Task_RecordRecommendation",
                "Task_RecordDecision", "Task_RecordPracticalities", "Task_RecordProgress", "Task_RecordProgress", "Task_RecordEvaluation");
    }

    @Test
    void costsAboveTheThresholdNeedTheHeadteacherWhoMaySendThePlanBack() {
        steps.decides("recordPracticalitiesDelegate", COST_APPROVAL_NEEDED, true);
        ProcessInstance pi = startFromTasklist();
        workThroughToPracticalities(pi);

        assertThat(pi).isWaitingAt(APPROVE_COSTS);
        assertThat(task(pi)).isAssignedTo("helen.carter");
        complete(task(pi), withVariables(COST_DECISION.name(), "declined", COST_NOTE.name(), "Find a cheaper provider"));
        assertThat(pi).isWaitingAt(AGREE_PRACTICALITIES);
        complete(task(pi));
        complete(task(pi), withVariables(COST_DECISION.name(), "approved"));

        assertThat(pi).isWaitingAt(LOG_PROGRESS);
        finishAndEvaluate(pi);
        assertThat(pi).isEnded().hasPassed(END_EVALUATED);
        assertThat(steps.ran()).containsSubsequence("Task_RecordPracticalities", "Task_RecordCostDecision", "Task_RecordPracticalities",
                "Task_RecordCostDecision");
    }

    @Test
    void theMentorIsRemindedBeforeTheEndDateAndTheEndDateLeadsToEvaluation() {
        ProcessInstance pi = startFromTasklist();
        workThroughToPracticalities(pi);

        ClockUtil.setCurrentTime(day(28));
        execute(job("Event_EndDateApproaching"));
        assertThat(steps.ran()).contains("Task_RemindOfEndDate");
        assertThat(pi).isWaitingAt(LOG_PROGRESS).hasPassed("EndEvent_Reminded");

        ClockUtil.setCurrentTime(day(31));
        execute(job("Event_EndDateReached"));
        assertThat(pi).isWaitingAt(EVALUATE).hasNotPassed("EndEvent_DevelopmentFinished");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(END_EVALUATED);
    }

    @Test
    void anotherCaseCanRequestAPlanByMessage() {
        ProcessInstance pi = runtimeService().createMessageCorrelation(MESSAGE_REQUESTED)
                .setVariable(STAFF_ID.name(), "E1004").setVariable(TRIGGER.name(), "HLTA_OUTCOME")
                .setVariable(NEED.name(), "Standards 17 and 31 not met").setVariable(REQUESTED_BY.name(), "HLTA-E1007")
                .correlateStartMessage();
        assertThat(pi).isWaitingAt(CLARIFY_NEED).hasPassed("StartEvent_DevelopmentRequested");
        assertThat(steps.ran()).containsExactly("Task_RecordNeed");
        workThroughToPracticalities(pi);
        finishAndEvaluate(pi);
        assertThat(pi).isEnded().hasPassed(END_EVALUATED);
    }

    private static Map<?, ?> result(ProcessInstance pi, String variable) {
        return (Map<?, ?>) runtimeService().getVariable(pi.getId(), variable);
    }

    /** The morning of the given day of the scenario. */
    private static Date day(int day) {
        return new Date(START + day * DAY);
    }

    /** The mentor logs the development finished and the planner evaluates it. */
    private static void finishAndEvaluate(ProcessInstance pi) {
        complete(task(pi), withVariables(PROGRESS_NOTE.name(), "All done", DEVELOPMENT_FINISHED.name(), true));
        complete(task(pi));
    }

    private static ProcessInstance startFromTasklist() {
        return runtimeService().startProcessInstanceByKey(KEY, "DEVELOPMENT-E1004",
                withVariables(STAFF_ID.name(), "E1004", TRIGGER.name(), "OWN_REQUEST", NEED.name(), "Level 3 to become a senior TA"));
    }

    private static void workThroughToPracticalities(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(CLARIFY_NEED);
        assertThat(task(pi)).isAssignedTo("tom.bennett");
        Map<String, Object> situation = new java.util.HashMap<>();
        DevelopmentPlanProcess.SITUATION.forEach(flag -> situation.put(flag.name(), false));
        situation.putAll(Map.of("inHouseSupportAvailable", true, "aspiresToSeniorRole", true, "sufficientLiteracyNumeracy", true));
        complete(task(pi), situation);
        assertThat(pi).isWaitingAt(DECIDE).hasPassed("Task_RecommendRoute", "Task_RecommendQualificationType",
                "Task_WorkOutCareerProgression");
        // The real tables' answers, which the (mocked) recommendation step would record.
        assertThat(result(pi, ROUTE_RESULT.name()).get("route")).isEqualTo("QUALIFICATION");
        assertThat(result(pi, PROGRESSION_RESULT.name()).get("nextStage")).isEqualTo("Senior teaching assistant");
        complete(task(pi));
        assertThat(pi).isWaitingAt(AGREE_PRACTICALITIES);
        complete(task(pi));
    }
}
