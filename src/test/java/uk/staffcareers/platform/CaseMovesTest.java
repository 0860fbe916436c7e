package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.FixedClock;
import uk.staffcareers.FixedEngineClock;

/**
 * A case carried to another tenant by CaseMoves, on an engine of its own, with the shapes our diagrams use: parallel
 * branches, an embedded subprocess with a timer that has fired and one that waits, a called sub-case with its own timer,
 * a step waiting behind an asynchronous continuation, an event subprocess; and a multi-instance step, which is refused.
 */
@ExtendWith(FixedEngineClock.class)
class CaseMovesTest {

    private static ProcessEngine engine;
    private static CaseMoves moves;

    private static final Date REMINDER = date(1), DEADLINE = date(40), CHILD_DEADLINE = date(30), TASK_DUE = date(20);

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
        config.setJdbcUrl("jdbc:h2:mem:case-moves-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
        config.setJobExecutorActivate(false);
        config.setHistory("full");
        config.setTenantIdProvider(new SchoolVariable());
        config.setCustomPostBPMNParseListeners(new java.util.ArrayList<>(List.of(new MovableCallActivity.Parsing())));
        engine = config.buildProcessEngine();
        moves = new CaseMoves(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(),
                engine.getRepositoryService(), engine.getHistoryService(), engine.getAuthorizationService(), engine.getIdentityService());
        engine.getRepositoryService().createDeployment().addModelInstance("sub-case.bpmn", subCase())
                .addModelInstance("moving-case.bpmn", movingCase()).addModelInstance("many.bpmn", multiInstance()).deploy();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void theCaseContinuesInTheNewTenantWhereItStoodWithItsSubCaseDatesAndReaders() {
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        var management = engine.getManagementService();
        ProcessInstance old = runtime.startProcessInstanceByKey("moving-case", "CASE-1", Map.of("school", "oakfield",
                "headteacher", "helen", "child", "amy", "reminderAt", REMINDER, "deadlineAt", DEADLINE, "childDeadlineAt", CHILD_DEADLINE));
        String oldSub = runtime.createProcessInstanceQuery().superProcessInstanceId(old.getId()).singleResult().getId();
        Task headsTask = tasks.createTaskQuery().processInstanceId(old.getId()).taskDefinitionKey("Task_Head").singleResult();
        headsTask.setDueDate(TASK_DUE);
        tasks.saveTask(headsTask);
        tasks.setVariableLocal(headsTask.getId(), "draft", "half written");
        tasks.addCandidateGroup(headsTask.getId(), "headteachers");
        management.executeJob(timer(old.getId(), "Event_Reminder").getId());
        assertThat(tasks.createTaskQuery().processInstanceId(old.getId()).taskDefinitionKey("Task_Reminded").count()).isOne();
        grantRead("amy", old.getId());
        grantRead("tom", old.getId());

        CaseMoves.Moved moved = moves.move(old.getId(), Map.of("school", "riverside", "headteacher", "david"),
                user -> user.equals("helen") ? "david" : user, user -> !user.equals("tom"), "Moved to Riverside");

        ProcessInstance now = runtime.createProcessInstanceQuery().processInstanceId(moved.id()).singleResult();
        assertThat(now.getTenantId()).isEqualTo("riverside");
        assertThat(now.getBusinessKey()).isEqualTo("CASE-1");
        assertThat(moved.processKey()).isEqualTo("moving-case");
        assertThat(runtime.getVariable(now.getId(), "headteacher")).isEqualTo("david");
        assertThat(runtime.getVariable(now.getId(), "child")).isEqualTo("amy");
        assertThat(runtime.getActiveActivityIds(now.getId())).containsExactlyInAnyOrder("Task_Head", "Task_Reminded", "Task_RunSubCase", "Task_Async");
        assertThat(management.createJobQuery().processInstanceId(now.getId()).messages().singleResult()).as("the async step waits again")
                .isNotNull();
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(now.getId()).eventName("Left").count())
                .as("the event subprocess can still start").isOne();

        // Timers: the one that fired is not set again; the waiting one keeps its due date.
        assertThat(management.createJobQuery().processInstanceId(now.getId()).timers().list()).extracting(Job::getDuedate)
                .containsExactly(DEADLINE);

        // Tasks: same due date, holder as the caller says, local variables and candidates kept.
        Task carried = tasks.createTaskQuery().processInstanceId(now.getId()).taskDefinitionKey("Task_Head").singleResult();
        assertThat(carried.getDueDate()).isEqualTo(TASK_DUE);
        assertThat(carried.getAssignee()).isEqualTo("david");
        assertThat(carried.getTenantId()).isEqualTo("riverside");
        assertThat(tasks.getVariableLocal(carried.getId(), "draft")).isEqualTo("half written");
        assertThat(tasks.getIdentityLinksForTask(carried.getId())).anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("headteachers"));
        assertThat(moved.tasks()).anySatisfy(t -> {
            assertThat(t.previousHolder()).isEqualTo("helen");
            assertThat(t.task().getId()).isEqualTo(carried.getId());
        });

        // The sub-case: the same step, in the new tenant, under the new call activity, its timer as it was.
        ProcessInstance sub = runtime.createProcessInstanceQuery().superProcessInstanceId(now.getId()).singleResult();
        assertThat(sub.getId()).isNotEqualTo(oldSub);
        assertThat(sub.getTenantId()).isEqualTo("riverside");
        assertThat(sub.getRootProcessInstanceId()).isEqualTo(now.getId());
        assertThat(runtime.getActiveActivityIds(sub.getId())).containsExactly("Task_ChildWork");
        assertThat(runtime.getVariable(sub.getId(), "school")).isEqualTo("riverside");
        assertThat(timer(sub.getId(), "Event_ChildDeadline").getDuedate()).isEqualTo(CHILD_DEADLINE);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(sub.getId()).singleResult()
                .getRootProcessInstanceId()).isEqualTo(now.getId());

        // Readers: kept, except whom the caller says no longer reads it.
        assertThat(readers(now.getId())).contains("amy").doesNotContain("tom");

        // The old case ended with the reason, its sub-case with it; nothing of it still runs.
        HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(old.getId())
                .singleResult();
        assertThat(ended.getDeleteReason()).isEqualTo("Moved to Riverside");
        assertThat(ended.getTenantId()).isEqualTo("oakfield");
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(old.getId(), oldSub)).count()).isZero();

        // And it runs on: the sub-case's end lets the parent's branch go on; the rest completes it.
        tasks.complete(tasks.createTaskQuery().processInstanceId(sub.getId()).singleResult().getId());
        assertThat(runtime.getActiveActivityIds(now.getId())).doesNotContain("Task_RunSubCase");
        management.executeJob(management.createJobQuery().processInstanceId(now.getId()).messages().singleResult().getId());
        tasks.createTaskQuery().processInstanceId(now.getId()).list().forEach(task -> tasks.complete(task.getId()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(now.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(now.getId())
                .activityId("EndEvent_Done").count()).isOne();
    }

    @Test
    void aCaseInsideAMultiInstanceStepIsRefusedAndStaysWhereItWas() {
        ProcessInstance old = engine.getRuntimeService().startProcessInstanceByKey("many", "CASE-2", Map.of("school", "oakfield"));

        assertThatThrownBy(() -> moves.move(old.getId(), Map.of("school", "riverside"), user -> user, user -> true, "Moved"))
                .isInstanceOf(CaseStateException.class).hasMessageContaining("CASE-2 is at a step that cannot be carried");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("CASE-2").list())
                .extracting(ProcessInstance::getId).containsExactly(old.getId());
    }

    private static BpmnModelInstance movingCase() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("moving-case").startEvent().parallelGateway("Gateway_Fork")
                .subProcess("SubProcess_HeadsPart").embeddedSubProcess().startEvent()
                .userTask("Task_Head").camundaAssignee("${headteacher}").endEvent().subProcessDone()
                .parallelGateway("Gateway_Join").endEvent("EndEvent_Done")
                .moveToNode("Gateway_Fork").callActivity("Task_RunSubCase").calledElement("sub-case").camundaIn("school", "school")
                .camundaIn("child", "child").camundaIn("childDeadlineAt", "childDeadlineAt").connectTo("Gateway_Join")
                .moveToNode("Gateway_Fork").serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}")
                .connectTo("Gateway_Join")
                .moveToActivity("SubProcess_HeadsPart").boundaryEvent("Event_Reminder").cancelActivity(false).timerWithDate("${reminderAt}")
                .userTask("Task_Reminded").camundaAssignee("${headteacher}").connectTo("Gateway_Join")
                .moveToActivity("SubProcess_HeadsPart").boundaryEvent("Event_Deadline").timerWithDate("${deadlineAt}").endEvent()
                .done();
        model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById("moving-case").builder().eventSubProcess()
                .startEvent("StartEvent_Left").message("Left").endEvent();
        return model;
    }

    private static BpmnModelInstance subCase() {
        return Bpmn.createExecutableProcess("sub-case").startEvent().userTask("Task_ChildWork").camundaAssignee("${child}")
                .boundaryEvent("Event_ChildDeadline").timerWithDate("${childDeadlineAt}").endEvent()
                .moveToActivity("Task_ChildWork").endEvent().done();
    }

    private static BpmnModelInstance multiInstance() {
        return Bpmn.createExecutableProcess("many").startEvent().userTask("Task_Each").multiInstance().cardinality("2").multiInstanceDone()
                .endEvent().done();
    }

    private static Job timer(String instanceId, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
    }

    private static void grantRead(String user, String instanceId) {
        Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(instanceId);
        grant.addPermission(ProcessInstancePermissions.READ);
        engine.getAuthorizationService().saveAuthorization(grant);
    }

    private static List<String> readers(String instanceId) {
        return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId)
                .list().stream().map(Authorization::getUserId).toList();
    }

    private static Date date(int daysAhead) {
        return new Date(FixedClock.NOW.millis() + daysAhead * 86_400_000L);
    }

    /** The case's tenant is its "school" variable; a sub-case's is its caller's, as CaseTenantProvider does. */
    private static final class SchoolVariable implements TenantIdProvider {
        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
            return ctx.getSuperExecution() != null ? ctx.getSuperExecution().getTenantId() : (String) ctx.getVariables().get("school");
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
            return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
            return null;
        }
    }
}
