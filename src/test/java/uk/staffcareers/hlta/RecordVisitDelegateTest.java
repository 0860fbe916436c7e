package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;
import static uk.staffcareers.platform.CaseVariables.STAFF_ID;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** Task_RecordVisit: the confirmed visit sets its morning, the teachers the preparation form offers, and tells candidate and head. */
class RecordVisitDelegateTest {

    private static final StaffMember JO = person("E1007", "jo.pritchard", "Jo Pritchard", "oakfield", Role.TEACHING_ASSISTANT);
    private final Assessments assessments = mock(Assessments.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final Notifications notifications = mock(Notifications.class);
    private final RecordVisitDelegate delegate = new RecordVisitDelegate(assessments, directory, notifications);

    @BeforeEach
    void theSchool() {
        when(directory.get("E1007")).thenReturn(JO);
        when(directory.inSchool("oakfield")).thenReturn(List.of(JO, person("E1001", "helen.carter", "Helen Carter", "oakfield", Role.HEADTEACHER),
                person("E1002", "tom.bennett", "Tom Bennett", "oakfield", Role.TEACHER)));
    }

    @Test
    void theProvidersConfirmationIsRecordedAsTheProviderAndSetsTheVisitMorning() {
        FakeExecution ex = visit().and(RECEIVED_FROM, "prime.consortium");

        ex.run(delegate);

        verify(assessments).confirmVisit(1L, new Assessments.Visit(LocalDate.of(2027, 3, 11), "Ann Lee", "09:00"), "prime.consortium");
        assertThat(ex.variable(VISIT_AT)).isEqualTo(Date.from(Instant.parse("2027-03-11T08:30:00Z")));
        assertThat(ex.variable("visitOnText")).isEqualTo("Thursday 11 March 2027");
        assertThat(((SerializableValue) ex.variable("teacherOptions")).getValueSerialized().toString())
                .contains("Helen Carter (E1001)", "Tom Bennett (E1002)").doesNotContain("Jo Pritchard");
        assertThat(ex.removed(RECEIVED_FROM)).isTrue();
        for (String person : new String[] {"jo.pritchard", "helen.carter"}) {
            verify(notifications).send(eq(person), eq("HLTA assessment visit booked: Jo Pritchard"),
                    eq("Ann Lee visits on Thursday 11 March 2027, arriving at 09:00."), eq("HLTA-E1007-1"));
        }
    }

    @Test
    void theCoordinatorWhoSignedInIsTheActor() {
        visit().signedIn("mark.ellis").run(delegate);
        verify(assessments).confirmVisit(1L, new Assessments.Visit(LocalDate.of(2027, 3, 11), "Ann Lee", "09:00"), "mark.ellis");
    }

    private static FakeExecution visit() {
        return FakeExecution.with(CANDIDACY_ID, 1L, STAFF_ID, "E1007", "visitOn", "2027-03-11", "assessorName", "Ann Lee", "arrivalTime",
                "09:00", CANDIDATE, "jo.pritchard", HEADTEACHER, "helen.carter", STAFF_NAME, "Jo Pritchard", REFERENCE, "HLTA-E1007-1");
    }
}
