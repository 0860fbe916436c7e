package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Task_RecordVisit: the visit date and assessor, from the provider or entered by the coordinator; everyone told. */
@Component
class RecordVisitDelegate implements JavaDelegate {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Assessments assessments;
    private final StaffDirectory directory;
    private final Notifications notifications;

    RecordVisitDelegate(Assessments assessments, StaffDirectory directory, Notifications notifications) {
        this.assessments = assessments;
        this.directory = directory;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution ex) {
        LocalDate visitOn = date(ex, "visitOn");
        assessments.confirmVisit(candidacyId(ex), new Assessments.Visit(visitOn, text(ex, "assessorName"), text(ex, "arrivalTime")),
                RecordRegistrationDelegate.actor(ex));
        ex.setVariable(VISIT_AT, morningOf(visitOn));
        ex.setVariable("visitOnText", visitOn.toString());
        ex.setVariable("teacherOptions", SpinValues.jsonValue(teacherOptions(text(ex, STAFF_ID))).create());
        String body = text(ex, "assessorName") + " visits on " + visitOn + ", arriving at " + text(ex, "arrivalTime") + ".";
        for (String person : List.of(text(ex, CANDIDATE), text(ex, HEADTEACHER))) {
            notifications.send(person, "HLTA assessment visit booked: " + text(ex, STAFF_NAME), body, text(ex, REFERENCE));
        }
    }

    /** The teachers of the candidate's school, as the visit preparation form offers them. */
    private String teacherOptions(String staffId) {
        StaffMember candidate = directory.get(staffId);
        List<Map<String, String>> options = directory.inSchool(candidate.schoolId()).stream()
                .filter(s -> s.role() == Role.TEACHER || s.role() == Role.HEADTEACHER)
                .map(s -> Map.of("label", s.fullName() + " (" + s.id() + ")", "value", s.id())).toList();
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
