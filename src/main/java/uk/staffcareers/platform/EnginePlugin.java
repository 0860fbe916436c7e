package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Engine settings: the school of each case, access to one's own case, the model rules, history, no account lockout,
 * speed at a trust's volume, and mail to whoever is given a task.
 */
@Component
class EnginePlugin extends AbstractProcessEnginePlugin {

    private final CaseTenantProvider tenantProvider;
    private final CaseAccessListener caseAccess;
    private final StartupLock startupLock;
    private final BeanCatalog beans;
    private final ApplicationContext context;
    private final TaskAssignments taskMails;
    private final DefaultDueDateListener defaultDueDate;

    EnginePlugin(CaseTenantProvider tenantProvider, CaseAccessListener caseAccess, StartupLock startupLock, BeanCatalog beans,
            ApplicationContext context, TaskAssignments taskMails, DefaultDueDates deadlines) {
        this.tenantProvider = tenantProvider;
        this.caseAccess = caseAccess;
        this.startupLock = startupLock;
        this.beans = beans;
        this.context = context;
        this.taskMails = taskMails;
        this.defaultDueDate = new DefaultDueDateListener(deadlines);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        // Before the engine checks its schema; Startup releases it when the application's own work is done.
        startupLock.acquire();
        config.setTenantIdProvider(tenantProvider);
        // Lets a member of staff read the history of their own case without reading everyone's.
        config.setEnableHistoricInstancePermissions(true);
        config.setHistoryEventHandler(new HistoryWithoutDetails());
        config.setResourceAuthorizationProvider(new NewTaskGrants());
        var decisions = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        decisions.setFeelEngineFactory(new LiteralFeel.Factory(config.getDmnFeelCustomFunctionProviders() == null ? List.of()
                : config.getDmnFeelCustomFunctionProviders()));
        config.setDmnEngineConfiguration(decisions);
        config.setIdentityProviderSessionFactory(new GenericManagerFactory(IdentityProviderWithoutLockout.class));
        if (config.getCustomSessionFactories() == null) {
            config.setCustomSessionFactories(new ArrayList<>());
        }
        config.getCustomSessionFactories().add(new GroupListAuthorizationManager.Factory());
        config.getCustomSessionFactories().add(new IdCheckWithoutText.Factory(config::getIdGenerator));
        // Before the engine's first query: OGNL keeps, for each class, the accessor it first found.
        PropertyReadersFoundOnce.install();
        if (config.getCustomPreDeployers() == null) {
            config.setCustomPreDeployers(new ArrayList<>());
        }
        // Every deployment, whichever way it comes, meets the model rules before the engine parses it.
        config.getCustomPreDeployers().add(new ConformanceDeployer(beans));
        config.setExpressionManager(new GuardedExpressionManager(context, config.getBeans()));
        if (config.getCustomPostBPMNParseListeners() == null) {
            config.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        config.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
                process.addListener(ExecutionListener.EVENTNAME_START, caseAccess);
            }

            // Built in, not a model's own listener: it also runs when an administrator skips the custom listeners.
            // The assignment event comes after create, with the task's name and due date set, and again on each new assignee.
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                // Every task can be overdue: without a due date in its model, it gets the trust's default on creation.
                if (task.getDueDateExpression() == null && !DefaultDueDateListener.openEnded(element)) {
                    task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, defaultDueDate);
                }
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, new TaskMailListener(taskMails, processKey));
            }
        });
        config.getCustomPostBPMNParseListeners().add(new ApplicationOnlyMessages());
        // A sub-case continues where it stood when its case moves to another school (CaseMoves).
        config.getCustomPostBPMNParseListeners().add(new MovableCallActivity.Parsing());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl config) {
        CheckedTextSerializer.install(config.getVariableSerializers());
        // First of all serializers, whichever plugin added its own before: see ObjectTypeGuard.
        config.getVariableSerializers().addSerializer(new ObjectTypeGuard(), 0);
        // Ahead of it, a decision's transient result: the two never take the same value.
        config.getVariableSerializers().addSerializer(new DecisionResultKeptAsIs(), 0);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        EngineIndexes.ensure(config.getDataSource(), config.getDatabaseTablePrefix(), config.getDatabaseType());
    }
}
