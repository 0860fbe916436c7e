package uk.staffcareers.appraisal;

import static uk.staffcareers.appraisal.AppraisalCycleProcess.*;
import static uk.staffcareers.appraisal.AppraisalCycleProcess.Vars.*;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.policy.WorkingDays;

import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;

/** Task_SendAnnualInvitation: the meeting, within the period; the employee is told and adds their evidence. */
@Component
class SendAnnualInvitationDelegate implements JavaDelegate, SetsVariables {

    private final AnnualAssessment annual;

    SendAnnualInvitationDelegate(AnnualAssessment annual) {
        this.annual = annual;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var meeting = annual.invite(appraisalId(ex), MEETING_DATE.get(ex), MEETING_TIME.get(ex), MEETING_PLACE.get(ex),
                Actor.of(ex).name(), ex.getProcessBusinessKey());
        MEETING_AT.set(ex, at(meeting));
        MEETING_TEXT.set(ex, WorkingDays.spoken(meeting.toLocalDate()) + " at " + meeting.toLocalTime() + ", " + MEETING_PLACE.get(ex));
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(MEETING_AT, MEETING_TEXT);
    }
}
