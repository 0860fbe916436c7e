package uk.staffcareers.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * On a user task whose model gives no due date (added by {@link EnginePlugin}): due the trust's default
 * working days after it opens. A task that may rightly wait (a candidate's own self-review) is marked in the
 * model with the property openEnded = true and keeps no due date.
 */
class DefaultDueDateListener implements TaskListener {

    static final String OPEN_ENDED = "openEnded";

    private final DefaultDueDates deadlines;

    DefaultDueDateListener(DefaultDueDates deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() == null) {
            Object staffId = CaseVariables.STAFF_ID.get(task);
            task.setDueDate(deadlines.defaultDue(staffId == null ? null : staffId.toString()));
        }
    }

    /** Whether the user task's model says it has no deadline: camunda:properties openEnded = true. */
    static boolean openEnded(Element userTask) {
        Element extensions = userTask.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        return properties != null && properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .anyMatch(p -> OPEN_ENDED.equals(p.attribute("name")) && "true".equals(p.attribute("value")));
    }
}
