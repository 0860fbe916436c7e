package uk.staffcareers.hlta;

import static uk.staffcareers.hlta.HltaJourneyProcess.candidacyId;
import static uk.staffcareers.hlta.HltaJourneyProcess.recordedBy;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.*;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import org.camunda.bpm.engine.variable.value.TypedValue;


import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.FormOptions;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.platform.SetsVariables;
import uk.staffcareers.platform.ProcessVariable;
import java.util.Set;

/** Task_RecordVisit: the visit date and assessor, from the provider or entered by the coordinator; everyone told. */
@Component
class RecordVisitDelegate implements JavaDelegate, SetsVariables {

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
        LocalDate visitOn = VISIT_ON.get(ex);
        assessments.confirmVisit(candidacyId(ex), new Assessments.Visit(visitOn, ASSESSOR_NAME.get(ex), ARRIVAL_TIME.get(ex)),
                recordedBy(ex));
        RECEIVED_FROM.remove(ex);
        VISIT_AT.set(ex, morningOf(visitOn));
        VISIT_ON_TEXT.set(ex, WorkingDays.spoken(visitOn));
        TEACHER_OPTIONS.set(ex, teacherOptions(STAFF_ID.get(ex)));
        String body = ASSESSOR_NAME.get(ex) + " visits on " + WorkingDays.spoken(visitOn) + ", arriving at " + ARRIVAL_TIME.get(ex) + ".";
        for (String person : List.of(CANDIDATE.get(ex), HEADTEACHER.get(ex))) {
            notifications.send(person, "HLTA assessment visit booked: " + STAFF_NAME.get(ex), body, REFERENCE.get(ex));
        }
    }

    /** The teachers of the candidate's school, as the visit preparation form offers them. */
    private TypedValue teacherOptions(String staffId) {
        StaffMember candidate = directory.get(staffId);
        return FormOptions.people(directory.inSchool(candidate.schoolId()).stream()
                .filter(s -> s.role() == Role.TEACHER || s.role() == Role.HEADTEACHER).toList(), s -> s.fullName() + " (" + s.id() + ")");
    }

    @Override
    public Set<ProcessVariable<?>> variablesSet() {
        return Set.of(VISIT_AT, VISIT_ON_TEXT, TEACHER_OPTIONS);
    }
}
