package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.Actor;

/** Task_GiveFeedback: not all standards met; the candidate gets written feedback on those not met. */
@Component
class GiveFeedbackDelegate implements JavaDelegate {

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
        long documentId = award.feedback(id, text(ex, REFERENCE), assessments.standardsNotMet(id), assessments.feedback(id), Actor.of(ex).name());
        ex.setVariable("feedbackDocumentId", documentId);
        notifications.send(text(ex, CANDIDATE), "HLTA assessment: standards not yet met", "Your feedback is ready (document "
                + documentId + "). A development plan starts for the standards not yet met.", text(ex, REFERENCE));
    }
}
