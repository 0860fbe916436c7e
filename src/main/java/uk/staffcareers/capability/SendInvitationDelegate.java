package uk.staffcareers.capability;

import static uk.staffcareers.capability.PerformanceConcernProcess.Vars.*;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.platform.SetsVariables;

/** Task_SendInvitation: the invitation letter, once the notice is long enough; the meeting day set. */
@Component
class SendInvitationDelegate implements JavaDelegate, SetsVariables {

    private final CapabilityCases cases;

    SendInvitationDelegate(CapabilityCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution ex) {
        var day = PerformanceConcernProcess.date(ex, "meetingDate");
        LocalTime time;
        try {
            time = LocalTime.parse(String.valueOf(ex.getVariable("meetingTime")));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Give the meeting time as hh:mm, e.g. 15:30");
        }
        var meetingAt = cases.invite(PerformanceConcernProcess.capabilityCaseId(ex), day == null ? null : day.atTime(time),
                PerformanceConcernProcess.text(ex, "meetingPlace"), Actor.of(ex).name());
        ex.setVariable(MEETING_AT, Date.from(meetingAt.atZone(SchoolTime.ZONE).toInstant()));
    }

    @Override
    public Set<String> variablesSet() {
        return Set.of(MEETING_AT);
    }
}
