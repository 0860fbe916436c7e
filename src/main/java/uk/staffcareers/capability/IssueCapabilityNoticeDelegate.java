package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;

/** Task_IssueCapabilityNotice: the written notification that the Capability Procedure now applies. */
@Component
class IssueCapabilityNoticeDelegate implements JavaDelegate {

    private final Concerns concerns;
    private final Notifications notifications;

    IssueCapabilityNoticeDelegate(Concerns concerns, Notifications notifications) {
        this.concerns = concerns;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long documentId = concerns.issueCapabilityNotice(PerformanceConcernProcess.concernId(ex), Actor.of(ex).name());
        notifications.send(EMPLOYEE.get(ex), "A letter about your performance",
                "Your letter is at /api/documents/" + documentId, ex.getProcessBusinessKey());
    }
}
