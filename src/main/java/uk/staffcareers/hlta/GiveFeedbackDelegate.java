package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_GiveFeedback: not all standards met; the candidate gets written feedback on those not met. */
@Component
class GiveFeedbackDelegate implements JavaDelegate, SetsVariables {

    private final HltaAward award;
    private final Assessments assessments;
    private final Notifications notifications;

    GiveFeedbackDelegate(HltaAward award, Assessments assessments, Notifications notifications) {
        this.award = award;
        this.assessments = assessments;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        long id = candidacyId(ex);
        long documentId = award.feedback(id, REFERENCE.get(ex), assessments.standardsNotMet(id), assessments.feedback(id), Actor.of(ex).name());
        FEEDBACK_DOCUMENT_ID.set(ex, documentId);
        notifications.send(CANDIDATE.get(ex), "HLTA assessment: standards not yet met", "Your feedback is ready (document "
                + documentId + "). A development plan starts for the standards not yet met.", REFERENCE.get(ex));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(FEEDBACK_DOCUMENT_ID);
    }
}
