package uk.staffcareers.platform;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import uk.staffcareers.NotAllowedException;

/**
 * Every message event of our processes is sent by the application alone: a concern raised in an
 * appraisal, a development plan another case asks for, the HLTA provider's reports (after the
 * provider's own endpoint checked them). A signed-in user who sends one, say through
 * /engine-rest/message, is refused and nothing starts or moves.
 */
class ApplicationOnlyMessages extends AbstractBpmnParseListener {

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
        if (element.element("messageEventDefinition") != null) {
            startEvent.addListener(ExecutionListener.EVENTNAME_START, refuseUsers(startEvent));
        }
    }

    @Override
    public void parseIntermediateMessageCatchEventDefinition(Element definition, ActivityImpl event) {
        event.addListener(ExecutionListener.EVENTNAME_END, refuseUsers(event));
    }

    @Override
    public void parseBoundaryMessageEventDefinition(Element definition, boolean interrupting, ActivityImpl event) {
        event.addListener(ExecutionListener.EVENTNAME_END, refuseUsers(event));
    }

    @Override
    public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl task) {
        task.addListener(ExecutionListener.EVENTNAME_END, refuseUsers(task));
    }

    private static ExecutionListener refuseUsers(ActivityImpl event) {
        String name = event.getName() == null ? event.getId() : event.getName();
        return execution -> {
            if (!Actor.of(execution).isApplication()) {
                throw new NotAllowedException("'" + name + "' is sent by the application itself, never by a person");
            }
        };
    }
}
