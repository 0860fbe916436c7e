package uk.staffcareers.hlta;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.staffcareers.StaffFixtures.person;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;
import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;

/** The candidate's unanswered step: recorded against its last day, the school told by name; no answer on reassessment ends it. */
class RecordNoAnswerDelegateTest {

    private final MissedAnswers missed = mock(MissedAnswers.class);
    private final Candidacies candidacies = mock(Candidacies.class);
    private final StaffDirectory directory = mock(StaffDirectory.class);
    private final Notifications notifications = mock(Notifications.class);
    private final RecordNoAnswerDelegate delegate = new RecordNoAnswerDelegate(missed, candidacies, directory, notifications);

    @BeforeEach
    void theSchool() {
        when(directory.findByUsername("helen.carter")).thenReturn(Optional.of(person("E1001", "helen.carter", "Helen Carter", "oakfield",
                Role.HEADTEACHER)));
        when(directory.findByUsername("mark.ellis")).thenReturn(Optional.of(person("E1003", "mark.ellis", "Mark Ellis", "oakfield",
                Role.TEACHER)));
    }

    @Test
    void datesNotProposedAreRecordedAndTheCandidateHeadteacherAndCoordinatorTold() {
        when(missed.record(1L, CandidateStep.VISIT_DATES, LocalDate.of(2027, 1, 25), "the application"))
                .thenReturn("no answer given by Monday 25 January 2027");
        FakeExecution ex = unanswered("VISIT_DATES", VISIT_DATES_DUE_AT.name());

        ex.run(delegate);

        for (String person : new String[] {"jo.pritchard", "helen.carter", "mark.ellis"}) {
            verify(notifications).send(eq(person), eq("HLTA visit dates not proposed: Jo Pritchard"),
                    contains("Helen Carter chooses three dates"), eq("HLTA-E1007-1"));
        }
        verify(candidacies, never()).closeUnanswered(anyLong(), anyString(), anyString());
    }

    @Test
    void noAnswerOnReassessmentClosesTheCandidacy() {
        when(missed.record(1L, CandidateStep.REASSESSMENT, LocalDate.of(2027, 1, 25), "the application"))
                .thenReturn("no answer given by Monday 25 January 2027");
        unanswered("REASSESSMENT", REASSESSMENT_DUE_AT.name()).run(delegate);
        verify(candidacies).closeUnanswered(eq(1L), contains("recorded as not re-taking the assessment"), eq("the application"));
    }

    @Test
    void aHeadteacherWhoCoordinatesIsToldOnce() {
        when(missed.record(1L, CandidateStep.REGISTRATION, LocalDate.of(2027, 1, 25), "the application")).thenReturn("no answer");
        unanswered("REGISTRATION", REGISTRATION_CLOSES_AT.name()).and(COORDINATOR.name(), "helen.carter").run(delegate);
        verify(notifications, times(1)).send(eq("helen.carter"), anyString(), anyString(), anyString());
    }

    private static FakeExecution unanswered(String step, String dueVariable) {
        return FakeExecution.with(CANDIDACY_ID, 1L, CANDIDATE_STEP, step, dueVariable, Date.from(Instant.parse("2027-01-25T08:30:00Z")),
                STAFF_NAME, "Jo Pritchard", CANDIDATE, "jo.pritchard", HEADTEACHER, "helen.carter", COORDINATOR, "mark.ellis",
                REFERENCE, "HLTA-E1007-1");
    }
}
