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

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

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

/** Every path of development-plan.bpmn, with the real decision tables and mocked services. */
@Deployment(resources = {"models/processes/development-plan.bpmn", "models/processes/development-route.dmn",
        "models/processes/career-progression.dmn"})
class DevelopmentPlanProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessTests.engineWithFullCoverage();

    private static final long DAY = 24L * 3600 * 1000;
    private final List<String> calls = new ArrayList<>();
    private final long start = System.currentTimeMillis();
    private boolean costApprovalNeeded;

    @BeforeEach
    void mockServices() {
        ClockUtil.setCurrentTime(new Date(start));
        Mocks.register("recordDevelopmentNeedDelegate", (JavaDelegate) ex -> {
            calls.add("need " + ex.getVariable(TRIGGER));
            ex.setVariable(PLAN_ID, 1L);
            ex.setVariable(STAFF_NAME, "Amy Hughes");
            ex.setVariable(PLANNER, "tom.bennett");
            ex.setVariable(HEADTEACHER, "helen.carter");
        });
        Mocks.register("recordClarificationDelegate", (JavaDelegate) ex -> {
            calls.add("clarified");
            ex.setVariables(Map.of("newRoleOrResponsibility", false, "alreadyInRole", true, "stage", "TEACHING_ASSISTANT",
                    "highestLevel", 2, "hasL2EnglishAndMaths", false, "hltaOrQts", false, "hasSpecialistL4", false));
        });
        Mocks.register("recordRecommendationDelegate", (JavaDelegate) ex -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> route = (Map<String, Object>) ex.getVariable(ROUTE_RESULT);
            @SuppressWarnings("unchecked")
            Map<String, Object> progression = (Map<String, Object>) ex.getVariable(PROGRESSION_RESULT);
            calls.add("recommended " + route.get("route") + ", next " + progression.get("nextStage"));
            ex.setVariable(RECOMMENDATION, "summary");
        });
        Mocks.register("recordDevelopmentDecisionDelegate", (JavaDelegate) ex -> {
            calls.add("decided");
            ex.setVariable(MENTOR_REQUIRED, true);
        });
        Mocks.register("recordPracticalitiesDelegate", (JavaDelegate) ex -> {
            calls.add("practicalities");
            ex.setVariable(COST_APPROVAL_NEEDED, costApprovalNeeded);
            ex.setVariable(MENTOR, "sara.okafor");
            ex.setVariable(ENDS_ON, new Date(start + 30 * DAY));
            ex.setVariable(REMINDER_AT, new Date(start + 27 * DAY));
        });
        Mocks.register("recordCostDecisionDelegate", (JavaDelegate) ex -> calls.add("costs " + ex.getVariable(COST_DECISION)));
        Mocks.register("recordProgressDelegate", (JavaDelegate) ex -> calls.add("progress"));
        Mocks.register("remindOfEndDateDelegate", (JavaDelegate) ex -> calls.add("reminded"));
        Mocks.register("recordEvaluationDelegate", (JavaDelegate) ex -> calls.add("evaluated"));
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
        assertThat(task(pi).getDueDate()).isEqualTo(new Date(start + 30 * DAY));
        complete(task(pi), withVariables(PROGRESS_NOTE, "Unit 1 done", DEVELOPMENT_FINISHED, false));
        assertThat(pi).isWaitingAt(LOG_PROGRESS);
        complete(task(pi), withVariables(PROGRESS_NOTE, "All units done", DEVELOPMENT_FINISHED, true));

        assertThat(pi).isWaitingAt(EVALUATE);
        assertThat(task(pi)).isAssignedTo("tom.bennett");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(END_EVALUATED).hasNotPassed(APPROVE_COSTS);
        assertThat(calls).containsExactly("need OWN_REQUEST", "clarified",
                "recommended QUALIFICATION, next Senior teaching assistant", "decided", "practicalities",
                "progress", "progress", "evaluated");
    }

    @Test
    void costsAboveTheThresholdNeedTheHeadteacherWhoMaySendThePlanBack() {
        costApprovalNeeded = true;
        ProcessInstance pi = startFromTasklist();
        workThroughToPracticalities(pi);

        assertThat(pi).isWaitingAt(APPROVE_COSTS);
        assertThat(task(pi)).isAssignedTo("helen.carter");
        complete(task(pi), withVariables(COST_DECISION, "declined", COST_NOTE, "Find a cheaper provider"));
        assertThat(pi).isWaitingAt(AGREE_PRACTICALITIES);
        complete(task(pi));
        complete(task(pi), withVariables(COST_DECISION, "approved"));

        assertThat(pi).isWaitingAt(LOG_PROGRESS);
        assertThat(calls).contains("costs declined", "costs approved");
    }

    @Test
    void theMentorIsRemindedBeforeTheEndDateAndTheEndDateLeadsToEvaluation() {
        ProcessInstance pi = startFromTasklist();
        workThroughToPracticalities(pi);

        ClockUtil.setCurrentTime(new Date(start + 28 * DAY));
        execute(job("Event_EndDateApproaching"));
        assertThat(calls).contains("reminded");
        assertThat(pi).isWaitingAt(LOG_PROGRESS).hasPassed("EndEvent_Reminded");

        ClockUtil.setCurrentTime(new Date(start + 31 * DAY));
        execute(job("Event_EndDateReached"));
        assertThat(pi).isWaitingAt(EVALUATE).hasNotPassed("EndEvent_DevelopmentFinished");
    }

    @Test
    void anotherCaseCanRequestAPlanByMessage() {
        ProcessInstance pi = runtimeService().createMessageCorrelation(MESSAGE_REQUESTED)
                .setVariable(STAFF_ID, "E1004").setVariable(TRIGGER, "HLTA_OUTCOME")
                .setVariable(NEED, "Standards 17 and 31 not met").setVariable(REQUESTED_BY, "HLTA-E1007")
                .correlateStartMessage();
        assertThat(pi).isWaitingAt(CLARIFY_NEED).hasPassed("StartEvent_DevelopmentRequested");
        assertThat(calls).containsExactly("need HLTA_OUTCOME");
    }

    private static ProcessInstance startFromTasklist() {
        return runtimeService().startProcessInstanceByKey(KEY, "DEVELOPMENT-E1004",
                withVariables(STAFF_ID, "E1004", TRIGGER, "OWN_REQUEST", NEED, "Level 3 to become a senior TA"));
    }

    private static void workThroughToPracticalities(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(CLARIFY_NEED);
        assertThat(task(pi)).isAssignedTo("tom.bennett");
        Map<String, Object> situation = new java.util.HashMap<>();
        DevelopmentPlanProcess.SITUATION.forEach(flag -> situation.put(flag, false));
        situation.putAll(Map.of("inHouseSupportAvailable", true, "aspiresToSeniorRole", true, "sufficientLiteracyNumeracy", true));
        complete(task(pi), situation);
        assertThat(pi).isWaitingAt(DECIDE).hasPassed("Task_RecommendRoute", "Task_RecommendQualificationType",
                "Task_WorkOutCareerProgression");
        complete(task(pi));
        assertThat(pi).isWaitingAt(AGREE_PRACTICALITIES);
        complete(task(pi));
    }
}
